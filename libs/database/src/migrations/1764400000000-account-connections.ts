import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OAuth connect flow state: one-time `state` values (only their hash is stored) bound to user, node
 * and platform, and Facebook Page choices waiting to be attached (their Page tokens encrypted like
 * social_accounts'). Plus when an account's token was last refreshed.
 */
export class AccountConnections1764400000000 implements MigrationInterface {
  name = 'AccountConnections1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE oauth_states (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- sha256 of the state sent to the platform; the state itself is never stored.
        state_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        platform text NOT NULL CHECK (platform IN ('x', 'facebook')),
        -- PKCE verifier (X); useless without the one-time code, and gone once the state is used.
        code_verifier text,
        redirect_uri text NOT NULL,
        expires_at timestamptz(3) NOT NULL,
        consumed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX oauth_states_expires_at_idx ON oauth_states (expires_at)`);
    await q.query(`
      CREATE TABLE pending_connections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        platform text NOT NULL CHECK (platform IN ('facebook')),
        -- What the person may pick (Page ids, names, linked IG accounts): no tokens.
        choices jsonb NOT NULL,
        token_ciphertext text,
        token_data_key text,
        token_key_version int,
        expires_at timestamptz(3) NOT NULL,
        consumed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE social_accounts ADD COLUMN token_refreshed_at timestamptz(3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE social_accounts DROP COLUMN token_refreshed_at`);
    await q.query(`DROP TABLE pending_connections`);
    await q.query(`DROP TABLE oauth_states`);
  }
}
