import { createTestDatabase, TestDatabase } from '@warta/testing';
import fc from 'fast-check';
import {
  computeRollups,
  METRIC_NAMES,
  MetricValues,
  NodeDailyRow,
  PostDailyRow,
  SnapshotForRollup,
} from './metric-rollups';
import { MetricRollupsRepository } from './metric-rollups.repository';
import { MetricSnapshotsRepository, NewMetricSnapshot } from './metric-snapshots.repository';
import { insertAccount, insertNode, insertPublishedPosts } from './testing/analytics-fixtures';

/*
 * The rollups the collector maintains incrementally (snapshots arrive in batches, in any order, late,
 * from concurrent collectors) must equal a full recomputation from the raw snapshots.
 */
describe('metric rollups (incremental, in Postgres) = recomputation from raw snapshots', () => {
  let db: TestDatabase;
  const snapshots = new MetricSnapshotsRepository();
  const rollups = new MetricRollupsRepository();
  const zones = new Map<string, string>();
  const posts: Array<{
    id: string;
    organizationId: string;
    socialAccountId: string;
    platform: 'x' | 'facebook';
  }> = [];
  const base = new Date('2026-03-01T12:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase();
    // Zones on both sides of UTC's date line for the same instants: local days differ per node.
    for (const zone of ['Asia/Jakarta', 'Asia/Jayapura', 'America/Los_Angeles']) {
      const org = await insertNode(db.dataSource, zone);
      zones.set(org, zone);
      for (const platform of ['x', 'facebook'] as const) {
        const account = await insertAccount(db.dataSource, org, platform);
        const ids = await insertPublishedPosts(
          db.dataSource,
          [0, 1].map((i) => ({
            organizationId: org,
            socialAccountId: account,
            platform,
            platformPostId: `${platform}-${org}-${i}`,
            publishedAt: base,
          })),
        );
        for (const id of ids) posts.push({ id, organizationId: org, socialAccountId: account, platform });
      }
    }
  });
  afterAll(() => db.drop());

  const metricValue = fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null, freq: 4 });
  const snapshotArb = fc.record({
    post: fc.nat({ max: 11 }),
    // Up to 10 days after publishing, with many snapshots around local midnights.
    minutes: fc.oneof(
      fc.integer({ min: 0, max: 14_400 }),
      fc.integer({ min: 0, max: 10 }).map((d) => d * 1440 + 300),
    ),
    views: metricValue,
    reach: metricValue,
    likes: metricValue,
    comments: metricValue,
    shares: metricValue,
    saves: metricValue,
    clicks: metricValue,
  });
  const streamArb = fc.record({
    stream: fc.array(snapshotArb, { minLength: 1, maxLength: 40 }),
    batchSizes: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 40 }),
    concurrent: fc.boolean(),
  });

  async function reset(): Promise<void> {
    await db.dataSource.query(`TRUNCATE metric_snapshots, post_metrics_daily, node_platform_daily`);
  }

  async function ingest(batch: NewMetricSnapshot[]): Promise<void> {
    await db.dataSource.transaction(async (m) => {
      await snapshots.insertMany(m, batch);
      await rollups.refresh(
        m,
        batch.map((s) => ({ postId: s.postId, since: s.capturedAt })),
      );
    });
  }

  async function readBack(): Promise<{
    raw: SnapshotForRollup[];
    postDaily: PostDailyRow[];
    nodeDaily: NodeDailyRow[];
  }> {
    const num = (v: string | number | null): number | null => (v === null ? null : Number(v));
    const raw = (
      await db.dataSource.query(
        `SELECT id, post_id, organization_id, social_account_id, platform, captured_at, ${METRIC_NAMES.join(', ')}
           FROM metric_snapshots`,
      )
    ).map((r: Record<string, string | number | null> & { captured_at: Date }) => ({
      id: Number(r.id),
      postId: r.post_id,
      organizationId: r.organization_id,
      socialAccountId: r.social_account_id,
      platform: r.platform,
      capturedAt: r.captured_at,
      ...Object.fromEntries(METRIC_NAMES.map((m) => [m, num(r[m])])),
    })) as SnapshotForRollup[];
    const postDaily = (
      await db.dataSource.query(
        `SELECT post_id, day::text AS day, organization_id, social_account_id, platform, ${METRIC_NAMES.join(', ')}
           FROM post_metrics_daily`,
      )
    ).map((r: Record<string, string>) => ({
      postId: r.post_id,
      day: r.day,
      organizationId: r.organization_id,
      socialAccountId: r.social_account_id,
      platform: r.platform,
      ...Object.fromEntries(METRIC_NAMES.map((m) => [m, Number(r[m])])),
    })) as PostDailyRow[];
    const nodeDaily = (
      await db.dataSource.query(
        `SELECT organization_id, platform, day::text AS day, ${METRIC_NAMES.join(', ')} FROM node_platform_daily`,
      )
    ).map((r: Record<string, string>) => ({
      organizationId: r.organization_id,
      platform: r.platform,
      day: r.day,
      ...Object.fromEntries(METRIC_NAMES.map((m) => [m, Number(r[m])])),
    })) as NodeDailyRow[];
    return { raw, postDaily, nodeDaily };
  }

  const sortPost = (rows: PostDailyRow[]) =>
    [...rows].sort((a, b) => a.postId.localeCompare(b.postId) || a.day.localeCompare(b.day));
  const sortNode = (rows: NodeDailyRow[]) =>
    [...rows].sort(
      (a, b) =>
        a.organizationId.localeCompare(b.organizationId) ||
        a.platform.localeCompare(b.platform) ||
        a.day.localeCompare(b.day),
    );

  it('holds for random snapshot streams (random order, late arrivals, concurrent batches)', async () => {
    await fc.assert(
      fc.asyncProperty(streamArb, async ({ stream, batchSizes, concurrent }) => {
        await reset();
        const rows: NewMetricSnapshot[] = stream.map((s) => {
          const p = posts[s.post];
          const values: MetricValues = {
            views: s.views,
            reach: s.reach,
            likes: s.likes,
            comments: s.comments,
            shares: s.shares,
            saves: s.saves,
            clicks: s.clicks,
          };
          return {
            postId: p.id,
            organizationId: p.organizationId,
            socialAccountId: p.socialAccountId,
            platform: p.platform,
            capturedAt: new Date(base.getTime() + s.minutes * 60_000),
            raw: {},
            source: 'test',
            ...values,
          };
        });
        const batches: NewMetricSnapshot[][] = [];
        for (let i = 0, b = 0; i < rows.length; b++) {
          const size = batchSizes[b % batchSizes.length];
          batches.push(rows.slice(i, i + size));
          i += size;
        }
        if (concurrent) {
          for (let i = 0; i < batches.length; i += 2) await Promise.all(batches.slice(i, i + 2).map(ingest));
        } else {
          for (const batch of batches) await ingest(batch);
        }

        const { raw, postDaily, nodeDaily } = await readBack();
        expect(raw).toHaveLength(rows.length);
        const expected = computeRollups(raw, (org) => zones.get(org)!);
        expect(sortPost(postDaily)).toEqual(sortPost(expected.postDaily));
        expect(sortNode(nodeDaily)).toEqual(sortNode(expected.nodeDaily));
      }),
      { numRuns: 60 },
    );
  });

  it('takes a late snapshot that lands before earlier-stored days: later days and gains shift', async () => {
    await reset();
    const p = posts[0];
    const at = (h: number, likes: number): NewMetricSnapshot => ({
      postId: p.id,
      organizationId: p.organizationId,
      socialAccountId: p.socialAccountId,
      platform: p.platform,
      capturedAt: new Date(base.getTime() + h * 3_600_000),
      views: null,
      reach: null,
      likes,
      comments: null,
      shares: null,
      saves: null,
      clicks: null,
      raw: {},
      source: 'test',
    });
    // base is 19:00 in Jakarta: +0 h is day 1, +24 h day 2, +48 h day 3.
    await ingest([at(0, 10), at(48, 50)]);
    let { nodeDaily } = await readBack();
    expect(sortNode(nodeDaily).map((r) => [r.day, r.likes])).toEqual([
      ['2026-03-01', 10],
      ['2026-03-03', 40],
    ]);
    await ingest([at(24, 30)]);
    ({ nodeDaily } = await readBack());
    expect(sortNode(nodeDaily).map((r) => [r.day, r.likes])).toEqual([
      ['2026-03-01', 10],
      ['2026-03-02', 20],
      ['2026-03-03', 20],
    ]);
  });

  it('two collectors writing posts of the same node and day at once: the later one sums both', async () => {
    await reset();
    const [a, b] = posts.filter((p) => p.organizationId === posts[0].organizationId && p.platform === 'x');
    const snap = (p: (typeof posts)[number], likes: number): NewMetricSnapshot => ({
      postId: p.id,
      organizationId: p.organizationId,
      socialAccountId: p.socialAccountId,
      platform: p.platform,
      capturedAt: base,
      views: null,
      reach: null,
      likes,
      comments: null,
      shares: null,
      saves: null,
      clicks: null,
      raw: {},
      source: 'test',
    });
    const first = db.dataSource.createQueryRunner();
    await first.connect();
    await first.startTransaction();
    await snapshots.insertMany(first.manager, [snap(a, 7)]);
    await rollups.refresh(first.manager, [{ postId: a.id, since: base }]);
    // The second starts while the first is still open; it must not sum without the first's post.
    const second = ingest([snap(b, 5)]);
    await new Promise((r) => setTimeout(r, 300));
    await first.commitTransaction();
    await first.release();
    await second;
    const { nodeDaily } = await readBack();
    expect(nodeDaily.map((r) => r.likes)).toEqual([12]);
  });

  it('refuses to change or delete a snapshot while its post exists, and cascades when the post goes', async () => {
    await reset();
    const p = posts[1];
    await ingest([
      {
        postId: p.id,
        organizationId: p.organizationId,
        socialAccountId: p.socialAccountId,
        platform: p.platform,
        capturedAt: base,
        views: 1,
        reach: null,
        likes: null,
        comments: null,
        shares: null,
        saves: null,
        clicks: null,
        raw: {},
        source: 'test',
      },
    ]);
    await expect(db.dataSource.query(`UPDATE metric_snapshots SET views = 2`)).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query(`DELETE FROM metric_snapshots`)).rejects.toThrow(/append-only/);
    await db.dataSource.query(`DELETE FROM posts WHERE id = $1`, [p.id]);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM metric_snapshots`)).toEqual([{ n: 0 }]);
  });
});
