import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Releases, their media, and the per-account drafts (posts) composed from them. Media bytes live in
 * MediaStorage (local disk by default); these tables hold what was read from the bytes, never what
 * the client claimed.
 */
export class ReleasesMedia1764500000000 implements MigrationInterface {
  name = 'ReleasesMedia1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE media_assets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
        storage_key text NOT NULL,
        mime text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp', 'video/mp4')),
        bytes bigint NOT NULL CHECK (bytes > 0),
        width int NOT NULL CHECK (width > 0),
        height int NOT NULL CHECK (height > 0),
        duration_ms int,
        sha256 text NOT NULL,
        original_filename text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // Same bytes in the same organization are the same asset: one row, one file.
    await q.query(
      `CREATE UNIQUE INDEX media_assets_org_sha256_key ON media_assets (organization_id, sha256)`,
    );
    await q.query(
      `CREATE INDEX media_assets_org_created_idx ON media_assets (organization_id, created_at, id)`,
    );

    await q.query(`
      CREATE TABLE media_renditions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
        -- The source asset; NULL for a title card, which is drawn from the release text alone.
        asset_id uuid REFERENCES media_assets(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('instagram_padded', 'title_card')),
        storage_key text NOT NULL,
        mime text NOT NULL,
        bytes bigint NOT NULL CHECK (bytes > 0),
        width int NOT NULL CHECK (width > 0),
        height int NOT NULL CHECK (height > 0),
        sha256 text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // Rendering is deterministic, so re-composing a release reuses the rendition it already stored.
    await q.query(
      `CREATE UNIQUE INDEX media_renditions_org_purpose_sha256_key ON media_renditions (organization_id, purpose, sha256)`,
    );
    await q.query(`CREATE INDEX media_renditions_asset_id_idx ON media_renditions (asset_id)`);

    await q.query(`
      CREATE TABLE releases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        title text NOT NULL,
        body text NOT NULL,
        link_url text,
        language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
        tags text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'in_review', 'changes_requested', 'approved', 'archived')),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX releases_org_created_idx ON releases (organization_id, created_at, id)`);
    await q.query(`CREATE INDEX releases_created_idx ON releases (created_at, id)`);

    await q.query(`
      CREATE TABLE release_media (
        release_id uuid NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        asset_id uuid NOT NULL REFERENCES media_assets(id) ON DELETE RESTRICT,
        position int NOT NULL CHECK (position >= 0),
        alt_text text,
        PRIMARY KEY (release_id, asset_id),
        UNIQUE (release_id, position)
      )`);

    await q.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
        release_id uuid NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        social_account_id uuid NOT NULL REFERENCES social_accounts(id) ON DELETE RESTRICT,
        platform text NOT NULL CHECK (platform IN ('x', 'facebook', 'instagram')),
        -- text, thread parts, first comment, media refs with alt texts, and whether a person edited it.
        content jsonb NOT NULL,
        state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'scheduled', 'queued', 'preparing',
          'ready', 'sending', 'published', 'retry_wait', 'unknown', 'reconciling', 'needs_review', 'failed',
          'cancelled')),
        version int NOT NULL DEFAULT 1,
        publish_at timestamptz(3),
        lease_owner text,
        lease_until timestamptz(3),
        attempt_count int NOT NULL DEFAULT 0,
        platform_post_id text,
        container_id text,
        permalink text,
        published_at timestamptz(3),
        last_error_class text,
        last_error_message text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (release_id, social_account_id)
      )`);
    await q.query(`CREATE INDEX posts_state_publish_at_idx ON posts (state, publish_at)`);
    await q.query(`CREATE INDEX posts_social_account_id_idx ON posts (social_account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE posts`);
    await q.query(`DROP TABLE release_media`);
    await q.query(`DROP TABLE releases`);
    await q.query(`DROP TABLE media_renditions`);
    await q.query(`DROP TABLE media_assets`);
  }
}
