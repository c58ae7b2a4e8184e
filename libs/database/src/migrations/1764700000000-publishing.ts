import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduling and exactly-once publishing (DESIGN §5):
 * - posts keep the zone their local time was read in, what prepare produced (media ids, IG
 *   container), when the next attempt is due, and the attempt currently in flight;
 * - `publish_attempts` holds one row per send (the post itself, each thread part, each first
 *   comment), written and committed before the platform call. Partial unique indexes make a second
 *   in-flight or successful send of the same thing impossible at the database level;
 * - accounts carry posting slots (local "HH:MM" in their node's zone) for "next free slot";
 * - nodes may set their own lateness tolerance.
 */
export class Publishing1764700000000 implements MigrationInterface {
  name = 'Publishing1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE posts
        ADD COLUMN publish_zone text,
        ADD COLUMN prepared jsonb,
        ADD COLUMN next_attempt_at timestamptz(3),
        ADD COLUMN current_attempt_id uuid,
        ADD COLUMN child_ids text[] NOT NULL DEFAULT '{}',
        ADD COLUMN scheduled_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN state_changed_at timestamptz(3) NOT NULL DEFAULT now(),
        ADD COLUMN reconcile_tries int NOT NULL DEFAULT 0`);
    // The reconciler's scan: rows that still need driving, by when they are due.
    await q.query(`
      CREATE INDEX posts_active_due_idx ON posts ((COALESCE(next_attempt_at, publish_at)))
        WHERE state IN ('scheduled', 'queued', 'preparing', 'ready', 'sending', 'retry_wait', 'unknown',
          'reconciling')`);
    await q.query(`CREATE INDEX posts_publish_at_idx ON posts (publish_at) WHERE publish_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE publish_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        post_version int NOT NULL,
        kind text NOT NULL CHECK (kind IN ('post', 'thread_part', 'first_comment')),
        part_index int NOT NULL DEFAULT 0,
        worker_id text NOT NULL,
        started_at timestamptz(3) NOT NULL DEFAULT now(),
        finished_at timestamptz(3),
        outcome text NOT NULL DEFAULT 'pending'
          CHECK (outcome IN ('pending', 'sent', 'rejected', 'unknown', 'found', 'absent', 'resolved')),
        platform_id text,
        error_class text,
        error_message text
      )`);
    await q.query(`CREATE INDEX publish_attempts_post_idx ON publish_attempts (post_id, started_at)`);
    // Never two sends of the post in flight at once, and never two that went out.
    await q.query(`
      CREATE UNIQUE INDEX publish_attempts_one_pending_idx ON publish_attempts (post_id, kind, part_index)
        WHERE outcome = 'pending'`);
    await q.query(`
      CREATE UNIQUE INDEX publish_attempts_one_success_idx ON publish_attempts (post_id, kind, part_index)
        WHERE outcome IN ('sent', 'found', 'resolved')`);
    // A follow-up whose outcome is unknown is never sent again automatically either.
    await q.query(`
      CREATE UNIQUE INDEX publish_attempts_follow_up_once_idx ON publish_attempts (post_id, kind, part_index)
        WHERE kind <> 'post' AND outcome IN ('pending', 'sent', 'unknown')`);

    await q.query(`ALTER TABLE social_accounts ADD COLUMN posting_slots text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      ALTER TABLE organizations ADD COLUMN late_tolerance_minutes int
        CHECK (late_tolerance_minutes IS NULL OR late_tolerance_minutes BETWEEN 1 AND 10080)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations DROP COLUMN late_tolerance_minutes`);
    await q.query(`ALTER TABLE social_accounts DROP COLUMN posting_slots`);
    await q.query(`DROP TABLE publish_attempts`);
    await q.query(`DROP INDEX posts_publish_at_idx`);
    await q.query(`DROP INDEX posts_active_due_idx`);
    await q.query(`
      ALTER TABLE posts DROP COLUMN publish_zone, DROP COLUMN prepared, DROP COLUMN next_attempt_at,
        DROP COLUMN current_attempt_id, DROP COLUMN child_ids, DROP COLUMN scheduled_by,
        DROP COLUMN state_changed_at, DROP COLUMN reconcile_tries`);
  }
}
