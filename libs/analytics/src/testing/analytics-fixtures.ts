import type { Platform } from '@warta/core';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/*
 * Rows the analytics tests build on (tests only): a node, a connected account, a release, and
 * published posts inserted directly in state published.
 */

export async function insertNode(db: DataSource, timezone = 'Asia/Jakarta'): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO organizations (id, path, depth, name, slug, kind, timezone)
     VALUES ($1::uuid, $2, 0, $3, $3, 'unit', $4)`,
    [id, `/${id}/`, `unit-${randomBytes(4).toString('hex')}`, timezone],
  );
  return id;
}

export async function insertAccount(
  db: DataSource,
  organizationId: string,
  platform: Platform,
  externalId = randomBytes(6).toString('hex'),
): Promise<string> {
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO social_accounts (organization_id, platform, external_id, handle, display_name, status)
     VALUES ($1, $2, $3, $3, $3, 'active') RETURNING id`,
    [organizationId, platform, externalId],
  );
  return rows[0].id;
}

export async function insertRelease(db: DataSource, organizationId: string): Promise<string> {
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO releases (organization_id, title, body, status) VALUES ($1, 'Rilis', 'Isi rilis', 'approved')
     RETURNING id`,
    [organizationId],
  );
  return rows[0].id;
}

export interface PublishedPostInput {
  organizationId: string;
  socialAccountId: string;
  platform: Platform;
  platformPostId: string;
  publishedAt: Date;
}

/** Published posts, one release each (a release has one post per account). Returns their ids in order. */
export async function insertPublishedPosts(
  db: DataSource,
  posts: readonly PublishedPostInput[],
): Promise<string[]> {
  if (!posts.length) return [];
  const rows: Array<{ id: string; platform_post_id: string }> = await db.query(
    `WITH input AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[])
         WITH ORDINALITY AS t(organization_id, social_account_id, platform, platform_post_id, published_at, n)
     ), rel AS (
       INSERT INTO releases (organization_id, title, body, status)
       SELECT organization_id, 'Rilis ' || n, 'Isi rilis', 'approved' FROM input ORDER BY n
       RETURNING id, organization_id, title
     )
     INSERT INTO posts (organization_id, release_id, social_account_id, platform, content, state,
                        platform_post_id, published_at, publish_at)
     SELECT i.organization_id, r.id, i.social_account_id, i.platform, '{}'::jsonb, 'published',
            i.platform_post_id, i.published_at, i.published_at
       FROM input i JOIN rel r ON r.title = 'Rilis ' || i.n
      ORDER BY i.n
     RETURNING id, platform_post_id`,
    [
      posts.map((p) => p.organizationId),
      posts.map((p) => p.socialAccountId),
      posts.map((p) => p.platform),
      posts.map((p) => p.platformPostId),
      posts.map((p) => p.publishedAt.toISOString()),
    ],
  );
  const byPlatformId = new Map(rows.map((r) => [r.platform_post_id, r.id]));
  return posts.map((p) => byPlatformId.get(p.platformPostId)!);
}
