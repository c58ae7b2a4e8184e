import { aConnectedAccount, aUnit, createTestDatabase, TestDatabase } from '@warta/testing';
import { MetricCollectionPlanRepository } from './metric-collection-plan.repository';
import { insertPublishedPosts } from './testing/analytics-fixtures';

const SCHEDULE = [60, 360, 1440, 4320, 10080, 43200];
const now = new Date('2026-03-10T03:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('metric collection plan', () => {
  let db: TestDatabase;
  const repo = new MetricCollectionPlanRepository();
  let org: string;
  let account: string;
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    org = (await aUnit(db.dataSource, { timezone: 'Asia/Jayapura' })).id;
    account = (await aConnectedAccount(db.dataSource, { organizationId: org, platform: 'facebook' })).id;
  });
  afterAll(() => db.drop());

  const publish = (publishedAt: Date[]) =>
    insertPublishedPosts(
      db.dataSource,
      publishedAt.map((at) => ({
        organizationId: org,
        socialAccountId: account,
        platform: 'facebook' as const,
        platformPostId: `fb-${++seq}`,
        publishedAt: at,
      })),
    );
  const steps = async (postId: string) =>
    (
      await db.dataSource.query(
        `SELECT step, status FROM metric_collection_plan WHERE post_id = $1 ORDER BY step`,
        [postId],
      )
    ).map((r: { step: number; status: string }) => `${r.step}:${r.status}`);

  it('plans every step of a fresh post, and only the latest overdue step of an old one', async () => {
    const [fresh, twoHours, old] = await publish([now, minutesAgo(120), minutesAgo(40 * 1440)]);
    expect(await db.dataSource.transaction((m) => repo.planPublished(m, now, SCHEDULE, 100))).toEqual({
      posts: 3,
      steps: 18,
    });
    expect(await steps(fresh)).toEqual([
      '1:pending',
      '2:pending',
      '3:pending',
      '4:pending',
      '5:pending',
      '6:pending',
    ]);
    // +1 h is overdue but nothing later is: it still runs (late), like every step after it.
    expect(await steps(twoHours)).toEqual([
      '1:pending',
      '2:pending',
      '3:pending',
      '4:pending',
      '5:pending',
      '6:pending',
    ]);
    // 40 days old: every step is overdue; only +30 d is read, once.
    expect(await steps(old)).toEqual([
      '1:skipped',
      '2:skipped',
      '3:skipped',
      '4:skipped',
      '5:skipped',
      '6:pending',
    ]);
    const claimed = await db.dataSource.transaction((m) =>
      repo.claimDue(m, now, new Date(now.getTime() + 1), 100),
    );
    expect(claimed.map((c) => [c.postId, c.step]).sort()).toEqual(
      [
        [twoHours, 1],
        [old, 6],
      ].sort(),
    );
  });

  it('concurrent planners plan and count each post exactly once, on its local publish day', async () => {
    await db.dataSource.query(`TRUNCATE node_platform_daily`);
    // 23:30 WIT (UTC+9) on 9 March and 00:30 WIT on 10 March.
    await publish([new Date('2026-03-09T14:30:00Z'), new Date('2026-03-09T15:30:00Z')]);
    const results = await Promise.all(
      [1, 2, 3].map(() => db.dataSource.transaction((m) => repo.planPublished(m, now, SCHEDULE, 1))),
    );
    const again = await db.dataSource.transaction((m) => repo.planPublished(m, now, SCHEDULE, 100));
    expect(results.reduce((n, r) => n + r.posts, 0) + again.posts).toBe(2);
    expect(await db.dataSource.transaction((m) => repo.planPublished(m, now, SCHEDULE, 100))).toEqual({
      posts: 0,
      steps: 0,
    });
    expect(
      await db.dataSource.query(`SELECT day::text, posts_published FROM node_platform_daily ORDER BY day`),
    ).toEqual([
      { day: '2026-03-09', posts_published: 1 },
      { day: '2026-03-10', posts_published: 1 },
    ]);
  });
});
