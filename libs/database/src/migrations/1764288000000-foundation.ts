/* Timestamps are timestamptz(3): millisecond precision round-trips exactly through JS Date (cursors, hashes). */
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Org tree, identity, sessions, login throttling and the hash-chained audit trail. */
export class Foundation1764288000000 implements MigrationInterface {
  name = 'Foundation1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
        -- Materialized path of ids, '/root/child/.../self/'. COLLATE "C" lets a plain btree index
        -- serve "path LIKE '/a/b/%'" subtree lookups.
        path text COLLATE "C" NOT NULL,
        depth int NOT NULL CHECK (depth >= 0),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        kind text NOT NULL CHECK (kind IN ('directorate', 'regional_office', 'unit')),
        timezone text NOT NULL DEFAULT 'Asia/Jakarta',
        default_hashtags text[] NOT NULL DEFAULT '{}',
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        approval_policy text NOT NULL DEFAULT 'single_step'
          CHECK (approval_policy IN ('none', 'single_step', 'two_step')),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX organizations_slug_key ON organizations (slug)`);
    await q.query(`CREATE UNIQUE INDEX organizations_path_key ON organizations (path)`);
    await q.query(`CREATE INDEX organizations_parent_id_idx ON organizations (parent_id)`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
        locale text NOT NULL DEFAULT 'id' CHECK (locale IN ('id', 'en')),
        last_login_at timestamptz(3),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'editor', 'approver', 'viewer')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX memberships_user_org_role_key ON memberships (user_id, organization_id, role)`,
    );
    await q.query(`CREATE INDEX memberships_organization_id_idx ON memberships (organization_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        revoked_at timestamptz(3),
        revoked_reason text,
        user_agent text,
        ip text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX refresh_tokens_token_hash_key ON refresh_tokens (token_hash)`);
    await q.query(`CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_expires_at_idx ON refresh_tokens (expires_at)`);

    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures int NOT NULL,
        window_started_at timestamptz(3) NOT NULL
      )`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        chain_key text NOT NULL,
        seq bigint NOT NULL,
        organization_id uuid REFERENCES organizations(id) ON DELETE RESTRICT,
        actor_id uuid REFERENCES users(id) ON DELETE RESTRICT,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        reason text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        request_id text,
        created_at timestamptz(3) NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX audit_events_chain_seq_key ON audit_events (chain_key, seq)`);
    await q.query(
      `CREATE INDEX audit_events_org_created_idx ON audit_events (organization_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id)`);
    // The head of each chain lives apart from the rows, so deleting the newest rows is detected too.
    await q.query(`
      CREATE TABLE audit_chain_heads (
        chain_key text PRIMARY KEY,
        seq bigint NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);

    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        key text NOT NULL,
        request_hash text NOT NULL,
        status_code int NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TRIGGER audit_events_no_update_delete ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    await q.query(`DROP TABLE audit_chain_heads`);
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE memberships`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE organizations`);
  }
}
