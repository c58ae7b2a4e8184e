import { MigrationInterface, QueryRunner } from 'typeorm';

const METRICS = ['posts_published', 'views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks'];

/** `INSERT ... SELECT` of the deltas in `source` into every ancestor-or-self's subtree row, in key order. */
function applyDeltas(source: string): string {
  return `
    INSERT INTO subtree_platform_daily AS s (organization_id, platform, day, ${METRICS.join(', ')})
    SELECT a.id, d.platform, d.day, ${METRICS.map((m) => `sum(d.${m})`).join(', ')}
      FROM (${source}) d
      JOIN organizations o ON o.id = d.organization_id
      CROSS JOIN LATERAL unnest(string_to_array(btrim(o.path, '/'), '/')::uuid[]) AS a(id)
     GROUP BY a.id, d.platform, d.day
     ORDER BY a.id, d.platform, d.day
    ON CONFLICT (organization_id, platform, day) DO UPDATE SET
      ${METRICS.map((m) => `${m} = s.${m} + EXCLUDED.${m}`).join(', ')}`;
}

const COLUMNS = `organization_id, platform, day, ${METRICS.join(', ')}`;
const NEGATED = `organization_id, platform, day, ${METRICS.map((m) => `-${m} AS ${m}`).join(', ')}`;

/**
 * Dashboard rollups (issue 6, dashboards): `subtree_platform_daily` holds, for every node, the sum of
 * `node_platform_daily` over the node's whole subtree (itself included), per platform and day, so a
 * directorate's overview over a year reads ~1,100 rows instead of every unit's days. It is kept by
 * statement-level triggers on `node_platform_daily` (whoever writes it: the collector's rollups, the
 * demo seed, a recompute), which add each statement's deltas to every ancestor. Writers are
 * serialised by a transaction-scoped advisory lock taken before their statement locks any row (they
 * would queue on the shared ancestor rows anyway), so they cannot deadlock. Org nodes never change
 * parent, so a node's ancestors are fixed.
 *
 * Also the index the dashboards use to find a subtree's published posts by time.
 */
export class DashboardRollups1764810000000 implements MigrationInterface {
  name = 'DashboardRollups1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subtree_platform_daily (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
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
      CREATE FUNCTION subtree_platform_daily_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${applyDeltas(`SELECT ${COLUMNS} FROM new_rows`)};
        ELSIF TG_OP = 'UPDATE' THEN
          ${applyDeltas(`SELECT ${COLUMNS} FROM new_rows UNION ALL SELECT ${NEGATED} FROM old_rows`)};
        ELSE
          ${applyDeltas(`SELECT ${NEGATED} FROM old_rows`)};
        END IF;
        RETURN NULL;
      END $$`);
    // Every writer of node_platform_daily also writes the shared ancestor rows (the directorate's
    // row for a platform and day is everyone's). Taking one transaction-scoped lock before the
    // statement touches any row orders all writers the same way, so a transaction with several such
    // statements cannot deadlock with another on base rows versus ancestor rows.
    await q.query(`
      CREATE FUNCTION subtree_platform_daily_serialize() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('subtree_platform_daily', 0));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER node_platform_daily_subtree_serialize BEFORE INSERT OR UPDATE OR DELETE ON node_platform_daily
      FOR EACH STATEMENT EXECUTE FUNCTION subtree_platform_daily_serialize()`);
    await q.query(`
      CREATE TRIGGER node_platform_daily_subtree_insert AFTER INSERT ON node_platform_daily
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subtree_platform_daily_apply()`);
    await q.query(`
      CREATE TRIGGER node_platform_daily_subtree_update AFTER UPDATE ON node_platform_daily
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION subtree_platform_daily_apply()`);
    await q.query(`
      CREATE TRIGGER node_platform_daily_subtree_delete AFTER DELETE ON node_platform_daily
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subtree_platform_daily_apply()`);
    await q.query(`
      CREATE FUNCTION subtree_platform_daily_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE subtree_platform_daily;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER node_platform_daily_subtree_truncate AFTER TRUNCATE ON node_platform_daily
      FOR EACH STATEMENT EXECUTE FUNCTION subtree_platform_daily_truncate()`);
    await q.query(applyDeltas(`SELECT ${COLUMNS} FROM node_platform_daily`));

    await q.query(`
      CREATE INDEX posts_org_published_at_idx ON posts (organization_id, published_at)
        WHERE state = 'published'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX posts_org_published_at_idx`);
    await q.query(`DROP TRIGGER node_platform_daily_subtree_truncate ON node_platform_daily`);
    await q.query(`DROP TRIGGER node_platform_daily_subtree_delete ON node_platform_daily`);
    await q.query(`DROP TRIGGER node_platform_daily_subtree_update ON node_platform_daily`);
    await q.query(`DROP TRIGGER node_platform_daily_subtree_insert ON node_platform_daily`);
    await q.query(`DROP TRIGGER node_platform_daily_subtree_serialize ON node_platform_daily`);
    await q.query(`DROP FUNCTION subtree_platform_daily_serialize()`);
    await q.query(`DROP FUNCTION subtree_platform_daily_truncate()`);
    await q.query(`DROP FUNCTION subtree_platform_daily_apply()`);
    await q.query(`DROP TABLE subtree_platform_daily`);
  }
}
