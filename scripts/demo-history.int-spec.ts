import { FixedClock } from '@warta/core';
import { seedDemo } from '@warta/organizations';
import { aConnectedAccount, createTestDatabase, TestDatabase } from '@warta/testing';
import { startTestSandbox, TestSandbox } from '../apps/sandbox/src/testing/sandbox-test-kit';
import { seedDemoHistory } from './demo-history';

describe('demo history (real Postgres, real sandbox)', () => {
  let db: TestDatabase;
  let sandbox: TestSandbox;
  const clock = new FixedClock(new Date('2026-11-28T03:00:00Z'));

  beforeAll(async () => {
    db = await createTestDatabase();
    sandbox = await startTestSandbox({ startAt: clock.now() });
    await seedDemo(db.dataSource, 'not-a-real-hash');
    // What seedDemoAccounts leaves behind: one active account per platform and unit, each an account
    // of the sandbox.
    const units: { id: string; slug: string }[] = await db.dataSource.query(
      `SELECT id, slug FROM organizations WHERE kind = 'unit'`,
    );
    for (const u of units) {
      const handle = u.slug.replace(/-/g, '');
      const seeded = await sandbox.seed({
        x: [{ username: handle.slice(0, 15), issueToken: false }],
        facebook: [
          {
            name: `Admin ${u.slug}`,
            pages: [{ name: u.slug, username: handle, instagram: { username: handle } }],
          },
        ],
      });
      const page = seeded.facebook[0].pages[0];
      for (const [platform, externalId] of [
        ['x', seeded.x[0].id],
        ['facebook', page.id],
        ['instagram', page.instagram!.id],
      ] as const) {
        await aConnectedAccount(db.dataSource, {
          organizationId: u.id,
          platform,
          externalId,
          handle: u.slug,
        });
      }
    }
  });
  afterAll(async () => {
    await sandbox.close();
    await db.drop();
  });

  const totals = async () =>
    (
      await db.dataSource.query(`
      SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM metric_snapshots)::int AS snapshots,
             (SELECT count(*) FROM posting_targets)::int AS targets,
             (SELECT coalesce(sum(posts_published), 0) FROM node_platform_daily)::int AS counted,
             (SELECT coalesce(sum(views), 0) FROM node_platform_daily)::bigint AS views,
             (SELECT count(*) FROM account_followers_daily)::int AS follower_days`)
    )[0];

  it('seeds 90 days of published history with rollups and targets, and a second run adds nothing', async () => {
    const started = Date.now();
    const first = await seedDemoHistory(db.dataSource, { clock, sandboxOrigin: sandbox.graphOrigin });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(first.units).toBe(7);
    expect(first.targets).toBe(7);
    const after = await totals();
    expect(after.posts).toBe(first.posts);
    expect(after.counted).toBe(first.posts);
    expect(after.snapshots).toBe(first.snapshots);
    expect(Number(after.views)).toBeGreaterThan(0);
    expect(after.follower_days).toBe(7 * 3 * 91);
    // Rollups equal a recomputation: what each node gained over all days = its posts' latest counters.
    const [check] = await db.dataSource.query(`
      SELECT (SELECT sum(views) FROM node_platform_daily)::bigint AS rolled,
             (SELECT sum(v) FROM (SELECT DISTINCT ON (post_id) views AS v FROM post_metrics_daily ORDER BY post_id, day DESC) x)::bigint AS latest`);
    expect(check.rolled).toBe(check.latest);
    // Published days are within the last 90 local days, never today or the future.
    const [span] = await db.dataSource.query(`
      SELECT min((published_at AT TIME ZONE 'Asia/Jakarta')::date)::text AS first, max((published_at AT TIME ZONE 'Asia/Jakarta')::date)::text AS last FROM posts`);
    expect(span.first >= '2026-08-30').toBe(true);
    expect(span.last <= '2026-11-27').toBe(true);

    const second = await seedDemoHistory(db.dataSource, { clock, sandboxOrigin: sandbox.graphOrigin });
    expect(second).toEqual({ units: 0, posts: 0, snapshots: 0, targets: 0 });
    expect(await totals()).toEqual(after);
  });

  // Fails before this change: permalinks were <origin>/demo/<platform>/<release id>, which the sandbox
  // does not serve (400/404), and the posts' ids were not the sandbox's.
  it("every permalink is the sandbox's page of that post: 200, with the post's text", async () => {
    const posts: { platform: string; permalink: string; platform_post_id: string; text: string }[] =
      await db.dataSource.query(
        `SELECT DISTINCT ON (platform, organization_id) platform, permalink, platform_post_id, content->>'text' AS text
           FROM posts ORDER BY platform, organization_id, published_at DESC`,
      );
    expect(posts.length).toBe(3 * 7);
    const [left] = await db.dataSource.query(
      `SELECT count(*) FILTER (WHERE permalink IS NULL OR platform_post_id LIKE 'demo-%')::int AS n FROM posts`,
    );
    expect(left.n).toBe(0);
    for (const p of posts) {
      expect(p.permalink.startsWith(`${sandbox.graphOrigin}/__view/${p.platform}/`)).toBe(true);
      const res = await fetch(p.permalink);
      expect({ permalink: p.permalink, status: res.status }).toEqual({ permalink: p.permalink, status: 200 });
      const page = await res.text();
      expect(page).toContain(p.text.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    }
  });

  it('the history obeys the rules of real collection: no X reach, no Facebook saves, no Instagram clicks', async () => {
    const [made] = await db.dataSource.query(
      `SELECT count(*) FILTER (WHERE platform = 'x' AND reach IS NOT NULL)::int AS x_reach,
              count(*) FILTER (WHERE platform = 'facebook' AND saves IS NOT NULL)::int AS fb_saves,
              count(*) FILTER (WHERE platform = 'instagram' AND clicks IS NOT NULL)::int AS ig_clicks,
              count(*) FILTER (WHERE platform = 'x')::int AS x_rows
         FROM metric_snapshots`,
    );
    expect(made).toEqual({ x_reach: 0, fb_saves: 0, ig_clicks: 0, x_rows: expect.any(Number) });
    expect(made.x_rows).toBeGreaterThan(0);
  });

  it('some units keep their weekly X target and some fall behind', async () => {
    const rows: { slug: string; weekly: number }[] = await db.dataSource.query(`
      SELECT o.slug, sum(n.posts_published)::float8 / 12 AS weekly
        FROM node_platform_daily n JOIN organizations o ON o.id = n.organization_id
       WHERE n.platform = 'x' AND n.day BETWEEN '2026-08-31' AND '2026-11-22'
       GROUP BY o.slug`);
    const weekly = new Map(rows.map((r) => [r.slug, r.weekly]));
    expect(weekly.get('rutan-bengkulu')).toBeGreaterThanOrEqual(4);
    expect(weekly.get('lapas-medan')).toBeGreaterThanOrEqual(3);
    expect(weekly.get('bapas-bengkulu') ?? 0).toBeLessThan(3);
    expect(weekly.get('rutan-medan') ?? 0).toBeLessThan(3);
  });
});
