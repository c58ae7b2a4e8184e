import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications and signed per-node webhooks (issue 5, item 5):
 * - `notifications`: one row per event (a post that ended FAILED / NEEDS_REVIEW, an account that
 *   needs reconnecting) on the node it belongs to. What a person reads is rendered at read time from
 *   kind + reason + params, in their language; nothing localised is stored.
 * - read state per user: single reads in `notification_reads`, "mark all read" as a per-user
 *   watermark in `notification_read_marks` (so it never writes one row per notification).
 * - `organization_webhooks`: at most one per node. Its signing secret is derived from the config key
 *   and (node id, secret_version), so no secret is stored; rotating bumps secret_version.
 * - `webhook_deliveries`: the outbox, written in the same transaction as the notification; the
 *   worker claims due rows with FOR UPDATE SKIP LOCKED and POSTs them outside any transaction.
 */
export class Notifications1764710000000 implements MigrationInterface {
  name = 'Notifications1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('post_failed', 'post_needs_review', 'account_needs_reconnect')),
        post_id uuid REFERENCES posts(id) ON DELETE CASCADE,
        social_account_id uuid REFERENCES social_accounts(id) ON DELETE SET NULL,
        reason text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // The list is newest first over a subtree; the scope filter joins organizations by id.
    await q.query(
      `CREATE INDEX notifications_org_created_idx ON notifications (organization_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX notifications_created_idx ON notifications (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_post_idx ON notifications (post_id) WHERE post_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE notification_reads (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        read_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, notification_id)
      )`);
    await q.query(`CREATE INDEX notification_reads_notification_idx ON notification_reads (notification_id)`);
    await q.query(`
      CREATE TABLE notification_read_marks (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        -- Everything created at or before this instant counts as read for the user.
        read_through timestamptz(3) NOT NULL
      )`);

    await q.query(`
      CREATE TABLE organization_webhooks (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,
        url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
        events text[] NOT NULL CHECK (
          cardinality(events) > 0
          AND events <@ ARRAY['post_failed', 'post_needs_review', 'account_needs_reconnect']::text[]),
        -- false once removed: the row stays so a re-created webhook never gets an old secret back.
        active boolean NOT NULL DEFAULT true,
        secret_version int NOT NULL DEFAULT 1,
        version int NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_organization_id uuid NOT NULL REFERENCES organization_webhooks(organization_id) ON DELETE CASCADE,
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
        last_status int,
        last_error text,
        delivered_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (webhook_organization_id, notification_id)
      )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(`CREATE INDEX webhook_deliveries_notification_idx ON webhook_deliveries (notification_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE organization_webhooks`);
    await q.query(`DROP TABLE notification_read_marks`);
    await q.query(`DROP TABLE notification_reads`);
    await q.query(`DROP TABLE notifications`);
  }
}
