import { Test, TestingModule } from '@nestjs/testing';
import { TokenVault } from '@warta/accounts';
import { SocialAccountsRepository } from '@warta/accounts/testing';
import { AuditModule } from '@warta/audit';
import { ConfigModule, setEnv, xProblemType } from '@warta/config';
import { ConnectorCredentials, ConnectorRegistry, PreparedPost, PublishRequest } from '@warta/connectors';
import { Clock, CoreModule, FixedClock, Platform } from '@warta/core';
import { DatabaseModule } from '@warta/database';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import { DataSource } from 'typeorm';
import { startTestSandbox, TestSandbox } from '../../../apps/sandbox/src/testing/sandbox-test-kit';
import { AnalyticsModule } from './analytics.module';
import { CollectAccountFollowers } from './collect-account-followers.use-case';
import { CollectPostMetrics } from './collect-post-metrics.use-case';
import { PlanMetricCollection } from './plan-metric-collection.use-case';
import { insertNode, insertPublishedPosts } from './testing/analytics-fixtures';

/** Retired Graph metric names (platforms/facebook.md §3, instagram.md §4): one fails the whole call. */
const RETIRED_METRICS = [
  'post_impressions',
  'post_impressions_unique',
  'post_impressions_paid',
  'post_impressions_organic',
  'post_impressions_viral',
  'post_impressions_fan',
  'post_engaged_users',
  'page_fans',
  'page_impressions',
  'impressions',
  'plays',
  'clips_replays_count',
  'ig_reels_aggregated_all_plays_count',
  'video_views',
  'engagement',
];

