import { MigrationInterface, QueryRunner } from 'typeorm';

/** `INSERT ... SELECT` of the posts_published deltas in `source` into each row's ISO week and month. */
function applyDeltas(source: string): string {
  return `
    INSERT INTO node_platform_periods AS s (organization_id, platform, period, start, posts_published)
    SELECT d.organization_id, d.platform, k.period,
           date_trunc(k.period, d.day::timestamp)::date, sum(d.posts_published)
      FROM (${source}) d
      CROSS JOIN (VALUES ('week'), ('month')) AS k(period)
     WHERE d.posts_published <> 0
     GROUP BY 1, 2, 3, 4
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (organization_id, platform, period, start) DO UPDATE SET
      posts_published = s.posts_published + EXCLUDED.posts_published`;
}

/**
 * Consistency rollup (issue 6): `node_platform_periods` holds the posts each node published itself
 * per platform and ISO week (Monday first) or calendar month of its local days, so the consistency
 * dashboard reads one row per node, platform and period instead of every day. Kept by
 * statement-level triggers on `node_platform_daily` next to the subtree rollup's (whose advisory
 * lock already serialises every writer of that table).
 */
export class NodePlatformPeriods1764840000000 implements MigrationInterface {
  name = 'NodePlatformPeriods1764840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE node_platform_periods (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        platform text NOT NULL,
        period text NOT NULL,
        start date NOT NULL,
        posts_published int NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, period, start, platform)
      )`);
    await q.query(`
      CREATE FUNCTION node_platform_periods_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${applyDeltas(`SELECT organization_id, platform, day, posts_published FROM new_rows`)};
        ELSIF TG_OP = 'UPDATE' THEN
          ${applyDeltas(
            `SELECT organization_id, platform, day, posts_published FROM new_rows
             UNION ALL SELECT organization_id, platform, day, -posts_published AS posts_published FROM old_rows`,
          )};
        ELSE
          ${applyDeltas(`SELECT organization_id, platform, day, -posts_published AS posts_published FROM old_rows`)};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER node_platform_daily_periods_insert AFTER INSERT ON node_platform_daily
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION node_platform_periods_apply()`);
    await q.query(`
      CREATE TRIGGER node_platform_daily_periods_update AFTER UPDATE ON node_platform_daily
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION node_platform_periods_apply()`);
    await q.query(`
      CREATE TRIGGER node_platform_daily_periods_delete AFTER DELETE ON node_platform_daily
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION node_platform_periods_apply()`);
    await q.query(`
      CREATE FUNCTION node_platform_periods_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE node_platform_periods;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER node_platform_daily_periods_truncate AFTER TRUNCATE ON node_platform_daily
      FOR EACH STATEMENT EXECUTE FUNCTION node_platform_periods_truncate()`);
    await q.query(
      applyDeltas(`SELECT organization_id, platform, day, posts_published FROM node_platform_daily`),
    );
    await q.query(`ANALYZE node_platform_periods`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER node_platform_daily_periods_truncate ON node_platform_daily`);
    await q.query(`DROP TRIGGER node_platform_daily_periods_delete ON node_platform_daily`);
    await q.query(`DROP TRIGGER node_platform_daily_periods_update ON node_platform_daily`);
    await q.query(`DROP TRIGGER node_platform_daily_periods_insert ON node_platform_daily`);
    await q.query(`DROP FUNCTION node_platform_periods_truncate()`);
    await q.query(`DROP FUNCTION node_platform_periods_apply()`);
    await q.query(`DROP TABLE node_platform_periods`);
  }
}
