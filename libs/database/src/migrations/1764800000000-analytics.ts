import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Engagement metrics (DESIGN §5.7):
 * - `metric_snapshots`: append-only raw readings of a post's counters. NULL means the platform did
 *   not report that metric (unknown), never zero. A trigger refuses UPDATE, and refuses DELETE
 *   unless the post row is already gone (the ON DELETE CASCADE from posts);
 * - `metric_collection_plan`: one row per post and schedule step, claimed by the collector when due;
 * - rollups kept incrementally by the collector: `post_metrics_daily` holds each post's cumulative
 *   counters as of the end of each local day (per metric, the latest known value captured on or
 *   before it). Rows exist only for days with a snapshot: a day without one carries the previous
 *   row's values forward (it gained nothing). `node_platform_daily` holds what a node's own posts
 *   gained on each local day (each post's row minus its previous row), plus how many it published;
 * - `account_followers_daily`: follower count per account per local day;
 * - `posting_targets`: how many posts a node should publish per week or month on a platform;
 * - posts say whether their metrics can still be read (`gone` once deleted on the platform), and
 *   accounts why metrics are unavailable (e.g. 'x_tier': the X access tier cannot read them).
 */
export class Analytics1764800000000 implements MigrationInterface {
  name = 'Analytics1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE metric_snapshots (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        -- The post's node and account, copied so scans need no join. No foreign keys of their own:
        -- posts already pins both (ON DELETE RESTRICT), and two more per-row checks would halve
        -- the insert rate.
        organization_id uuid NOT NULL,
        social_account_id uuid NOT NULL,
        platform text NOT NULL,
        captured_at timestamptz(3) NOT NULL,
        views bigint,
        reach bigint,
        likes bigint,
        comments bigint,
        shares bigint,
        saves bigint,
        clicks bigint,
        raw jsonb NOT NULL DEFAULT '{}',
        source text NOT NULL
      )`);
    await q.query(
      `CREATE INDEX metric_snapshots_post_captured_idx ON metric_snapshots (post_id, captured_at)`,
    );
    await q.query(`
      CREATE FUNCTION metric_snapshots_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM posts WHERE id = OLD.post_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'metric_snapshots is append-only (% refused)', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER metric_snapshots_no_update_delete BEFORE UPDATE OR DELETE ON metric_snapshots
      FOR EACH ROW EXECUTE FUNCTION metric_snapshots_append_only()`);

    await q.query(`
      CREATE TABLE metric_collection_plan (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        step int NOT NULL,
        due_at timestamptz(3) NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'skipped')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        PRIMARY KEY (post_id, step)
      )`);
    await q.query(`
      CREATE INDEX metric_collection_plan_due_idx ON metric_collection_plan (due_at) WHERE status = 'pending'`);
    // Published posts by publish time (top posts, best time to post, history).
    await q.query(`
      CREATE INDEX posts_published_at_idx ON posts (published_at) WHERE state = 'published'`);

    await q.query(`
      ALTER TABLE posts ADD COLUMN metrics_status text NOT NULL DEFAULT 'ok'
        CHECK (metrics_status IN ('ok', 'gone', 'unavailable'))`);
    // Set once the collection plan of a published post exists: the planner's claim, and its scan.
    await q.query(`ALTER TABLE posts ADD COLUMN metrics_planned_at timestamptz(3)`);
    await q.query(`
      CREATE INDEX posts_metrics_unplanned_idx ON posts (published_at)
        WHERE state = 'published' AND metrics_planned_at IS NULL`);
    await q.query(`ALTER TABLE social_accounts ADD COLUMN metrics_unavailable_reason text`);

    await q.query(`
      CREATE TABLE post_metrics_daily (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        day date NOT NULL,
        organization_id uuid NOT NULL,
        social_account_id uuid NOT NULL,
        platform text NOT NULL,
        views bigint NOT NULL DEFAULT 0,
        reach bigint NOT NULL DEFAULT 0,
        likes bigint NOT NULL DEFAULT 0,
        comments bigint NOT NULL DEFAULT 0,
        shares bigint NOT NULL DEFAULT 0,
        saves bigint NOT NULL DEFAULT 0,
        clicks bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (post_id, day)
      )`);
    await q.query(`
      CREATE INDEX post_metrics_daily_org_day_idx ON post_metrics_daily (organization_id, day)`);

    await q.query(`
      CREATE TABLE node_platform_daily (
        organization_id uuid NOT NULL,
        platform text NOT NULL,
        day date NOT NULL,
        posts_published int NOT NULL DEFAULT 0,
        views bigint NOT NULL DEFAULT 0,
        reach bigint NOT NULL DEFAULT 0,
        likes bigint NOT NULL DEFAULT 0,
        comments bigint NOT NULL DEFAULT 0,
        shares bigint NOT NULL DEFAULT 0,
        saves bigint NOT NULL DEFAULT 0,
        clicks bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, platform, day)
      )`);

    await q.query(`
      CREATE TABLE account_followers_daily (
        social_account_id uuid NOT NULL REFERENCES social_accounts(id) ON DELETE CASCADE,
        day date NOT NULL,
        organization_id uuid NOT NULL,
        platform text NOT NULL,
        followers bigint NOT NULL,
        captured_at timestamptz(3) NOT NULL,
        PRIMARY KEY (social_account_id, day)
      )`);
    await q.query(`
      CREATE INDEX account_followers_daily_org_day_idx ON account_followers_daily (organization_id, day)`);

    await q.query(`
      CREATE TABLE posting_targets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        platform text NOT NULL,
        period text NOT NULL CHECK (period IN ('week', 'month')),
        count int NOT NULL CHECK (count BETWEEN 1 AND 1000),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (organization_id, platform, period)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE posting_targets`);
    await q.query(`DROP TABLE account_followers_daily`);
    await q.query(`DROP TABLE node_platform_daily`);
    await q.query(`DROP TABLE post_metrics_daily`);
    await q.query(`ALTER TABLE social_accounts DROP COLUMN metrics_unavailable_reason`);
    await q.query(`DROP INDEX posts_metrics_unplanned_idx`);
    await q.query(`ALTER TABLE posts DROP COLUMN metrics_planned_at, DROP COLUMN metrics_status`);
    await q.query(`DROP INDEX posts_published_at_idx`);
    await q.query(`DROP TABLE metric_collection_plan`);
    await q.query(`DROP TRIGGER metric_snapshots_no_update_delete ON metric_snapshots`);
    await q.query(`DROP FUNCTION metric_snapshots_append_only()`);
    await q.query(`DROP TABLE metric_snapshots`);
  }
}
