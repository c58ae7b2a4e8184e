import { FixedClock, Platform } from '@warta/core';
import { PublishingGauges } from '@warta/publishing';
import { JobName, JobQueue, publishJobId, QueueName, REDIS } from '@warta/queue';
import { aConnectedAccount, aPost, TestPostState } from '@warta/testing';
import { Redis } from 'ioredis';
import { ApiTestContext, createApiTestContext, DEMO_PASSWORD } from './api-test-context';

/** One sample's value from a Prometheus text page, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '').split(',').filter(Boolean);
    if (wanted.length === have.length && wanted.every((w) => have.includes(w))) return Number(m[3]);
  }
  return undefined;
}

describe('observability: publishing gauges on /metrics and the queue board (real Postgres, real Redis)', () => {
  let ctx: ApiTestContext;
  let admin: string;
  let unitAdmin: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    admin = await ctx.tokenFor('admin');
    // An admin of a unit: runs that unit, but must not see every tenant's jobs.
    await ctx.http
      .post('/api/v1/users')
      .set('Authorization', admin)
      .send({
        email: 'admin.rutan@warta.local',
        name: 'Admin Rutan',
        password: DEMO_PASSWORD,
        organizationId: ctx.org('rutan-bengkulu'),
        role: 'admin',
      })
      .expect(201);
    const login = await ctx.http
      .post('/api/v1/auth/login')
      .send({ email: 'admin.rutan@warta.local', password: DEMO_PASSWORD })
      .expect(200);
    unitAdmin = `Bearer ${login.body.accessToken}`;
  });
  afterAll(() => ctx.close());

  describe('/metrics', () => {
    const accounts: Record<string, string> = {};
    /** The database's now() plus an interval ('-5 minutes'), as the gauges read it. */
    const fromNow = async (offset: string | null): Promise<Date | null> =>
      offset === null
        ? null
        : ((await ctx.dataSource.query(`SELECT now() + $1::interval AS t`, [offset]))[0].t as Date);
    const insertPost = async (
      platform: Platform,
      state: TestPostState,
      publishAt: string | null,
      publishedAt: string | null,
    ) => {
      accounts[platform] ??= (
        await aConnectedAccount(ctx.dataSource, { organizationId: ctx.org('rutan-bengkulu'), platform })
      ).id;
      await aPost(ctx.dataSource, {
        socialAccountId: accounts[platform],
        release: { title: 'Metrik' },
        state,
        publishAt: await fromNow(publishAt),
        publishedAt: await fromNow(publishedAt),
      });
    };

    beforeAll(async () => {
      // [platform, state, publish_at relative to now, published_at relative to now]
      const rows: [Platform, TestPostState, string | null, string | null][] = [
        ['x', 'scheduled', '-10 seconds', null], // due, not late yet
        ['x', 'scheduled', '-5 minutes', null], // due and late
        ['x', 'scheduled', '+1 hour', null], // neither
        ['x', 'retry_wait', '-2 minutes', null], // due and late
        ['x', 'preparing', '-3 minutes', null], // publishing, and late (not sent yet)
        ['x', 'sending', '-3 minutes', null], // publishing, not late (a send is in flight)
        ['x', 'unknown', '-1 hour', null], // publishing
        ['x', 'published', '-30 minutes', '-29 minutes'], // published in the last hour
        ['x', 'published', '-3 hours', '-3 hours'], // published, but earlier
        ['facebook', 'queued', '-1 second', null], // due
        ['facebook', 'failed', '-1 day', null],
        ['facebook', 'needs_review', '-1 day', null],
        ['facebook', 'draft', null, null],
      ];
      for (const row of rows) await insertPost(...row);
      // One delayed publish job, so the queue gauges have something to count.
      await ctx.app
        .get(JobQueue)
        .add(
          JobName.PublishX,
          { postId: '00000000-0000-4000-8000-000000000001', version: 1 },
          { jobId: publishJobId('00000000-0000-4000-8000-000000000001', 1), delay: 3_600_000 },
        );
    });

    it('counts posts by platform and state, and due, late, publishing and recently published per platform', async () => {
      const text = (await ctx.http.get('/metrics').expect(200)).text;
      expect(sample(text, 'warta_posts', { platform: 'x', state: 'scheduled' })).toBe(3);
      expect(sample(text, 'warta_posts', { platform: 'x', state: 'published' })).toBe(2);
      expect(sample(text, 'warta_posts', { platform: 'facebook', state: 'needs_review' })).toBe(1);
      expect(sample(text, 'warta_posts', { platform: 'facebook', state: 'failed' })).toBe(1);
      // Every combination is present, zeros included, so alerts never see a missing series.
      expect(sample(text, 'warta_posts', { platform: 'instagram', state: 'cancelled' })).toBe(0);

      expect(sample(text, 'warta_posts_due', { platform: 'x' })).toBe(3);
      expect(sample(text, 'warta_posts_due', { platform: 'facebook' })).toBe(1);
      expect(sample(text, 'warta_posts_due', { platform: 'instagram' })).toBe(0);
      expect(sample(text, 'warta_posts_late', { platform: 'x' })).toBe(3);
      expect(sample(text, 'warta_posts_late', { platform: 'facebook' })).toBe(0);
      expect(sample(text, 'warta_posts_publishing', { platform: 'x' })).toBe(3);
      expect(sample(text, 'warta_posts_published_last_hour', { platform: 'x' })).toBe(1);

      expect(sample(text, 'warta_queue_jobs', { queue: QueueName.PublishX, status: 'delayed' })).toBe(1);
      expect(sample(text, 'warta_queue_jobs', { queue: QueueName.PublishX, status: 'waiting' })).toBe(0);
      for (const queue of Object.values(QueueName))
        expect(sample(text, 'warta_queue_jobs', { queue, status: 'failed' })).toBe(0);
      expect(sample(text, 'warta_metrics_source_up', { source: 'postgres' })).toBe(1);
      expect(sample(text, 'warta_metrics_source_up', { source: 'redis' })).toBe(1);
      // The api's own metrics are still there.
      expect(text).toContain('warta_api_process_cpu_user_seconds_total');
    });

    it('scrapes in quick succession share one snapshot instead of querying Postgres each time', async () => {
      const before = (await ctx.http.get('/metrics').expect(200)).text;
      await ctx.dataSource.query(`UPDATE posts SET state = 'cancelled' WHERE state = 'scheduled'`);
      const after = (await ctx.http.get('/metrics').expect(200)).text;
      expect(sample(after, 'warta_posts', { platform: 'x', state: 'scheduled' })).toBe(
        sample(before, 'warta_posts', { platform: 'x', state: 'scheduled' }),
      );
      await ctx.dataSource.query(`UPDATE posts SET state = 'scheduled' WHERE state = 'cancelled'`);
    });
    it('the working set is re-read every 5 s; totals of states that only grow, once a minute', async () => {
      const clock = new FixedClock(new Date());
      const gauges = new PublishingGauges(ctx.dataSource, ctx.app.get(JobQueue), ctx.app.get(REDIS), clock);
      const count = async (state: string) => (await gauges.snapshot()).posts!.byState.get(`x|${state}`);
      const last = async () => (await gauges.snapshot()).posts!.publishedLastHour.get('x');
      const [scheduled, published, lastHour] = [
        await count('scheduled'),
        await count('published'),
        await last(),
      ];
      await insertPost('x', 'scheduled', '+2 hours', null);
      await insertPost('x', 'published', '-1 minute', '-1 minute');

      clock.advance(4_000);
      expect([await count('scheduled'), await count('published'), await last()]).toEqual([
        scheduled,
        published,
        lastHour,
      ]);
      clock.advance(2_000);
      expect([await count('scheduled'), await count('published'), await last()]).toEqual([
        scheduled! + 1,
        published,
        lastHour! + 1,
      ]);
      clock.advance(60_000);
      expect(await count('published')).toBe(published! + 1);
    });
  });

  describe('/admin/queues', () => {
    it('shows the board and its queues API to an admin of the root node', async () => {
      const page = await ctx.http.get('/admin/queues').set('Authorization', admin).expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toContain('Warta queues');
      const api = await ctx.http.get('/admin/queues/api/queues').set('Authorization', admin).expect(200);
      expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(
        Object.values(QueueName).sort(),
      );
      expect(api.body.queues.every((q: { readOnlyMode: boolean }) => q.readOnlyMode)).toBe(true);
    });

    it('refuses anyone else in the standard envelope: no token 401, a unit admin 403, a unit editor 403', async () => {
      const none = await ctx.http.get('/admin/queues').set('Accept-Language', 'en').expect(401);
      expect(none.body).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.', details: [] },
        requestId: expect.any(String),
      });
      await ctx.http.get('/admin/queues/api/queues').expect(401);
      await ctx.http.get('/admin/queues').set('Authorization', 'Bearer not-a-token').expect(401);
      for (const auth of [unitAdmin, await ctx.tokenFor('editor.rutan')]) {
        const res = await ctx.http.get('/admin/queues/api/queues').set('Authorization', auth).expect(403);
        expect(res.body.error.code).toBe('QUEUE_BOARD_FORBIDDEN');
        expect(res.text).not.toContain(QueueName.PublishX);
      }
    });

    it('is read-only: changes are refused even for a root admin', async () => {
      const res = await ctx.http
        .put(`/admin/queues/api/queues/${QueueName.PublishX}/pause`)
        .set('Authorization', admin)
        .expect(405);
      expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
      const counts = await ctx.app.get(JobQueue).queue(QueueName.PublishX).isPaused();
      expect(counts).toBe(false);
    });

    it('a browser session: the cookie opens the board, only under /admin/queues, and dies with the session', async () => {
      // Only a root admin gets one.
      await ctx.http.post('/api/v1/admin/queues/session').set('Authorization', unitAdmin).expect(403);
      await ctx.http.post('/api/v1/admin/queues/session').expect(401);

      const login = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'admin@warta.local', password: DEMO_PASSWORD })
        .expect(200);
      const bearer = `Bearer ${login.body.accessToken}`;
      const res = await ctx.http
        .post('/api/v1/admin/queues/session')
        .set('Authorization', bearer)
        .expect(200);
      expect(res.body).toEqual({ path: '/admin/queues', expiresAt: expect.any(String) });
      const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
      const cookie = setCookie.find((c) => c.startsWith('warta_queue_board='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/Path=\/admin\/queues/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Max-Age=\d+/);
      const pair = cookie.split(';')[0];

      const page = await ctx.http.get('/admin/queues').set('Cookie', pair).expect(200);
      // What the page loads next (relative to <base href="/admin/queues/">) comes through with the cookie.
      expect(page.text).toContain('<base href="/admin/queues/"');
      const scripts = [...page.text.matchAll(/<script defer src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) {
        const js = await ctx.http.get(`/admin/queues/${src}`).set('Cookie', pair).expect(200);
        expect(js.headers['content-type']).toMatch(/javascript/);
      }
      await ctx.http.get(`/admin/queues/${scripts[0]}`).expect(401);
      await ctx.http.get('/admin/queues/api/queues').set('Cookie', pair).expect(200);
      // The cookie is not a key to the api.
      await ctx.http.get('/api/v1/me').set('Cookie', pair).expect(401);

      await ctx.http.post('/api/v1/auth/logout').set('Authorization', bearer).expect(204);
      await ctx.http.get('/admin/queues').set('Cookie', pair).expect(401);
    });
  });
});

describe('observability with Redis down', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command would wait forever.
    ctx = await createApiTestContext({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(async () => {
    const redis = ctx.app.get<Redis>(REDIS);
    await ctx.close();
    // quit() leaves a client that never connected reconnecting forever; stop it by hand.
    redis.disconnect();
  });

  it('/metrics still answers with what Postgres knows and says Redis is down', async () => {
    const res = await ctx.http.get('/metrics').expect(200);
    expect(sample(res.text, 'warta_metrics_source_up', { source: 'redis' })).toBe(0);
    expect(sample(res.text, 'warta_metrics_source_up', { source: 'postgres' })).toBe(1);
    expect(sample(res.text, 'warta_posts', { platform: 'x', state: 'scheduled' })).toBe(0);
    expect(res.text).not.toMatch(/^warta_queue_jobs\{/m);
  });
});
