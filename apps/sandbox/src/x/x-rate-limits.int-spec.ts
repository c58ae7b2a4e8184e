import { xProblemType } from '@warta/config';
import { ApiResponseError } from 'twitter-api-v2';
import { TestSandbox, startTestSandbox, xClient } from '../testing/sandbox-test-kit';

describe('X rate limits (profiles from x.md §6, real headers, 24 h caps)', () => {
  let sb: TestSandbox;

  beforeEach(async () => {
    sb = await startTestSandbox({ startAt: new Date('2026-05-02T00:00:00Z'), frozenClock: true });
  });
  afterEach(() => sb.close());

  const token = async (username: string): Promise<string> => {
    const seeded = await sb.seed({ x: [{ username }] });
    return seeded.x[0].accessToken!;
  };

  it('is off by default: no rate headers and no 429', async () => {
    const c = xClient(sb.xOrigin, await token('unlimited'));
    for (let i = 0; i < 30; i++) await c.v2.tweet(`pesan ${i}`);
    const res = await fetch(`${sb.xOrigin}/2/users/me`, {
      headers: { authorization: `Bearer ${await token('unlimited')}` },
    });
    expect(res.headers.get('x-rate-limit-limit')).toBeNull();
  });

  it('free tier: 17 posts, then 429 carrying x-rate-limit-* and 24 h headers; the day cap outlives the 15-minute window', async () => {
    await sb.control('POST', 'profile', { x: { rateProfile: 'free' } });
    let t = await token('free_user');
    let c = xClient(sb.xOrigin, t);
    for (let i = 0; i < 17; i++) await c.v2.tweet(`rilis ke-${i}`);
    const err = (await c.v2.tweet('satu terlalu banyak').catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(429);
    expect(err.rateLimitError).toBe(true);
    expect(err.data).toEqual({
      title: 'Too Many Requests',
      detail: 'Too Many Requests',
      type: 'about:blank',
      status: 429,
    });
    expect(err.rateLimit).toMatchObject({ limit: 17, remaining: 0 });
    expect(err.headers['x-user-limit-24hour-remaining']).toBe('0');
    expect(Number(err.headers['x-user-limit-24hour-reset'])).toBe(Date.parse('2026-05-03T00:00:00Z') / 1000);

    // 15 minutes later the window has room again, but the 24 h cap still says no.
    await sb.control('POST', 'clock', { advanceSeconds: 901 });
    const again = (await c.v2.tweet('masih terlalu banyak').catch((e: unknown) => e)) as ApiResponseError;
    expect(again.code).toBe(429);
    expect(Number(again.headers['x-rate-limit-remaining'])).toBeGreaterThan(0);
    expect(again.headers['x-app-limit-24hour-remaining']).toBe('0');

    await sb.control('POST', 'clock', { advanceSeconds: 86_400 });
    t = await token('free_user');
    c = xClient(sb.xOrigin, t);
    const ok = await c.v2.tweet('hari berikutnya');
    expect(ok.data.id).toBeDefined();
  });

  it('counts per user and per app: a second user of the same app shares the app window', async () => {
    await sb.control('POST', 'profile', { x: { rateProfile: 'basic' } });
    const a = xClient(sb.xOrigin, await token('user_a'));
    const b = xClient(sb.xOrigin, await token('user_b'));
    await a.v2.singleTweet('1900000000000000001');
    const res = await fetch(`${sb.xOrigin}/2/tweets/1900000000000000001`, {
      headers: { authorization: `Bearer ${await token('user_b')}` },
    });
    expect(res.headers.get('x-rate-limit-limit')).toBe('15');
    expect(res.headers.get('x-rate-limit-remaining')).toBe('14');
    for (let i = 0; i < 13; i++) await b.v2.singleTweet('1900000000000000001');
    // User b has 1 left in its own window, but the app window (15) is now spent: a's next call fails too.
    const err = (await a.v2.singleTweet('1900000000000000001').catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(429);
  });

  it('answers usage-capped once the monthly post cap is reached', async () => {
    await sb.control('POST', 'profile', { x: { monthlyPostCap: 2 } });
    const c = xClient(sb.xOrigin, await token('capped'));
    await c.v2.tweet('satu');
    await c.v2.tweet('dua');
    const err = (await c.v2.tweet('tiga').catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(429);
    expect(err.data.type).toBe(xProblemType('usage-capped'));
  });
});
