import { seedDemo } from '@warta/organizations';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import fc from 'fast-check';

/**
 * subtree_platform_daily (kept by triggers on node_platform_daily) must always equal the sum of
 * node_platform_daily over each node's subtree, and node_platform_periods its posts per week and month, whatever mix of inserts, upserts, updates and
 * deletes wrote it, and concurrent writers must not deadlock on the shared ancestor rows.
 */
describe('subtree rollup triggers (real Postgres)', () => {
  let db: TestDatabase;
  let nodes: string[];
  const DAYS = ['2026-10-01', '2026-10-02', '2026-10-03'];
  const PLATFORMS = ['x', 'facebook', 'instagram'];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.dataSource, 'not-a-real-hash');
    nodes = (await db.dataSource.query(`SELECT id FROM organizations ORDER BY path`)).map(
      (r: { id: string }) => r.id,
    );
  });
  afterAll(() => db.drop());

  const recomputed = `
    SELECT a.id AS organization_id, n.platform, n.day::text AS day, sum(n.posts_published)::int AS posts, sum(n.views)::bigint AS views,
           sum(n.likes)::bigint AS likes, sum(n.clicks)::bigint AS clicks
      FROM node_platform_daily n JOIN organizations o ON o.id = n.organization_id
      CROSS JOIN LATERAL unnest(string_to_array(btrim(o.path, '/'), '/')::uuid[]) AS a(id)
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  const kept = `
    SELECT organization_id, platform, day::text AS day, posts_published AS posts, views, likes, clicks
      FROM subtree_platform_daily
     WHERE (posts_published, views, likes, clicks) <> (0, 0, 0, 0)
     ORDER BY 1, 2, 3`;
  // node_platform_periods (same triggers' table): posts per node, platform, ISO week and month.
  const periodsRecomputed = `
    SELECT organization_id, platform, k.period, date_trunc(k.period, day::timestamp)::date::text AS start,
           sum(posts_published)::int AS posts
      FROM node_platform_daily CROSS JOIN (VALUES ('week'), ('month')) k(period)
     GROUP BY 1, 2, 3, 4 HAVING sum(posts_published) <> 0 ORDER BY 1, 2, 3, 4`;
  const periodsKept = `
    SELECT organization_id, platform, period, start::text AS start, posts_published AS posts
      FROM node_platform_periods WHERE posts_published <> 0 ORDER BY 1, 2, 3, 4`;
  const nonZero = (rows: Record<string, unknown>[]) =>
    rows.filter((r) => r.posts !== 0 || r.views !== '0' || r.likes !== '0' || r.clicks !== '0');

  const row = fc.record({
    node: fc.nat(),
    platform: fc.constantFrom(...PLATFORMS),
    day: fc.constantFrom(...DAYS),
    posts: fc.nat(5),
    views: fc.nat(10_000),
    likes: fc.nat(500),
  });
  const op = fc.oneof(
    fc.record({ kind: fc.constant('upsert' as const), rows: fc.array(row, { minLength: 1, maxLength: 8 }) }),
    fc.record({
      kind: fc.constant('update' as const),
      factor: fc.integer({ min: 0, max: 3 }),
      platform: fc.constantFrom(...PLATFORMS),
    }),
    fc.record({ kind: fc.constant('delete' as const), day: fc.constantFrom(...DAYS) }),
    fc.record({ kind: fc.constant('truncate' as const) }),
  );

  it('equals a recomputation from node_platform_daily after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        await db.dataSource.query(`TRUNCATE node_platform_daily`);
        for (const o of ops) {
          if (o.kind === 'upsert') {
            // One statement, duplicates merged as the collector does (a key at most once per statement).
            const merged = new Map<
              string,
              { node: string; platform: string; day: string; posts: number; views: number; likes: number }
            >();
            for (const r of o.rows) {
              const node = nodes[r.node % nodes.length];
              const key = `${node}|${r.platform}|${r.day}`;
              const prev = merged.get(key);
              merged.set(
                key,
                prev
                  ? {
                      ...prev,
                      posts: prev.posts + r.posts,
                      views: prev.views + r.views,
                      likes: prev.likes + r.likes,
                    }
                  : { ...r, node },
              );
            }
            const rows = [...merged.values()];
            await db.dataSource.query(
              `INSERT INTO node_platform_daily AS n (organization_id, platform, day, posts_published, views, likes, clicks)
               SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::int[], $5::bigint[], $6::bigint[], $5::bigint[])
               ON CONFLICT (organization_id, platform, day) DO UPDATE
                 SET posts_published = n.posts_published + EXCLUDED.posts_published, views = EXCLUDED.views, likes = n.likes + EXCLUDED.likes`,
              [
                rows.map((r) => r.node),
                rows.map((r) => r.platform),
                rows.map((r) => r.day),
                rows.map((r) => r.posts),
                rows.map((r) => r.views),
                rows.map((r) => r.likes),
              ],
            );
          } else if (o.kind === 'update') {
            await db.dataSource.query(
              `UPDATE node_platform_daily SET views = views * $1, clicks = clicks + 1 WHERE platform = $2`,
              [o.factor, o.platform],
            );
          } else if (o.kind === 'delete') {
            await db.dataSource.query(`DELETE FROM node_platform_daily WHERE day = $1`, [o.day]);
          } else {
            await db.dataSource.query(`TRUNCATE node_platform_daily`);
          }
        }
        expect(await db.dataSource.query(kept)).toEqual(nonZero(await db.dataSource.query(recomputed)));
        expect(await db.dataSource.query(periodsKept)).toEqual(await db.dataSource.query(periodsRecomputed));
      }),
      { numRuns: 60, seed: 20261128 },
    );
  });

  it('concurrent writers on units of one Kanwil neither deadlock nor lose a delta', async () => {
    await db.dataSource.query(`TRUNCATE node_platform_daily`);
    const units: string[] = (
      await db.dataSource.query(`SELECT o.id FROM organizations o WHERE o.kind = 'unit' ORDER BY o.id`)
    ).map((r: { id: string }) => r.id);
    const writer = async (w: number) => {
      for (let i = 0; i < 15; i++) {
        await db.dataSource.transaction(async (m) => {
          // Each statement names several units and days, in key order (as the collector writes them).
          const keys = units
            .filter((_, j) => (j + w + i) % 2 === 0)
            .flatMap((u) => DAYS.map((d) => [u, d] as const))
            .sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
          await m.query(
            `INSERT INTO node_platform_daily AS n (organization_id, platform, day, views)
             SELECT u, 'x', d, 1 FROM unnest($1::uuid[], $2::date[]) AS t(u, d)
             ON CONFLICT (organization_id, platform, day) DO UPDATE SET views = n.views + 1`,
            [keys.map((k) => k[0]), keys.map((k) => k[1])],
          );
          await m.query(`UPDATE node_platform_daily SET likes = likes + 1 WHERE organization_id = $1`, [
            units[(w + i) % units.length],
          ]);
        });
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    expect(await db.dataSource.query(kept)).toEqual(nonZero(await db.dataSource.query(recomputed)));
    expect(await db.dataSource.query(periodsKept)).toEqual(await db.dataSource.query(periodsRecomputed));
  });
});
