import { MigrationInterface, QueryRunner } from 'typeorm';

/** Connected social accounts per org node, with their tokens encrypted (envelope encryption). */
export class SocialAccounts1764300000000 implements MigrationInterface {
  name = 'SocialAccounts1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE social_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
        platform text NOT NULL CHECK (platform IN ('x', 'facebook', 'instagram')),
        external_id text NOT NULL,
        handle text NOT NULL,
        display_name text NOT NULL,
        -- Instagram (Facebook Login): the Page the IG business account hangs off.
        parent_external_id text,
        -- Token bundle (access, refresh, ...) as AES-256-GCM ciphertext under a per-row data key,
        -- itself wrapped by the master key of version token_key_version. Never plain text.
        token_ciphertext text,
        token_data_key text,
        token_key_version int,
        expires_at timestamptz(3),
        scopes text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'needs_reconnect', 'limited', 'disconnected')),
        status_reason text,
        connected_by uuid REFERENCES users(id) ON DELETE SET NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX social_accounts_org_platform_external_key ON social_accounts (organization_id, platform, external_id)`,
    );
    await q.query(`CREATE INDEX social_accounts_organization_id_idx ON social_accounts (organization_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE social_accounts`);
  }
}
