import { createServer } from 'node:net';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { seedDemoAccounts, TokenVault } from '@warta/accounts';
import { configFromEnv } from '@warta/config';
import { createRedisConnection } from '@warta/queue';
import fixture from '../../../libs/composer/src/__fixtures__/rutan-bengkulu-kehumasan.json';
import { ApiTestContext, createApiTestContext } from '../../api/test/api-test-context';
import { startTestSandbox, TestSandbox } from '../../sandbox/src/testing/sandbox-test-kit';
import { DispatchReconcilerTimer } from '../src/publishing/dispatch-reconciler.timer';
import { WorkerModule } from '../src/worker.module';

interface SandboxState {
  x: {
    tweets: { id: string; text: string; createdAt: string; username: string; inReplyToId: string | null }[];
  };
  facebook: { posts: { id: string; message: string; createdAt: string; live: boolean }[] };
  instagram: { media: { id: string; caption: string; createdAt: string; permalink: string }[] };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The whole publishing path with nothing mocked: the api (over HTTP, for the platforms to fetch
 * media), a worker in this process, real Postgres and Redis, and the platform sandbox. The sandbox's
 * own record is what counts: each post must be there exactly once, never before its time.
 */
describe('publishing end to end (api + worker + Postgres + Redis + sandbox)', () => {
  let ctx: ApiTestContext;
  let sb: TestSandbox;
  let worker: INestApplicationContext;
  let editor: string;
  let approver: string;
  let prefix: string;

  beforeAll(async () => {
    sb = await startTestSandbox();
    const port = await freePort();
    ctx = await createApiTestContext({
      X_API_ORIGIN: sb.xOrigin,
      GRAPH_ORIGIN: sb.graphOrigin,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      WORKER_HEALTH_PORT: '0',
      CONNECTOR_TIMEOUT_MS: '3000',
      PUBLISH_LEASE_MS: '8000',
      RECONCILE_EVERY_MS: '600000',
    });
    await ctx.app.listen(port, '127.0.0.1');
    prefix = configFromEnv().queuePrefix;
    await seedDemoAccounts(
      ctx.dataSource,
      ctx.app.get(TokenVault),
      { graphOrigin: sb.graphOrigin },
      {
        units: ['rutan-bengkulu'],
      },
    );
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    editor = await ctx.tokenFor('editor.rutan');
    approver = await ctx.tokenFor('approver.rutan');
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
    await sb?.close();
  });

  const state = () => sb.control<SandboxState>('GET', 'state');

  /** Creates the fixture release with a unique marker, drafts, submits and approves it. */
  async function approvedRelease(
    marker: string,
    options: Record<string, unknown> = {},
  ): Promise<{
    id: string;
    drafts: { id: string; platform: string; version: number; thread?: string[] }[];
  }> {
    const release = await ctx.http
      .post('/api/v1/releases')
      .set('Authorization', editor)
      .send({
        organizationId: ctx.org('rutan-bengkulu'),
        title: `${fixture.title} ${marker}`,
        body: `${marker} ${fixture.body}`,
      })
      .expect(201);
    const drafts = await ctx.http
      .post(`/api/v1/releases/${release.body.id}/drafts`)
      .set('Authorization', editor)
      .send({ options })
      .expect(201);
    // Every draft carries the marker, so the sandbox's posts can be told apart.
    for (const d of drafts.body.items) {
      const thread = (d.thread as string[] | undefined)?.map((t, i) =>
        `${marker}/${i + 1} ${t}`.slice(0, 200),
      );
      await ctx.http
        .patch(`/api/v1/drafts/${d.id}`)
        .set('Authorization', editor)
        .send({
          version: d.version,
          text: thread ? thread[0] : `${marker} ${d.text ?? ''}`.slice(0, 200),
          ...(thread ? { thread } : {}),
          ...(d.platform === 'facebook' ? { firstComment: `${marker} komentar pertama` } : {}),
        })
        .expect(200);
    }
    const current = await ctx.http
      .get(`/api/v1/releases/${release.body.id}`)
      .set('Authorization', editor)
      .expect(200);
    await ctx.http
      .post(`/api/v1/releases/${release.body.id}/submit`)
      .set('Authorization', editor)
      .send({ version: current.body.version })
      .expect(200);
    await ctx.http
      .post(`/api/v1/releases/${release.body.id}/approve`)
      .set('Authorization', approver)
      .send({ version: current.body.version + 1 })
      .expect(200);
    const list = await ctx.http
      .get(`/api/v1/releases/${release.body.id}/drafts`)
      .set('Authorization', editor)
      .expect(200);
    return { id: release.body.id, drafts: list.body.items };
  }

  async function waitForStates(ids: string[], states: string[], timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows: { id: string; state: string }[] = await ctx.dataSource.query(
        `SELECT id, state FROM posts WHERE id = ANY($1)`,
        [ids],
      );
      if (rows.length === ids.length && rows.every((r) => states.includes(r.state))) return rows;
      if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(rows)}`);
      await sleep(200);
    }
  }

  /** The posts' permalinks once every one has its link (Instagram's comes a few seconds later). */
  async function waitForPermalinks(ids: string[], timeoutMs = 20_000): Promise<Map<string, string>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rows: { id: string; permalink: string | null }[] = await ctx.dataSource.query(
        `SELECT id, permalink FROM posts WHERE id = ANY($1)`,
        [ids],
      );
      if (rows.length === ids.length && rows.every((r) => r.permalink)) {
        return new Map(rows.map((r) => [r.id, r.permalink!]));
      }
      if (Date.now() > deadline) throw new Error(`permalinks missing: ${JSON.stringify(rows)}`);
      await sleep(200);
    }
  }

  function countOnPlatforms(s: SandboxState, marker: string) {
    return {
      x: s.x.tweets.filter((t) => t.text.includes(marker) && !t.inReplyToId),
      facebook: s.facebook.posts.filter((p) => p.message?.includes(marker)),
      instagram: s.instagram.media.filter((m) => m.caption?.includes(marker)),
    };
  }

  it('schedules an approved release on X, Facebook and Instagram; each goes out once, not before its time, with permalinks and an audit trail', async () => {
    const marker = 'M1-' + Date.now();
    const { id, drafts } = await approvedRelease(marker);
    expect(drafts.map((d) => d.platform).sort()).toEqual(['facebook', 'instagram', 'x']);
    const publishAt = new Date(Date.now() + 3_000);
    const scheduled = await ctx.http
      .post(`/api/v1/releases/${id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'at', publishAt: publishAt.toISOString().replace('Z', '+00:00') })
      .expect(200);
    expect(scheduled.body.items).toHaveLength(3);
    expect(scheduled.body.items.every((p: { state: string }) => p.state === 'scheduled')).toBe(true);
    // The answer speaks the node's zone (WIB, +07:00).
    expect(scheduled.body.items[0].publishAt).toMatch(/\+07:00$/);

    await waitForStates(
      drafts.map((d) => d.id),
      ['published'],
    );
    const found = countOnPlatforms(await state(), marker);
    for (const platform of ['x', 'facebook', 'instagram'] as const) {
      expect(found[platform]).toHaveLength(1);
      expect(new Date(found[platform][0].createdAt).getTime()).toBeGreaterThanOrEqual(
        publishAt.getTime() - 5,
      );
    }
    // Instagram answers with an id only: its link is read back after the commit, by the repeatable
    // ResolvePermalinks job (every 5 s), from one read of the account's recent media.
    const links = await waitForPermalinks(drafts.map((d) => d.id));
    const ig = drafts.find((d) => d.platform === 'instagram')!;
    expect(links.get(ig.id)).toBe(found.instagram[0].permalink);
    const perMediaReads = await sb.control<{ total: number }>(
      'GET',
      `requests?method=GET&pathRegex=${encodeURIComponent(`/${found.instagram[0].id}$`)}`,
    );
    expect(perMediaReads.total).toBe(0);
    for (const d of drafts) {
      const post = await ctx.http.get(`/api/v1/posts/${d.id}`).set('Authorization', editor).expect(200);
      expect(post.body.state).toBe('published');
      expect(post.body.permalink).toMatch(/^https?:\/\//);
      const sends = post.body.attempts.filter((a: { kind: string; outcome: string }) => a.kind === 'post');
      expect(sends.map((a: { outcome: string }) => a.outcome)).toEqual(['sent']);
    }
    const audit: { action: string }[] = await ctx.dataSource.query(
      `SELECT action FROM audit_events WHERE subject_id = ANY($1) OR subject_id = $2 ORDER BY id`,
      [drafts.map((d) => d.id), id],
    );
    const actions = audit.map((a) => a.action);
    for (const a of [
      'release.created',
      'release.submitted',
      'release.approved',
      'post.scheduled',
      'post.published',
    ]) {
      expect(actions).toContain(a);
    }
  }, 60_000);

