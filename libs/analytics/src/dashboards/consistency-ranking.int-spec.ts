import { AccessScope } from '@warta/database';
import { seedDemo } from '@warta/organizations';
import { aConnectedAccount, createTestDatabase, TestDatabase } from '@warta/testing';
import fc from 'fast-check';
import { ConsistencyStatus } from './dashboard-types';
import { DashboardNode } from './dashboard-rows';
import { DashboardsRepository } from './dashboards.repository';

/**
 * The consistency dashboard ranks, pages and summarises in SQL. Whatever the targets (own or
 * inherited), posts and names, its answer must equal a straightforward in-memory computation over
 * the same tables: every row worst first, names in Indonesian order (Intl.Collator('id')), pages
 * that add up to the whole (also when only one status is listed), the summary over every row and
 * the nodes furthest behind, as many as asked for.
 */
describe('consistency ranking in SQL (real Postgres)', () => {
  let db: TestDatabase;
  let repo: DashboardsRepository;
  let nodes: { id: string; path: string; kind: string }[];
  const WEEKS = ['2026-09-07', '2026-09-14', '2026-09-21'];
  const PLATFORMS = ['x', 'facebook', 'instagram'] as const;
  // Names that sort differently by byte and in Indonesian order (case, accents, spaces).
  const NAMES = [
    'Lapas Ámbon',
    'lapas ambon',
    'Lapas Ambon',
    'Rutan Bengkulu',
    'rutan Émpat',
    'Rutan  Ende',
    'Bapas',
    'bapas',
  ];
  const collator = new Intl.Collator('id');

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.dataSource, 'not-a-real-hash');
    repo = new DashboardsRepository(db.dataSource);
    nodes = await db.dataSource.query(`SELECT id, path, kind FROM organizations ORDER BY path`);
    // One inner node with an X account of its own (held to its own X target) and a disconnected
    // Facebook one (which cannot meet anything): every other inner node has no account at all.
    const inner = nodes.find((n) => n.kind !== 'unit')!;
    await aConnectedAccount(db.dataSource, { organizationId: inner.id, platform: 'x' });
    await aConnectedAccount(db.dataSource, {
      organizationId: inner.id,
      platform: 'facebook',
      status: 'disconnected',
    });
  });
  afterAll(() => db.drop());

  /** The pre-SQL ranking, written out: effective targets, posts per period, status, order. */
  async function expected(
    root: { path: string },
    periods: { start: string; ended: boolean }[],
    platform: string | undefined,
  ) {
    const orgs: { id: string; path: string; name: string; kind: string }[] = await db.dataSource.query(
      `SELECT id, path, name, kind FROM organizations WHERE starts_with(path, $1)`,
      [root.path],
    );
    const targets: { organization_id: string; platform: string; count: number }[] = await db.dataSource.query(
      `SELECT organization_id, platform, count FROM posting_targets WHERE period = 'week'`,
    );
    const accounts: { organization_id: string; platform: string }[] = await db.dataSource.query(
      `SELECT organization_id, platform FROM social_accounts WHERE status <> 'disconnected'`,
    );
    const counts: { organization_id: string; platform: string; start: string; n: number }[] =
      await db.dataSource.query(
        `SELECT organization_id, platform, start::text AS start, posts_published AS n
           FROM node_platform_periods WHERE period = 'week' AND posts_published > 0`,
      );
    const endedCount = periods.filter((p) => p.ended).length;
    const rows = orgs.flatMap((o) => {
      const chain = o.path.split('/').filter(Boolean).reverse(); // self first, then ancestors
      return PLATFORMS.filter((p) => !platform || p === platform).flatMap((platform) => {
        const source = (o.kind === 'unit' ? chain : [o.id]).find((id) =>
          targets.some((t) => t.organization_id === id && t.platform === platform),
        );
        if (!source) return [];
        // An inner node's target is for its units; it is ranked itself only where it could meet it.
        const ownAccount = accounts.some((a) => a.organization_id === o.id && a.platform === platform);
        if (o.kind !== 'unit' && !ownAccount) return [];
        const count = targets.find((t) => t.organization_id === source && t.platform === platform)!.count;
        const perPeriod = periods.map(
          (p) =>
            counts.find((c) => c.organization_id === o.id && c.platform === platform && c.start === p.start)
              ?.n ?? 0,
        );
        const published = perPeriod.reduce((a, n, i) => (periods[i].ended ? a + n : a), 0);
        const expectedPosts = endedCount * count;
        const status = endedCount
          ? published > expectedPosts
            ? 'ahead'
            : published === expectedPosts
              ? 'on_track'
              : 'behind'
          : perPeriod.some((n) => n >= count)
            ? 'on_track'
            : 'in_progress';
        return [
          {
            organizationId: o.id,
            name: o.name,
            platform,
            count,
            sourceId: source,
            perPeriod,
            published,
            expected: expectedPosts,
            status,
          },
        ];
      });
    });
    rows.sort(
      (a, b) =>
        a.published - a.expected - (b.published - b.expected) ||
        collator.compare(a.name, b.name) ||
        a.platform.localeCompare(b.platform) ||
        a.organizationId.localeCompare(b.organizationId),
    );
    const behind: { organizationId: string; name: string; platforms: string[] }[] = [];
    for (const r of rows.filter((x) => x.status === 'behind')) {
      const e = behind.find((b) => b.organizationId === r.organizationId);
      if (e) e.platforms.push(r.platform);
      else behind.push({ organizationId: r.organizationId, name: r.name, platforms: [r.platform] });
    }
    const summary = {
      rows: rows.length,
      nodes: new Set(rows.map((r) => r.organizationId)).size,
      nodesBehind: behind.length,
    };
    const byStatus = { ahead: 0, on_track: 0, behind: 0, in_progress: 0 } as Record<string, number>;
    for (const r of rows) byStatus[r.status]++;
    return { rows, summary: { ...summary, ...byStatus }, behind };
  }

  const world = fc.record({
    names: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 40 }),
    // Half on the directorate and Kanwils, so units often have several ancestors to inherit from.
    targets: fc.array(
      fc.record({
        onUnit: fc.boolean(),
        node: fc.nat(),
        platform: fc.constantFrom(...PLATFORMS),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 20 },
    ),
    posts: fc.array(
      fc.record({
        node: fc.nat(),
        platform: fc.constantFrom(...PLATFORMS),
        day: fc.integer({ min: 0, max: 20 }),
        posts: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 40 },
    ),
    endedWeeks: fc.integer({ min: 0, max: WEEKS.length }),
    pageSize: fc.integer({ min: 1, max: 7 }),
    status: fc.option(
      fc.constantFrom('ahead', 'on_track', 'behind', 'in_progress') as fc.Arbitrary<ConsistencyStatus>,
      {
        nil: undefined,
      },
    ),
    behindShown: fc.integer({ min: 0, max: 6 }),
    root: fc.nat(),
    platform: fc.option(fc.constantFrom(...PLATFORMS), { nil: undefined }),
  });

  it('equals the in-memory ranking for any targets, posts and names; pages add up to it', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const ds = db.dataSource;
        await ds.query(`TRUNCATE node_platform_daily`);
        await ds.query(`DELETE FROM posting_targets`);
        for (const [i, n] of nodes.entries()) {
          await ds.query(`UPDATE organizations SET name = $2 WHERE id = $1`, [
            n.id,
            w.names[i % w.names.length],
          ]);
        }
        const units = nodes.filter((n) => n.kind === 'unit');
        const parents = nodes.filter((n) => n.kind !== 'unit');
        const pick = <T>(list: T[], i: number) => list[i % list.length];
        for (const t of w.targets) {
          await ds.query(
            `INSERT INTO posting_targets (organization_id, platform, period, count) VALUES ($1, $2, 'week', $3)
             ON CONFLICT (organization_id, platform, period) DO UPDATE SET count = EXCLUDED.count`,
            [pick(t.onUnit ? units : parents, t.node).id, t.platform, t.count],
          );
        }
        for (const p of w.posts) {
          await ds.query(
            `INSERT INTO node_platform_daily AS n (organization_id, platform, day, posts_published)
             VALUES ($1, $2, '2026-09-07'::date + $3::int, $4)
             ON CONFLICT (organization_id, platform, day) DO UPDATE SET posts_published = n.posts_published + EXCLUDED.posts_published`,
            [nodes[p.node % nodes.length].id, p.platform, p.day, p.posts],
          );
        }
        const root = nodes[w.root % nodes.length];
        const node: DashboardNode = {
          id: root.id,
          path: root.path,
          name: '',
          kind: 'unit',
          timezone: 'Asia/Jakarta',
        };
        const scope = AccessScope.fromRootPaths('u', 'analytics:read', [root.path]);
        const periods = WEEKS.map((start, i) => ({ start, ended: i < w.endedWeeks }));
        const want = await expected(root, periods, w.platform);

        const all = await repo.consistency(scope, node, {
          period: 'week',
          platform: w.platform,
          periods,
          offset: 0,
          limit: null,
          behindShown: 1_000,
        });
        expect(all.rows.map(({ slug: _s, kind: _k, ...r }) => r)).toEqual(want.rows);
        expect(all.summary).toEqual(want.summary);
        expect(all.behind).toEqual(want.behind);

        const paged: unknown[] = [];
        for (let offset = 0; offset < want.rows.length; offset += w.pageSize) {
          const page = await repo.consistency(scope, node, {
            period: 'week',
            platform: w.platform,
            periods,
            offset,
            limit: w.pageSize,
            behindShown: w.behindShown,
          });
          expect(page.summary).toEqual(want.summary);
          expect(page.behind).toEqual(want.behind.slice(0, w.behindShown));
          paged.push(...page.rows);
        }
        expect(paged).toEqual(all.rows);

        // Listing one status pages through exactly its rows, in the same order.
        if (w.status) {
          const listed: unknown[] = [];
          const wanted = all.rows.filter((r) => r.status === w.status);
          for (let offset = 0; offset <= wanted.length; offset += w.pageSize) {
            const page = await repo.consistency(scope, node, {
              period: 'week',
              platform: w.platform,
              status: w.status,
              periods,
              offset,
              limit: w.pageSize,
              behindShown: 0,
            });
            expect(page.summary).toEqual(want.summary);
            expect(page.behind).toEqual([]);
            listed.push(...page.rows);
          }
          expect(listed).toEqual(wanted);
        }

        // A scope that does not reach the node's subtree sees nothing of it.
        const outside = AccessScope.fromRootPaths('u', 'analytics:read', ['/no-such-root/']);
        const none = await repo.consistency(outside, node, {
          period: 'week',
          periods,
          offset: 0,
          limit: null,
          behindShown: 10,
        });
        expect(none.rows).toEqual([]);
        expect(none.behind).toEqual([]);
      }),
      { numRuns: 40, seed: 20261128 },
    );
  });
});
