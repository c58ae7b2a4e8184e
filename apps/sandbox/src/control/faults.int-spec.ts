import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { GraphErrorBody, TestSandbox, graph, startTestSandbox, xClient } from '../testing/sandbox-test-kit';

describe('fault injection and Graph rate limits', () => {
  let sb: TestSandbox;
  let xToken: string;
  let xUserId: string;
  let pageId: string;
  let pageToken: string;

  beforeAll(async () => {
    sb = await startTestSandbox();
    const seeded = await sb.seed({
      x: [{ username: 'fault_x' }],
      facebook: [{ name: 'Fault FB', pages: [{ name: 'Fault Page', instagram: { username: 'fault.ig' } }] }],
    });
    xToken = seeded.x[0].accessToken!;
    xUserId = seeded.x[0].id;
    pageId = seeded.facebook[0].pages[0].id;
    pageToken = seeded.facebook[0].pages[0].accessToken!;
  });
  afterEach(() => sb.control('DELETE', 'faults'));
  afterAll(() => sb.close());

  it('injects an X 429 with rate headers the library parses, and stores nothing', async () => {
    await sb.control('POST', 'faults', [
      { method: 'POST', pathRegex: '^/2/tweets$', nth: 1, action: { status: 429 } },
    ]);
    const c = xClient(sb.xOrigin, xToken);
    const err = (await c.v2.tweet('kena batas').catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(429);
    expect(err.rateLimit?.remaining).toBe(0);
    expect(err.rateLimit!.reset).toBeGreaterThan(Date.now() / 1000);
    const timeline = await c.v2.userTimeline(xUserId);
    expect(timeline.tweets.map((t) => t.text)).not.toContain('kena batas');
    // nth: 1 fires once; the retry goes through.
    await expect(c.v2.tweet('kena batas')).resolves.toBeDefined();
  });

  it('drops the connection after commit: the client sees a request error, but the tweet exists', async () => {
    await sb.control('POST', 'faults', {
      rules: [{ method: 'POST', pathRegex: '^/2/tweets$', action: { drop: 'afterCommit' }, times: 1 }],
    });
    const c = xClient(sb.xOrigin, xToken);
    const err = await c.v2.tweet('terkirim tapi tak terjawab').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    const timeline = await c.v2.userTimeline(xUserId, { max_results: 5 });
    expect(timeline.tweets[0].text).toBe('terkirim tapi tak terjawab');
    const journal = await sb.control<{
      entries: Array<{ status: number; fault: { effect: string } | null }>;
    }>('GET', 'requests?path=/2/tweets&method=POST');
    const dropped = journal.entries.filter((e) => e.status === 0);
    expect(dropped).toHaveLength(1);
    expect(dropped[0].fault?.effect).toMatch(/dropped after commit/);
  });

  it('drops before commit: nothing is stored', async () => {
    await sb.control('POST', 'faults', [
      { method: 'POST', pathRegex: '^/2/tweets$', nth: 1, action: { drop: 'beforeCommit' } },
    ]);
    const c = xClient(sb.xOrigin, xToken);
    await expect(c.v2.tweet('tidak pernah tersimpan')).rejects.toBeInstanceOf(ApiRequestError);
    const state = await sb.control<{ x: { tweets: Array<{ sentText: string }> } }>('GET', 'state');
    expect(state.x.tweets.map((t) => t.sentText)).not.toContain('tidak pernah tersimpan');
  });

  it('truncates a body so the client gets a partial response', async () => {
    await sb.control('POST', 'faults', [
      { method: 'GET', pathRegex: '^/2/users/me$', nth: 1, action: { truncate: true } },
    ]);
    const err = await xClient(sb.xOrigin, xToken)
      .v2.me()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiPartialResponseError);
  });

  it('answers a slow response with delayMs (beyond a client timeout)', async () => {
    await sb.control('POST', 'faults', [
      { origin: 'graph', method: 'GET', pathRegex: `/${pageId}$`, nth: 1, action: { delayMs: 400 } },
    ]);
    const ctl = AbortSignal.timeout(100);
    await expect(
      fetch(`${sb.graphOrigin}/${pageId}?access_token=${pageToken}`, { signal: ctl }),
    ).rejects.toThrow();
  });

  it('drops the Graph feed post after commit: published_posts reconciliation finds it', async () => {
    await sb.control('POST', 'faults', [
      {
        origin: 'graph',
        method: 'POST',
        pathRegex: `/${pageId}/feed$`,
        nth: 1,
        action: { drop: 'afterCommit' },
      },
    ]);
    await expect(
      graph(sb.graphOrigin, 'POST', `/v25.0/${pageId}/feed`, {
        message: 'Hilang di jalan',
        access_token: pageToken,
      }),
    ).rejects.toThrow();
    const listing = await graph<{ data: Array<{ message: string }> }>(
      sb.graphOrigin,
      'GET',
      `/v25.0/${pageId}/published_posts`,
      {
        fields: 'id,message',
        access_token: pageToken,
      },
    );
    expect(listing.body.data.map((p) => p.message)).toContain('Hilang di jalan');
  });

  it('gives Meta-shaped transient errors for injected 5xx (code 2, is_transient)', async () => {
    await sb.control('POST', 'faults', [
      { origin: 'graph', pathRegex: '/feed$', method: 'POST', every: 1, times: 2, action: { status: 503 } },
    ]);
    const r = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `/${pageId}/feed`, {
      message: 'coba',
      access_token: pageToken,
    });
    expect(r.status).toBe(503);
    expect(r.body.error).toMatchObject({ code: 2, is_transient: true });
    const faults = await sb.control<{ rules: Array<{ fired: number; seen: number }> }>('GET', 'faults');
    expect(faults.rules[0]).toMatchObject({ fired: 1, seen: 1 });
  });

  it('can store the effect and still answer 500 (commit: true)', async () => {
    await sb.control('POST', 'faults', [
      { origin: 'graph', pathRegex: '/feed$', method: 'POST', nth: 1, action: { status: 500, commit: true } },
    ]);
    const r = await graph(sb.graphOrigin, 'POST', `/${pageId}/feed`, {
      message: 'Tersimpan walau 500',
      access_token: pageToken,
    });
    expect(r.status).toBe(500);
    const listing = await graph<{ data: Array<{ message: string }> }>(
      sb.graphOrigin,
      'GET',
      `/${pageId}/published_posts`,
      { access_token: pageToken },
    );
    expect(listing.body.data.map((p) => p.message)).toContain('Tersimpan walau 500');
  });

  it('rate-limits Graph with HTTP 400 + code 80001 and usage headers that climb to 100', async () => {
    await sb.control('POST', 'profile', { graphRate: { pageCallsPerHour: 4 } });
    try {
      const usages: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await graph(sb.graphOrigin, 'GET', `/${pageId}`, {
          fields: 'name',
          access_token: pageToken,
        });
        expect(r.status).toBe(200);
        const buc = JSON.parse(r.headers.get('x-business-use-case-usage')!) as Record<
          string,
          Array<{ type: string; call_count: number }>
        >;
        expect(buc[pageId][0].type).toBe('pages');
        usages.push(buc[pageId][0].call_count);
        expect(JSON.parse(r.headers.get('x-app-usage')!)).toHaveProperty('call_count');
      }
      expect(usages).toEqual([25, 50, 75, 100]);
      const limited = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', `/${pageId}`, {
        fields: 'name',
        access_token: pageToken,
      });
      expect(limited.status).toBe(400);
      expect(limited.body.error.code).toBe(80001);
      const buc = JSON.parse(limited.headers.get('x-business-use-case-usage')!) as Record<
        string,
        Array<{ estimated_time_to_regain_access: number }>
      >;
      expect(buc[pageId][0].estimated_time_to_regain_access).toBeGreaterThan(0);
      await sb.control('POST', 'clock', { advanceSeconds: 3601 });
      expect(
        (await graph(sb.graphOrigin, 'GET', `/${pageId}`, { fields: 'name', access_token: pageToken }))
          .status,
      ).toBe(200);
    } finally {
      await sb.control('POST', 'profile', { graphRate: { pageCallsPerHour: null } });
    }
  });

  it('validates fault rules', async () => {
    await expect(sb.control('POST', 'faults', [{ pathRegex: '(', action: { status: 500 } }])).rejects.toThrow(
      /400/,
    );
    await expect(sb.control('POST', 'faults', [{ action: {} }])).rejects.toThrow(/400/);
  });
});