  it('refuses to schedule a release that is not approved under a review policy', async () => {
    const release = await ctx.http
      .post('/api/v1/releases')
      .set('Authorization', editor)
      .send({ organizationId: ctx.org('rutan-bengkulu'), title: 'Belum disetujui', body: fixture.body })
      .expect(201);
    await ctx.http
      .post(`/api/v1/releases/${release.body.id}/drafts`)
      .set('Authorization', editor)
      .send({})
      .expect(201);
    const res = await ctx.http
      .post(`/api/v1/releases/${release.body.id}/schedule`)
      .set('Authorization', editor)
      .set('Accept-Language', 'en')
      .send({ mode: 'now' })
      .expect(409);
    expect(res.body.error.code).toBe('RELEASE_NOT_APPROVED');
    expect(res.body.error.message).toMatch(/approved/);
  });

  it('a cancelled post never goes out; an edit under a review policy withdraws the approval and unschedules', async () => {
    const marker = 'M2-' + Date.now();
    const { id, drafts } = await approvedRelease(marker);
    const x = drafts.find((d) => d.platform === 'x')!;
    const fb = drafts.find((d) => d.platform === 'facebook')!;
    const publishAt = new Date(Date.now() + 2_500).toISOString();
    const scheduled = await ctx.http
      .post(`/api/v1/releases/${id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'at', publishAt, postIds: [x.id, fb.id] })
      .expect(200);
    const byId = new Map(scheduled.body.items.map((p: { id: string; version: number }) => [p.id, p.version]));
    await ctx.http
      .post(`/api/v1/posts/${fb.id}/cancel`)
      .set('Authorization', editor)
      .send({ version: byId.get(fb.id), reason: 'salah tanggal' })
      .expect(200);
    const edited = await ctx.http
      .patch(`/api/v1/drafts/${x.id}`)
      .set('Authorization', editor)
      .send({ version: byId.get(x.id), text: `${marker} teks yang diubah tanpa persetujuan` })
      .expect(200);
    expect(edited.body.state).toBe('draft');
    const release = await ctx.http.get(`/api/v1/releases/${id}`).set('Authorization', editor).expect(200);
    expect(release.body.status).toBe('draft');
    await sleep(4_000);
    const found = countOnPlatforms(await state(), marker);
    expect(found.facebook).toHaveLength(0);
    expect(found.x).toHaveLength(0);
    const rows: { id: string; state: string }[] = await ctx.dataSource.query(
      `SELECT id, state FROM posts WHERE id = ANY($1)`,
      [[x.id, fb.id]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.state]))).toEqual({
      [x.id]: 'draft',
      [fb.id]: 'cancelled',
    });
  }, 60_000);

  it('under policy none an edit keeps the post scheduled as a new version: only the new text goes out', async () => {
    const marker = 'M2b-' + Date.now();
    const { id, drafts } = await approvedRelease(marker);
    await ctx.dataSource.query(`UPDATE organizations SET approval_policy = 'none' WHERE id = $1`, [
      ctx.org('rutan-bengkulu'),
    ]);
    try {
      const x = drafts.find((d) => d.platform === 'x')!;
      const publishAt = new Date(Date.now() + 2_500).toISOString();
      const [scheduled] = (
        await ctx.http
          .post(`/api/v1/releases/${id}/schedule`)
          .set('Authorization', editor)
          .send({ mode: 'at', publishAt, postIds: [x.id] })
          .expect(200)
      ).body.items;
      const edited = await ctx.http
        .patch(`/api/v1/drafts/${x.id}`)
        .set('Authorization', editor)
        .send({ version: scheduled.version, text: `${marker} teks yang diperbaiki` })
        .expect(200);
      expect(edited.body.state).toBe('scheduled');
      expect(edited.body.version).toBe(scheduled.version + 1);
      await waitForStates([x.id], ['published']);
      await sleep(500);
      const found = countOnPlatforms(await state(), marker);
      expect(found.x).toHaveLength(1);
      expect(found.x[0].text).toContain('teks yang diperbaiki');
    } finally {
      await ctx.dataSource.query(`UPDATE organizations SET approval_policy = 'single_step' WHERE id = $1`, [
        ctx.org('rutan-bengkulu'),
      ]);
    }
  }, 60_000);

  it('a send whose answer is lost after the platform committed is reconciled, never sent twice', async () => {
    const marker = 'M3-' + Date.now();
    const { id, drafts } = await approvedRelease(marker);
    const x = drafts.find((d) => d.platform === 'x')!;
    const fb = drafts.find((d) => d.platform === 'facebook')!;
    await sb.control('POST', 'faults', {
      rules: [
        { method: 'POST', pathRegex: '^/2/tweets$', nth: 1, action: { drop: 'afterCommit' } },
        { method: 'POST', pathRegex: '/feed$', nth: 1, action: { drop: 'afterCommit' } },
      ],
    });
    await ctx.http
      .post(`/api/v1/releases/${id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'now', postIds: [x.id, fb.id] })
      .expect(200);
    await waitForStates([x.id, fb.id], ['published'], 40_000);
    const found = countOnPlatforms(await state(), marker);
    expect(found.x).toHaveLength(1);
    expect(found.facebook).toHaveLength(1);
    const attempts: { outcome: string }[] = await ctx.dataSource.query(
      `SELECT outcome FROM publish_attempts WHERE post_id = $1 AND kind = 'post' ORDER BY started_at`,
      [x.id],
    );
    expect(attempts.map((a) => a.outcome)).toEqual(['found']);
    await sb.control('DELETE', 'faults');
  }, 60_000);

