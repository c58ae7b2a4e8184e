import { xProblemType } from '@warta/config';
import { ApiResponseError, TwitterApi } from 'twitter-api-v2';
import { TestSandbox, startTestSandbox, xClient } from '../testing/sandbox-test-kit';

describe('X API v2 publishing and reads, driven by the real twitter-api-v2 client', () => {
  let sb: TestSandbox;
  let client: TwitterApi;
  let userId: string;
  let otherClient: TwitterApi;
  let otherId: string;

  beforeAll(async () => {
    sb = await startTestSandbox({ startAt: new Date('2026-05-02T10:00:00Z') });
    const seeded = await sb.seed({
      x: [{ username: 'humas_test', followers: 1234 }, { username: 'someone_else' }],
    });
    userId = seeded.x[0].id;
    otherId = seeded.x[1].id;
  });
  // Some tests move the virtual clock by hours or days; 2-hour tokens would die, so mint fresh ones.
  beforeEach(async () => {
    client = xClient(
      sb.xOrigin,
      (await sb.control<{ accessToken: string }>('POST', 'tokens', { platform: 'x', userId })).accessToken,
    );
    otherClient = xClient(
      sb.xOrigin,
      (await sb.control<{ accessToken: string }>('POST', 'tokens', { platform: 'x', userId: otherId }))
        .accessToken,
    );
  });
  afterAll(() => sb.close());

  it('posts a tweet, wraps links in t.co, and answers 201 with the new id', async () => {
    const res = await client.v2.tweet('Rilis: kunjungan kerja https://example.go.id/rilis/1 #humas');
    expect(res.data.id).toMatch(/^\d{19}$/);
    expect(res.data.text).toMatch(/^Rilis: kunjungan kerja https:\/\/t\.co\/\w{10} #humas$/);
    expect((res.data as { edit_history_tweet_ids?: string[] }).edit_history_tweet_ids).toEqual([res.data.id]);
  });

  it('posts a thread as a chain of replies and journals exactly one POST /2/tweets per part', async () => {
    const before = await sb.control<{ lastSeq: number }>('GET', 'requests?limit=0');
    const parts = await client.v2.tweetThread([
      'Utas 1/3 tentang layanan',
      'Utas 2/3 jadwal',
      'Utas 3/3 kontak',
    ]);
    expect(parts).toHaveLength(3);
    const journal = await sb.control<{ entries: Array<{ status: number }>; total: number }>(
      'GET',
      `requests?path=/2/tweets&method=POST&since=${before.lastSeq}`,
    );
    expect(journal.total).toBe(3);
    expect(journal.entries.every((e) => e.status === 201)).toBe(true);

    const last = await client.v2.singleTweet(parts[2].data.id, {
      'tweet.fields': ['conversation_id', 'referenced_tweets', 'in_reply_to_user_id'],
    });
    expect(last.data.conversation_id).toBe(parts[0].data.id);
    expect(last.data.referenced_tweets).toEqual([{ type: 'replied_to', id: parts[1].data.id }]);
    expect(last.data.in_reply_to_user_id).toBe(userId);
  });

  it('rejects the same text from the same author as a duplicate (403, the body from x.md §7)', async () => {
    await client.v2.tweet('Teks yang sama persis');
    const err = await client.v2.tweet('Teks yang sama persis').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiResponseError);
    expect((err as ApiResponseError).code).toBe(403);
    expect((err as ApiResponseError).data).toEqual({
      detail: 'You are not allowed to create a Tweet with duplicate content.',
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
    });
    // Another author may say the same thing.
    await expect(otherClient.v2.tweet('Teks yang sama persis')).resolves.toBeDefined();
  });

  it('measures weighted length with twitter-text: 140 CJK characters pass, 141 are rejected', async () => {
    await expect(client.v2.tweet('日'.repeat(140))).resolves.toBeDefined();
    const err = (await client.v2.tweet('日'.repeat(141)).catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(400);
    expect(err.data.type).toBe(xProblemType('invalid-request'));
    expect(err.data.errors?.[0]).toMatchObject({ parameters: { text: ['日'.repeat(141)] } });
  });

  it('honours a per-account maxWeightedLength for premium authors', async () => {
    const seeded = await sb.seed({ x: [{ username: 'premium_humas', maxWeightedLength: 4000 }] });
    const premium = xClient(sb.xOrigin, seeded.x[0].accessToken!);
    await expect(premium.v2.tweet('a'.repeat(1000))).resolves.toBeDefined();
  });

  it('reads a tweet with public and private metrics that grow with virtual time', async () => {
    const { data } = await client.v2.tweet('Metrik tumbuh seiring waktu');
    const fields = {
      'tweet.fields': ['created_at', 'public_metrics', 'non_public_metrics', 'organic_metrics'],
    } as const;
    const first = await client.v2.singleTweet(data.id, { 'tweet.fields': [...fields['tweet.fields']] });
    expect(first.data.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(first.data.public_metrics).toMatchObject({
      like_count: expect.any(Number),
      impression_count: expect.any(Number),
    });
    expect(first.data.non_public_metrics).toHaveProperty('url_link_clicks');

    await sb.control('POST', 'clock', { advanceSeconds: 6 * 3600 });
    await sb.control('POST', 'engage', { postId: data.id, likes: 5 });
    const fresh = await sb.control<{ accessToken: string }>('POST', 'tokens', { platform: 'x', userId });
    const later = await xClient(sb.xOrigin, fresh.accessToken).v2.singleTweet(data.id, {
      'tweet.fields': ['public_metrics'],
    });
    expect(later.data.public_metrics!.impression_count).toBeGreaterThan(
      first.data.public_metrics!.impression_count,
    );
    expect(later.data.public_metrics!.like_count).toBeGreaterThanOrEqual(
      first.data.public_metrics!.like_count + 5,
    );
  });

  it('serves private metrics only to the author and only for 30 days (200 + field error otherwise)', async () => {
    const { data } = await client.v2.tweet('Metrik privat');
    const asOther = await otherClient.v2.singleTweet(data.id, { 'tweet.fields': ['non_public_metrics'] });
    expect(asOther.data).toBeUndefined();
    expect(asOther.errors?.[0]).toMatchObject({
      title: 'Field Authorization Error',
      type: xProblemType('not-authorized-for-field'),
    });
    const own = await client.v2.singleTweet(data.id, { 'tweet.fields': ['non_public_metrics'] });
    expect(own.data.non_public_metrics).toBeDefined();
    await sb.control('POST', 'clock', { advanceSeconds: 31 * 86_400 });
    // The 2-hour token expired meanwhile: mint a fresh one for the same user.
    const fresh = await sb.control<{ accessToken: string }>('POST', 'tokens', { platform: 'x', userId });
    const author = xClient(sb.xOrigin, fresh.accessToken);
    const old = await author.v2.singleTweet(data.id, { 'tweet.fields': ['non_public_metrics'] });
    expect(old.errors?.[0]).toMatchObject({ parameter: 'non_public_metrics' });
    const pub = await author.v2.singleTweet(data.id, { 'tweet.fields': ['public_metrics'] });
    expect(pub.data.public_metrics).toBeDefined();
  });

  it('deletes a tweet; reading it afterwards gives 200 with resource-not-found', async () => {
    const { data } = await client.v2.tweet('Akan dihapus');
    await expect(client.v2.deleteTweet(data.id)).resolves.toEqual({ data: { deleted: true } });
    const read = await client.v2.singleTweet(data.id);
    expect(read.data).toBeUndefined();
    expect(read.errors?.[0]).toMatchObject({
      type: xProblemType('resource-not-found'),
      resource_id: data.id,
    });
    const many = await client.v2.tweets([data.id, '1']);
    expect(many.errors).toHaveLength(2);
  });

  it('answers users/me with public metrics that count new posts', async () => {
    const before = await client.v2.me({ 'user.fields': ['public_metrics'] });
    expect(before.data).toMatchObject({ id: userId, username: 'humas_test' });
    expect(before.data.public_metrics!.followers_count).toBe(1234);
    await client.v2.tweet('Satu lagi untuk hitungan');
    const after = await client.v2.me({ 'user.fields': ['public_metrics'] });
    expect(after.data.public_metrics!.tweet_count).toBe(before.data.public_metrics!.tweet_count! + 1);
  });

  it('lists the user timeline newest first, filtered by start_time and paginated (reconciliation)', async () => {
    const start = (await sb.control<{ now: string }>('GET', 'clock')).now;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await client.v2.tweet(`Rekonsiliasi ${i}`)).data.id);
    const page = await client.v2.userTimeline(userId, {
      start_time: start,
      max_results: 5,
      'tweet.fields': ['created_at'],
    });
    expect(page.tweets.map((t) => t.id)).toEqual(ids.slice(2).reverse());
    expect(page.meta.next_token).toBeDefined();
    await page.fetchNext();
    expect(page.tweets.map((t) => t.id)).toEqual([...ids].reverse());
    expect(page.done).toBe(true);
  });

  it('rejects unknown tweet.fields values with invalid-request', async () => {
    const err = (await client.v2
      .singleTweet('1900000000000000001', { 'tweet.fields': ['bogus' as never] })
      .catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(400);
    expect(err.data.errors?.[0]).toMatchObject({ parameters: { 'tweet.fields': ['bogus'] } });
  });

  it('answers 403 client-forbidden when the token lacks tweet.write', async () => {
    const seeded = await sb.seed({ x: [{ username: 'read_only', scopes: ['tweet.read', 'users.read'] }] });
    const ro = xClient(sb.xOrigin, seeded.x[0].accessToken!);
    const err = (await ro.v2.tweet('tidak boleh').catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(403);
    expect(err.data).toMatchObject({
      title: 'Forbidden',
      type: xProblemType('client-forbidden'),
      status: 403,
    });
  });

  it('expires access tokens after 2 hours of virtual time with the bare 401 body', async () => {
    const seeded = await sb.seed({ x: [{ username: 'expiring' }] });
    const c = xClient(sb.xOrigin, seeded.x[0].accessToken!);
    await expect(c.v2.me()).resolves.toBeDefined();
    await sb.control('POST', 'clock', { advanceSeconds: 7201 });
    const err = (await c.v2.me().catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(401);
    expect(err.isAuthError).toBe(true);
    expect(err.data).toEqual({
      title: 'Unauthorized',
      type: 'about:blank',
      status: 401,
      detail: 'Unauthorized',
    });
  });

  it('rejects a reply to a deleted tweet', async () => {
    const { data } = await client.v2.tweet('Induk yang dihapus');
    await client.v2.deleteTweet(data.id);
    const err = (await client.v2.reply('balasan', data.id).catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(403);
  });
});