interface JournalEntry {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

const HOUR = 3600;
const DAY = 24 * HOUR;
const LONG_TOKEN = 10 * 365 * DAY;

describe('metrics collection against the sandbox', () => {
  let sandbox: TestSandbox;
  let db: TestDatabase;
  let moduleRef: TestingModule;
  let clock: FixedClock;
  let ds: DataSource;
  let registry: ConnectorRegistry;
  let plan: PlanMetricCollection;
  let collect: CollectPostMetrics;
  let followers: CollectAccountFollowers;
  let org: string;
  const accounts: Record<string, { id: string; creds: ConnectorCredentials; platform: Platform }> = {};
  let textCounter = 0;

  async function advance(seconds: number): Promise<void> {
    clock.advance(seconds * 1000);
    await sandbox.control('POST', 'clock', { advanceSeconds: seconds });
  }

  async function lastSeq(): Promise<number> {
    return (await sandbox.control<{ lastSeq: number }>('GET', 'requests?limit=1')).lastSeq;
  }

  async function journal(since: number, pathRegex: string): Promise<JournalEntry[]> {
    const q = new URLSearchParams({ since: String(since), pathRegex });
    return (await sandbox.control<{ entries: JournalEntry[] }>('GET', `requests?${q}`)).entries;
  }

  /** Publishes through the real connector (prepare, then the single send) and returns the platform id. */
  async function publish(key: string, media: PublishRequest['media'] = []): Promise<string> {
    const { creds, platform } = accounts[key];
    const connector = registry.connector(platform);
    const request: PublishRequest = {
      text: `Kegiatan pembinaan ke-${++textCounter} di Rutan`,
      media,
      link: null,
    };
    let previous: PreparedPost | null = null;
    for (let i = 0; i < 20; i++) {
      const r = await connector.prepare(creds, request, previous);
      if (r.status === 'ready') return (await connector.send(creds, r.prepared)).platformPostId;
      previous = r.prepared;
      await advance(r.checkAfterSeconds);
    }
    throw new Error('prepare never became ready');
  }

  async function publishedPosts(key: string, platformIds: string[]): Promise<string[]> {
    return insertPublishedPosts(
      ds,
      platformIds.map((platformPostId) => ({
        organizationId: org,
        socialAccountId: accounts[key].id,
        platform: accounts[key].platform,
        platformPostId,
        publishedAt: clock.now(),
      })),
    );
  }

  async function snapshotsOf(postIds: string[]) {
    return ds.query(
      `SELECT post_id, captured_at, views, likes, comments, shares, source FROM metric_snapshots
        WHERE post_id = ANY($1::uuid[]) ORDER BY captured_at, id`,
      [postIds],
    );
  }

  async function planOf(
    postId: string,
  ): Promise<Array<{ step: number; status: string; due_at: Date; attempts: number }>> {
    return ds.query(
      `SELECT step, status, due_at, attempts FROM metric_collection_plan WHERE post_id = $1 ORDER BY step`,
      [postId],
    );
  }

  beforeAll(async () => {
    sandbox = await startTestSandbox({ frozenClock: true, startAt: new Date('2026-03-02T01:00:00Z') });
    clock = new FixedClock(sandbox.clock.now());
    db = await createTestDatabase();
    ds = db.dataSource;
    setEnv({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      X_API_ORIGIN: sandbox.xOrigin,
      GRAPH_ORIGIN: sandbox.graphOrigin,
    });
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, CoreModule, DatabaseModule, AuditModule, AnalyticsModule],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    registry = moduleRef.get(ConnectorRegistry);
    plan = moduleRef.get(PlanMetricCollection);
    collect = moduleRef.get(CollectPostMetrics);
    followers = moduleRef.get(CollectAccountFollowers);
    const vault = moduleRef.get(TokenVault);
    const repo = moduleRef.get(SocialAccountsRepository);
    const appDs = moduleRef.get(DataSource);

    org = await insertNode(ds, 'Asia/Jakarta');
    const seeded = await sandbox.seed({
      x: ['one', 'many', 'limited', 'tier', 'gone'].map((n) => ({
        username: `humas_${n}`,
        followers: 800,
        tokenExpiresInSeconds: LONG_TOKEN,
      })),
      facebook: [
        {
          name: 'Admin Humas',
          longLived: true,
          tokenExpiresInSeconds: LONG_TOKEN,
          pages: [
            {
              name: 'Rutan Metrik',
              followers: 2500,
              instagram: { username: 'rutan.metrik', followers: 3200 },
            },
          ],
        },
      ],
    });
    const identities: Array<{
      key: string;
      platform: Platform;
      externalId: string;
      parent: string | null;
      token: string;
    }> = seeded.x.map((x, i) => ({
      key: ['one', 'many', 'limited', 'tier', 'gone'][i],
      platform: 'x' as const,
      externalId: x.id,
      parent: null,
      token: x.accessToken!,
    }));
    const page = seeded.facebook[0].pages[0];
    identities.push({
      key: 'fb',
      platform: 'facebook',
      externalId: page.id,
      parent: null,
      token: page.accessToken!,
    });
    identities.push({
      key: 'ig',
      platform: 'instagram',
      externalId: page.instagram!.id,
      parent: page.id,
      token: page.accessToken!,
    });
    await appDs.transaction(async (m) => {
      for (const i of identities) {
        const a = await repo.upsertConnected(m, {
          organizationId: org,
          platform: i.platform,
          externalId: i.externalId,
          handle: i.key,
          displayName: i.key,
          parentExternalId: i.parent,
          sealed: vault.seal({ accessToken: i.token, refreshToken: null }),
          expiresAt: null,
          scopes: [],
          connectedBy: null,
          now: clock.now(),
        });
        accounts[i.key] = {
          id: a.id,
          platform: i.platform,
          creds: { externalId: i.externalId, parentExternalId: i.parent, accessToken: i.token },
        };
      }
    });
  });

  afterAll(async () => {
    await moduleRef?.close();
    await sandbox?.close();
    await db?.drop();
  });

  afterEach(() => sandbox.control('DELETE', 'faults'));
  // Each test reads only its own posts: steps left over by earlier tests are set aside.
  beforeEach(() => ds.query(`UPDATE metric_collection_plan SET status = 'skipped' WHERE status = 'pending'`));

  it('a published post collects snapshots on its schedule as the clock moves (X, Facebook, Instagram), never asking for a retired metric', async () => {
    const since = await lastSeq();
    const publishedAt = clock.now();
    const [xPost, fbPost, igPost] = [
      ...(await publishedPosts('one', [await publish('one')])),
      ...(await publishedPosts('fb', [await publish('fb')])),
      ...(await publishedPosts('ig', [
        await publish('ig', [
          { kind: 'image', url: `${sandbox.graphOrigin}/__fixtures/photo-1080x1350.jpg` },
        ]),
      ])),
    ];
    // Publishing the IG image moved the clocks a little; the schedule counts from published_at.
    await ds.query(`UPDATE posts SET published_at = $2 WHERE id = ANY($1::uuid[])`, [
      [xPost, fbPost, igPost],
      publishedAt,
    ]);
    const publishedSeconds = (clock.now().getTime() - publishedAt.getTime()) / 1000;

    expect(await plan.execute()).toEqual({ posts: 3, steps: 18 });
    expect(await plan.execute()).toEqual({ posts: 0, steps: 0 });
    expect((await planOf(xPost)).map((s) => (s.due_at.getTime() - publishedAt.getTime()) / 60_000)).toEqual([
      60, 360, 1440, 4320, 10080, 43200,
    ]);
    // Counted once in the node's posts for its local publish day (08:00 WIB on 2 March).
    expect(
      await ds.query(
        `SELECT platform, day::text, posts_published FROM node_platform_daily ORDER BY platform`,
      ),
    ).toEqual([
      { platform: 'facebook', day: '2026-03-02', posts_published: 1 },
      { platform: 'instagram', day: '2026-03-02', posts_published: 1 },
      { platform: 'x', day: '2026-03-02', posts_published: 1 },
    ]);

    expect((await collect.execute()).claimed).toBe(0);
    await sandbox.control('POST', 'engage', { postId: (await platformId(xPost)) as string, likes: 5 });

    const offsets = [60, 360, 1440, 4320, 10080, 43200];
    let elapsed = publishedSeconds;
    for (const [i, minutes] of offsets.entries()) {
      await advance(minutes * 60 - elapsed);
      elapsed = minutes * 60;
      const r = await collect.execute();
      expect(r).toMatchObject({ claimed: 3, snapshots: 3, failed: 0 });
      expect((await snapshotsOf([xPost, fbPost, igPost])).length).toBe(3 * (i + 1));
      // Nothing else is due until the next step.
      expect((await collect.execute()).claimed).toBe(0);
    }
    for (const p of [xPost, fbPost, igPost]) {
      expect((await planOf(p)).map((s) => s.status)).toEqual(Array(6).fill('done'));
      const snaps = await snapshotsOf([p]);
      expect(
        snaps.map((s: { captured_at: Date }) => (s.captured_at.getTime() - publishedAt.getTime()) / 60_000),
      ).toEqual(offsets);
    }
    const xSnaps = await snapshotsOf([xPost]);
    expect(Number(xSnaps[0].likes)).toBeGreaterThanOrEqual(5);
    expect(Number(xSnaps[5].views)).toBeGreaterThan(Number(xSnaps[0].views));
    expect(xSnaps[0].source).toBe('private');

    // Rollups: one row per post per day with a snapshot; the node's daily gains add up to the latest totals.
    const [totals] = await ds.query(
      `SELECT sum(views)::bigint AS views, sum(likes)::bigint AS likes FROM node_platform_daily WHERE platform = 'x'`,
    );
    expect(Number(totals.views)).toBe(Number(xSnaps[5].views));
    expect(Number(totals.likes)).toBe(Number(xSnaps[5].likes));
    expect(
      (
        await ds.query(`SELECT day::text FROM post_metrics_daily WHERE post_id = $1 ORDER BY day`, [xPost])
      ).map((r: { day: string }) => r.day),
    ).toEqual(['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-09', '2026-04-01']);

    // Only current metric names ever reached the Graph insights endpoints...
    const insights = await journal(since, '/insights$');
    expect(insights.length).toBeGreaterThanOrEqual(12);
    const asked = new Set(insights.flatMap((e) => (e.query.metric ?? '').split(',')));
    for (const retired of RETIRED_METRICS) expect(asked).not.toContain(retired);
    expect(insights.every((e) => e.status === 200)).toBe(true);
    // ... and the sandbox does fail loudly on a retired one, so the check above means something.
    const retired = await fetch(
      `${sandbox.graphOrigin}/v25.0/${await platformId(fbPost)}/insights?metric=post_media_view,post_impressions&access_token=${accounts.fb.creds.accessToken}`,
    );
    expect(retired.status).toBe(400);
    expect(((await retired.json()) as { error: { code: number } }).error.code).toBe(100);
  });

  async function platformId(postId: string): Promise<string> {
    return (await ds.query(`SELECT platform_post_id FROM posts WHERE id = $1`, [postId]))[0].platform_post_id;
  }

  it('250 X posts of one account are read in 3 lookups of at most 100 ids', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 250; i++) ids.push(await publish('many'));
    const posts = await publishedPosts('many', ids);
    await plan.execute();
    await advance(HOUR);
    const since = await lastSeq();
    const r = await collect.execute();
    expect(r).toMatchObject({ claimed: 250, snapshots: 250, calls: 3, failed: 0 });
    const lookups = await journal(since, '^/2/tweets$');
    expect(lookups.map((e) => e.method)).toEqual(['GET', 'GET', 'GET']);
    expect(lookups.map((e) => e.query.ids.split(',').length).sort()).toEqual([100, 100, 50]);
    expect(new Set(lookups.flatMap((e) => e.query.ids.split(','))).size).toBe(250);
    // Only fields that exist today (no retired or invented names).
    for (const e of lookups) {
      expect(e.query['tweet.fields'].split(',').sort()).toEqual([
        'created_at',
        'non_public_metrics',
        'public_metrics',
      ]);
    }
    expect((await snapshotsOf(posts)).length).toBe(250);
  });

  it('a 429 in the middle of an account batch keeps what was read and resumes after the reset', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 150; i++) ids.push(await publish('limited'));
    const posts = await publishedPosts('limited', ids);
    await plan.execute();
    await advance(HOUR);
    await sandbox.control('POST', 'faults', [
      { method: 'GET', pathRegex: '^/2/tweets$', nth: 2, action: { status: 429 } },
    ]);
    const since = await lastSeq();
    const first = await collect.execute();
    expect(first).toMatchObject({ claimed: 150, snapshots: 100, postponed: 50, failed: 0 });
    const resetAt = clock.now().getTime() + 900_000; // the sandbox's 429 resets 15 minutes later
    const waiting: Array<{ due_at: Date; attempts: number }> = await ds.query(
      `SELECT due_at, attempts FROM metric_collection_plan WHERE post_id = ANY($1::uuid[]) AND step = 1 AND status = 'pending'`,
      [posts],
    );
    expect(waiting).toHaveLength(50);
    expect(waiting.every((w) => w.due_at.getTime() === resetAt && w.attempts === 0)).toBe(true);

    // Before the reset nothing is asked again.
    await advance(600);
    expect(await collect.execute()).toMatchObject({ claimed: 0, calls: 0 });
    await advance(300);
    expect(await collect.execute()).toMatchObject({ claimed: 50, snapshots: 50, calls: 1 });
    expect((await snapshotsOf(posts)).length).toBe(150);
    const lookups = await journal(since, '^/2/tweets$');
    expect(lookups.map((e) => e.status)).toEqual([200, 429, 200]);
  });

  it('the free-tier rate profile (1 lookup per 15 minutes) spreads a backlog over windows without failures', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 150; i++) ids.push(await publish('limited'));
    const posts = await publishedPosts('limited', ids);
    await plan.execute();
    await advance(HOUR);
    await sandbox.control('POST', 'profile', { x: { rateProfile: 'free' } });
    try {
      expect(await collect.execute()).toMatchObject({ snapshots: 100, postponed: 50, failed: 0, calls: 2 });
      await advance(15 * 60);
      expect(await collect.execute()).toMatchObject({ snapshots: 50, failed: 0, calls: 1 });
      expect((await snapshotsOf(posts)).length).toBe(150);
    } finally {
      await sandbox.control('POST', 'profile', { x: { rateProfile: 'off' } });
    }
  });

  it('an X tier that cannot read metrics marks the account unavailable instead of storing zeros', async () => {
    const posts = await publishedPosts('tier', [await publish('tier'), await publish('tier')]);
    await plan.execute();
    await advance(HOUR);
    await sandbox.control('POST', 'faults', [
      {
        method: 'GET',
        pathRegex: '^/2/tweets$',
        action: {
          status: 403,
          body: {
            title: 'Client Forbidden',
            type: xProblemType('client-forbidden'),
            reason: 'client-not-enrolled',
            detail:
              'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.',
            status: 403,
          },
        },
      },
    ]);
    const r = await collect.execute();
    expect(r).toMatchObject({ snapshots: 0, skipped: 2 });
    expect(
      await ds.query(`SELECT metrics_unavailable_reason FROM social_accounts WHERE id = $1`, [
        accounts.tier.id,
      ]),
    ).toEqual([{ metrics_unavailable_reason: 'x_tier' }]);
    expect(
      await ds.query(`SELECT DISTINCT metrics_status FROM posts WHERE id = ANY($1::uuid[])`, [posts]),
    ).toEqual([{ metrics_status: 'unavailable' }]);
    expect((await planOf(posts[0])).map((s) => s.status)).toEqual(Array(6).fill('skipped'));
    expect(await snapshotsOf(posts)).toEqual([]);
  });

  it('a post deleted on the platform is marked gone; the rest of its batch is stored; a failing Graph post does not fail the others', async () => {
    const [kept, deleted] = [await publish('gone'), await publish('gone')];
    const xPosts = await publishedPosts('gone', [kept, deleted]);
    const fbIds = [await publish('fb'), await publish('fb')];
    const fbPosts = await publishedPosts('fb', fbIds);
    await plan.execute();
    await registry.connector('x').delete(accounts.gone.creds, deleted);
    await advance(HOUR);
    // The first Facebook post's reads fail (5xx) for a while; the second's go through.
    await sandbox.control('POST', 'faults', [
      { method: 'GET', pathRegex: `^(/v[0-9.]+)?/${fbIds[0]}$`, action: { status: 500 } },
    ]);
    const r = await collect.execute();
    expect(r).toMatchObject({ gone: 1, failed: 1 });
    expect(
      await ds.query(
        `SELECT id, metrics_status FROM posts WHERE id = ANY($1::uuid[]) ORDER BY metrics_status`,
        [xPosts],
      ),
    ).toEqual([
      { id: xPosts[1], metrics_status: 'gone' },
      { id: xPosts[0], metrics_status: 'ok' },
    ]);
    expect((await planOf(xPosts[1])).map((s) => s.status)).toEqual(Array(6).fill('skipped'));
    expect((await planOf(xPosts[0]))[0].status).toBe('done');
    expect((await snapshotsOf([xPosts[0]])).length).toBe(1);
    expect(await snapshotsOf([xPosts[1]])).toEqual([]);

    const [failing] = await planOf(fbPosts[0]);
    expect(failing).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failing.due_at.getTime()).toBe(clock.now().getTime() + 5 * 60_000);
    expect((await planOf(fbPosts[1]))[0].status).toBe('done');

    // Once the fault is gone the retry succeeds.
    await sandbox.control('DELETE', 'faults');
    await advance(5 * 60);
    expect(await collect.execute()).toMatchObject({ claimed: 1, snapshots: 1 });
  });

  it('Graph refusing one post (permission) makes only that post unavailable', async () => {
    const fbIds = [await publish('fb'), await publish('fb')];
    const fbPosts = await publishedPosts('fb', fbIds);
    await plan.execute();
    await advance(HOUR);
    await sandbox.control('POST', 'faults', [
      {
        method: 'GET',
        pathRegex: `^(/v[0-9.]+)?/${fbIds[0]}$`,
        action: {
          status: 403,
          body: {
            error: {
              message: '(#10) Not enough viewers for the media to show insights',
              type: 'OAuthException',
              code: 10,
              fbtrace_id: 'AbCdEf',
            },
          },
        },
      },
    ]);
    expect(await collect.execute()).toMatchObject({ claimed: 2, snapshots: 1, skipped: 1, failed: 0 });
    expect(
      await ds.query(`SELECT metrics_status FROM posts WHERE id = ANY($1::uuid[]) ORDER BY metrics_status`, [
        fbPosts,
      ]),
    ).toEqual([{ metrics_status: 'ok' }, { metrics_status: 'unavailable' }]);
    expect((await planOf(fbPosts[0])).map((s) => s.status)).toEqual(Array(6).fill('skipped'));
    expect(
      await ds.query(`SELECT metrics_unavailable_reason FROM social_accounts WHERE id = $1`, [
        accounts.fb.id,
      ]),
    ).toEqual([{ metrics_unavailable_reason: null }]);
  });

  it('records follower counts once per account per local day', async () => {
    const first = await followers.execute();
    expect(first).toEqual({ recorded: Object.keys(accounts).length, failed: 0 });
    expect(await followers.execute()).toEqual({ recorded: 0, failed: 0 });
    const rows: Array<{ platform: string; followers: string; day: string }> = await ds.query(
      `SELECT platform, followers, day::text FROM account_followers_daily WHERE social_account_id = $1`,
      [accounts.ig.id],
    );
    expect(rows).toHaveLength(1);
    expect(Number(rows[0].followers)).toBeGreaterThanOrEqual(3200);
    await advance(DAY);
    expect(await followers.execute()).toEqual({ recorded: Object.keys(accounts).length, failed: 0 });
    expect((await ds.query(`SELECT count(DISTINCT day)::int AS n FROM account_followers_daily`))[0].n).toBe(
      2,
    );
  });
});