  it('a 5xx before the platform committed: reconciled as absent, then sent once', async () => {
    const marker = 'M4-' + Date.now();
    const { id, drafts } = await approvedRelease(marker);
    const x = drafts.find((d) => d.platform === 'x')!;
    await sb.control('POST', 'faults', {
      rules: [
        {
          method: 'POST',
          pathRegex: '^/2/tweets$',
          nth: 1,
          action: { status: 503, body: { title: 'Service Unavailable' } },
        },
      ],
    });
    await ctx.http
      .post(`/api/v1/releases/${id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'now', postIds: [x.id] })
      .expect(200);
    await waitForStates([x.id], ['published'], 40_000);
    expect(countOnPlatforms(await state(), marker).x).toHaveLength(1);
    const attempts: { outcome: string }[] = await ctx.dataSource.query(
      `SELECT outcome FROM publish_attempts WHERE post_id = $1 AND kind = 'post' ORDER BY started_at`,
      [x.id],
    );
    expect(attempts.map((a) => a.outcome)).toEqual(['absent', 'sent']);
    await sb.control('DELETE', 'faults');
  }, 60_000);

  it('the reconciler heals a Redis flush: the posts whose jobs vanished still go out, once', async () => {
    const marker = 'M5-' + Date.now();
    const { id, drafts } = await approvedRelease(marker);
    const publishAt = new Date(Date.now() + 2_000).toISOString();
    await ctx.http
      .post(`/api/v1/releases/${id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'at', publishAt })
      .expect(200);
    // Lose every job of this run's queues, as FLUSHALL would.
    const redis = createRedisConnection(configFromEnv().redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await sleep(2_500);
    const before: { state: string }[] = await ctx.dataSource.query(
      `SELECT state FROM posts WHERE id = ANY($1)`,
      [drafts.map((d) => d.id)],
    );
    // Nothing drove them: still waiting (Instagram may have been prepared ahead of its minute).
    expect(before.every((r) => ['scheduled', 'queued', 'ready'].includes(r.state))).toBe(true);
    await worker.get(DispatchReconcilerTimer).runOnce();
    await waitForStates(
      drafts.map((d) => d.id),
      ['published'],
    );
    const found = countOnPlatforms(await state(), marker);
    expect([found.x.length, found.facebook.length, found.instagram.length]).toEqual([1, 1, 1]);
  }, 60_000);

  it('a post too late to be current goes to NEEDS_REVIEW and notifies; a person resolves it', async () => {
    const marker = 'M6-' + Date.now();
    const { id, drafts } = await approvedRelease(marker);
    const x = drafts.find((d) => d.platform === 'x')!;
    await ctx.http
      .post(`/api/v1/releases/${id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'at', publishAt: new Date(Date.now() + 60 * 60_000).toISOString(), postIds: [x.id] })
      .expect(200);
    // As if the workers had all been down for 20 minutes past its time.
    await ctx.dataSource.query(`UPDATE posts SET publish_at = now() - interval '20 minutes' WHERE id = $1`, [
      x.id,
    ]);
    await worker.get(DispatchReconcilerTimer).runOnce();
    const [row] = await ctx.dataSource.query(
      `SELECT state, last_error_class, version FROM posts WHERE id = $1`,
      [x.id],
    );
    expect(row).toMatchObject({ state: 'needs_review', last_error_class: 'too_late' });
    const notes = await ctx.http.get('/api/v1/notifications').set('Authorization', editor).expect(200);
    expect(
      notes.body.items.some(
        (n: { postId: string; kind: string }) => n.postId === x.id && n.kind === 'post_needs_review',
      ),
    ).toBe(true);
    expect(countOnPlatforms(await state(), marker).x).toHaveLength(0);

    const bad = await ctx.http
      .post(`/api/v1/posts/${x.id}/resolve`)
      .set('Authorization', editor)
      .send({ version: row.version, action: 'mark_published', reason: 'sudah dicek' })
      .expect(400);
    expect(bad.body.error.details[0].field).toBe('permalink');
    const again = await ctx.http
      .post(`/api/v1/posts/${x.id}/resolve`)
      .set('Authorization', editor)
      .send({ version: row.version, action: 'send_again', reason: 'masih relevan' })
      .expect(200);
    expect(again.body.state).toBe('scheduled');
    await waitForStates([x.id], ['published']);
    expect(countOnPlatforms(await state(), marker).x).toHaveLength(1);
    const audit = await ctx.dataSource.query(
      `SELECT action, reason FROM audit_events WHERE subject_id = $1 AND action = 'post.resolved'`,
      [x.id],
    );
    expect(audit).toEqual([{ action: 'post.resolved', reason: 'masih relevan' }]);
  }, 60_000);

  it('thread parts and a first comment are their own sends, each once; a part whose outcome is unknown is reported, never resent', async () => {
    const marker = 'M8-' + Date.now();
    const { id, drafts } = await approvedRelease(marker, { xThread: true });
    const x = drafts.find((d) => d.platform === 'x')!;
    const fb = drafts.find((d) => d.platform === 'facebook')!;
    expect(x.thread!.length).toBeGreaterThanOrEqual(3);
    await ctx.http
      .post(`/api/v1/releases/${id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'now', postIds: [x.id, fb.id] })
      .expect(200);
    await waitForStates([x.id, fb.id], ['published']);
    // Follow-ups come right after the post; wait for all of them (a loaded host takes longer).
    const followUpsIn = async () => {
      const st = await state();
      const gb = await sb.control<{ facebook: { comments: { message: string }[] } }>('GET', 'state');
      return (
        st.x.tweets.filter((t) => t.text.includes(marker) && t.inReplyToId).length >= x.thread!.length - 1 &&
        gb.facebook.comments.some((c) => c.message?.includes(marker))
      );
    };
    for (const until = Date.now() + 20_000; Date.now() < until && !(await followUpsIn());) await sleep(200);
    await sleep(300); // and nothing more than them
    const s = await state();
    const root = s.x.tweets.find((t) => t.text.startsWith(`${marker}/1 `))!;
    const replies = s.x.tweets.filter((t) => t.text.includes(marker) && t.inReplyToId);
    expect(replies).toHaveLength(x.thread!.length - 1);
    // Each part answers the one before it.
    let parent = root.id;
    for (let i = 2; i <= x.thread!.length; i++) {
      const part = replies.find((t) => t.text.startsWith(`${marker}/${i} `))!;
      expect(part.inReplyToId).toBe(parent);
      parent = part.id;
    }
    const comments: { message: string }[] = (
      await sb.control<{ facebook: { comments: { message: string }[] } }>('GET', 'state')
    ).facebook.comments.filter((c) => c.message?.includes(marker));
    expect(comments).toHaveLength(1);
    const [xRow] = await ctx.dataSource.query(`SELECT child_ids FROM posts WHERE id = $1`, [x.id]);
    expect(xRow.child_ids).toHaveLength(x.thread!.length - 1);

    // A second thread whose part 2 is lost after the platform committed: reported, not resent.
    const marker2 = 'M9-' + Date.now();
    const second = await approvedRelease(marker2, { xThread: true });
    const x2 = second.drafts.find((d) => d.platform === 'x')!;
    await sb.control('POST', 'faults', {
      rules: [{ method: 'POST', pathRegex: '^/2/tweets$', nth: 2, action: { drop: 'afterCommit' } }],
    });
    await ctx.http
      .post(`/api/v1/releases/${second.id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'now', postIds: [x2.id] })
      .expect(200);
    await waitForStates([x2.id], ['published']);
    const deadline = Date.now() + 15_000;
    let row: { last_error_class: string | null } | undefined;
    while (Date.now() < deadline) {
      [row] = await ctx.dataSource.query(`SELECT last_error_class FROM posts WHERE id = $1`, [x2.id]);
      if (row?.last_error_class) break;
      await sleep(200);
    }
    expect(row?.last_error_class).toBe('follow_up_failed');
    const parts = (await state()).x.tweets.filter((t) => t.text.startsWith(`${marker2}/2 `));
    expect(parts).toHaveLength(1); // went out once (the answer was lost), never again
    expect((await state()).x.tweets.filter((t) => t.text.startsWith(`${marker2}/3 `))).toHaveLength(0);
    const notes = await ctx.http.get('/api/v1/notifications').set('Authorization', editor).expect(200);
    expect(
      notes.body.items.some(
        (n: { postId: string; reason: string }) => n.postId === x2.id && n.reason === 'follow_up_failed',
      ),
    ).toBe(true);
    await sb.control('DELETE', 'faults');
  }, 90_000);

  it('an Instagram container still processing is re-checked by a delayed job, then published once', async () => {
    await sb.control('POST', 'profile', { instagram: { imageProcessingSeconds: 4 } });
    const marker = 'M10-' + Date.now();
    const { id, drafts } = await approvedRelease(marker);
    const ig = drafts.find((d) => d.platform === 'instagram')!;
    await sb.control('DELETE', 'requests');
    await ctx.http
      .post(`/api/v1/releases/${id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'now', postIds: [ig.id] })
      .expect(200);
    // While the container processes, the post waits in QUEUED with its container, holding no lease.
    const deadline = Date.now() + 10_000;
    let waiting: { state: string; container_id: string | null; lease_owner: string | null } | undefined;
    while (Date.now() < deadline) {
      [waiting] = await ctx.dataSource.query(
        `SELECT state, container_id, lease_owner FROM posts WHERE id = $1`,
        [ig.id],
      );
      if (waiting?.state === 'queued' && waiting.container_id) break;
      await sleep(100);
    }
    expect(waiting).toMatchObject({ state: 'queued', lease_owner: null });
    expect(waiting!.container_id).toBeTruthy();
    await waitForStates([ig.id], ['published']);
    const publishes = await sb.control<{ entries: unknown[] }>(
      'GET',
      'requests?pathRegex=media_publish&method=POST',
    );
    expect(publishes.entries).toHaveLength(1);
    expect(countOnPlatforms(await state(), marker).instagram).toHaveLength(1);
    await sb.control('POST', 'profile', { instagram: { imageProcessingSeconds: 1 } });
  }, 60_000);

  it('a revoked token parks the post and marks the account for reconnecting', async () => {
    const marker = 'M7-' + Date.now();
    const { id, drafts } = await approvedRelease(marker);
    const fb = drafts.find((d) => d.platform === 'facebook')!;
    await sb.control('POST', 'faults', {
      rules: [
        {
          method: 'POST',
          pathRegex: '/feed$',
          nth: 1,
          action: {
            status: 400,
            body: {
              error: { message: 'Session revoked', type: 'OAuthException', code: 190, error_subcode: 460 },
            },
          },
        },
      ],
    });
    await ctx.http
      .post(`/api/v1/releases/${id}/schedule`)
      .set('Authorization', editor)
      .send({ mode: 'now', postIds: [fb.id] })
      .expect(200);
    await waitForStates([fb.id], ['retry_wait']);
    const [row] = await ctx.dataSource.query(
      `SELECT p.last_error_class, s.status FROM posts p JOIN social_accounts s ON s.id = p.social_account_id WHERE p.id = $1`,
      [fb.id],
    );
    expect(row).toEqual({ last_error_class: 'account_needs_reconnect', status: 'needs_reconnect' });
    expect(countOnPlatforms(await state(), marker).facebook).toHaveLength(0);
    await sb.control('DELETE', 'faults');
  }, 60_000);
});
