import { aConnectedAccount, aScheduledPost } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';

interface PostDetail {
  id: string;
  state: string;
  version: number;
  content: { text: string };
  attempts: { kind: string; outcome: string; errorClass: string | null; error: string | null }[];
  metrics: Record<string, number | string | null> | null;
  history: { action: string; actorId: string | null; actorEmail: string | null; reason: string | null }[];
}

/** GET /api/v1/posts/:id: attempts, the latest metrics (unknown is null, never 0) and the audited changes. */
describe('GET /api/v1/posts/:id (real Postgres)', () => {
  let ctx: ApiTestContext;
  let editor: string;
  let postId: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    editor = await ctx.tokenFor('editor.rutan');
    const account = await aConnectedAccount(ctx.dataSource, {
      organizationId: ctx.org('rutan-bengkulu'),
      platform: 'facebook',
    });
    // Scheduled at version 2, two days ahead; its content is the composed 'Isi rilis.'.
    const post = await aScheduledPost(ctx.dataSource, {
      socialAccountId: account.id,
      publishAt: new Date(Date.now() + 2 * 24 * 60 * 60 * 1000),
    });
    postId = post.id;
  });
  afterAll(() => ctx.close());

  const detail = async (auth = editor, status = 200) => {
    const res = await ctx.http.get(`/api/v1/posts/${postId}`).set('Authorization', auth);
    expect(res.status).toBe(status);
    return res.body as PostDetail;
  };

  it('before anything happened: no attempts, no metrics (null, not zeros), no history', async () => {
    const d = await detail();
    expect(d).toMatchObject({
      state: 'scheduled',
      content: { text: 'Isi rilis.' },
      actions: ['schedule', 'edit', 'cancel'],
    });
    expect(d.attempts).toEqual([]);
    expect(d.metrics).toBeNull();
    expect(d.history).toEqual([]);
  });

  it('attempts carry their outcome, the error kind and the platform message', async () => {
    await ctx.dataSource.query(
      `INSERT INTO publish_attempts (post_id, post_version, kind, worker_id, started_at, finished_at, outcome, error_class, error_message)
       VALUES ($1, 2, 'post', 'w1', now() - interval '1 minute', now(), 'rejected', 'rate_limited', 'Application request limit reached')`,
      [postId],
    );
    expect((await detail()).attempts).toEqual([
      expect.objectContaining({
        kind: 'post',
        outcome: 'rejected',
        errorClass: 'rate_limited',
        error: 'Application request limit reached',
      }),
    ]);
  });

  // Fails before this change: attempts were given in UTC ("...Z") while the post's times are in WIB.
  it("attempt times are in the node's zone, like the post's own times", async () => {
    const d = (await detail()) as PostDetail & {
      publishAt: string;
      attempts: { startedAt: string; finishedAt: string | null }[];
    };
    expect(d.publishAt).toMatch(/\+07:00$/);
    expect(d.attempts.length).toBeGreaterThan(0);
    for (const a of d.attempts) {
      expect(a.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+07:00$/);
      expect(a.finishedAt).toMatch(/\+07:00$/);
    }
  });

  it('metrics are the latest snapshot; a counter the platform did not report stays null, a real 0 stays 0', async () => {
    await ctx.dataSource.query(
      `INSERT INTO metric_snapshots (post_id, organization_id, social_account_id, platform, captured_at,
         views, reach, likes, comments, shares, saves, clicks, source)
       SELECT id, organization_id, social_account_id, platform, t, v, NULL, 0, 3, NULL, NULL, 1, 'test'
         FROM posts, (VALUES (now() - interval '1 day', 10), (now() - interval '1 hour', 50)) AS s(t, v)
        WHERE id = $1`,
      [postId],
    );
    expect((await detail()).metrics).toEqual({
      // In the node's zone like every time on the post (it was UTC).
      capturedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*\+07:00$/),
      views: 50,
      reach: null,
      likes: 0,
      comments: 3,
      shares: null,
      saves: null,
      clicks: 1,
    });
  });

  it("the changes people made are its history, oldest first, with who and why; Medan's editor gets 404", async () => {
    const cancel = await ctx.http
      .post(`/api/v1/posts/${postId}/cancel`)
      .set('Authorization', editor)
      .send({ version: 2, reason: 'Acara ditunda' });
    expect(cancel.status).toBe(200);
    const d = await detail();
    expect(d.state).toBe('cancelled');
    expect(d).toMatchObject({ actions: [] });
    expect(d.history).toEqual([
      expect.objectContaining({
        action: 'post.cancelled',
        actorId: ctx.userId('editor.rutan'),
        actorEmail: 'editor.rutan@warta.local',
        reason: 'Acara ditunda',
        at: expect.stringMatching(/\+07:00$/),
      }),
    ]);
    const medan = await ctx.http
      .get(`/api/v1/posts/${postId}`)
      .set('Authorization', await ctx.tokenFor('editor.medan'));
    expect(medan.status).toBe(404);
  });
});
