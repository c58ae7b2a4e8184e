import { MigrationInterface, QueryRunner } from 'typeorm';

const M = ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks'];

function upsertLatest(source: string): string {
  return `
    INSERT INTO post_metrics_latest AS l (post_id, organization_id, platform, social_account_id, published_at, day, ${M.join(', ')})
    SELECT d.post_id, p.organization_id, p.platform, p.social_account_id, p.published_at, d.day, ${M.map((m) => `d.${m}`).join(', ')}
      FROM (SELECT DISTINCT ON (post_id) * FROM ${source} ORDER BY post_id, day DESC) d
      JOIN posts p ON p.id = d.post_id
     WHERE p.published_at IS NOT NULL
     ORDER BY d.post_id
    ON CONFLICT (post_id) DO UPDATE SET day = EXCLUDED.day, ${M.map((m) => `${m} = EXCLUDED.${m}`).join(', ')}
     WHERE l.day <= EXCLUDED.day`;
}

/**
 * Each published post's latest cumulative counters next to its node and publish time, for the
 * dashboards that rank or bucket posts (top posts, best time to post): they scan a subtree's posts
 * by publish time in one index instead of probing `post_metrics_daily` once per post. Kept by
 * statement-level triggers on `post_metrics_daily` (the collector's rollups, the demo seed).
 * Plus two covering indexes the dashboards read without touching the tables.
 */
export class PostMetricsLatest1764820000000 implements MigrationInterface {
  name = 'PostMetricsLatest1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE post_metrics_latest (
        post_id uuid PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        platform text NOT NULL,
        social_account_id uuid NOT NULL,
        published_at timestamptz(3) NOT NULL,
        day date NOT NULL,
        ${M.map((m) => `${m} bigint NOT NULL DEFAULT 0`).join(',\n        ')}
      )`);
    await q.query(`
      CREATE INDEX post_metrics_latest_org_published_idx ON post_metrics_latest (organization_id, published_at)`);
    await q.query(`
      CREATE FUNCTION post_metrics_latest_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${upsertLatest('new_rows')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER post_metrics_daily_latest_insert AFTER INSERT ON post_metrics_daily
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION post_metrics_latest_apply()`);
    await q.query(`
      CREATE TRIGGER post_metrics_daily_latest_update AFTER UPDATE ON post_metrics_daily
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION post_metrics_latest_apply()`);
    await q.query(upsertLatest('post_metrics_daily'));

    // Index-only reads for the dashboards: posts published per node and day (consistency) and an
    // account's follower count on or before a day (leaderboard, rates without views).
    await q.query(`
      CREATE INDEX node_platform_daily_published_idx ON node_platform_daily (organization_id, day)
        INCLUDE (platform, posts_published) WHERE posts_published > 0`);
    await q.query(`
      CREATE INDEX account_followers_daily_account_day_idx ON account_followers_daily (social_account_id, day)
        INCLUDE (followers)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX account_followers_daily_account_day_idx`);
    await q.query(`DROP INDEX node_platform_daily_published_idx`);
    await q.query(`DROP TRIGGER post_metrics_daily_latest_update ON post_metrics_daily`);
    await q.query(`DROP TRIGGER post_metrics_daily_latest_insert ON post_metrics_daily`);
    await q.query(`DROP FUNCTION post_metrics_latest_apply()`);
    await q.query(`DROP TABLE post_metrics_latest`);
  }
}
