import { ApiTestContext, createApiTestContext, DEMO_PASSWORD } from './api-test-context';

/**
 * Strangers cannot lock the owner out: a thousand wrong passwords from fifty addresses slow every
 * stranger down, and the owner still signs in from an address they used before, at once. The api
 * trusts X-Forwarded-For from loopback (trust proxy), which is where supertest connects from.
 */
describe('login throttling slows guessing without locking the owner out (real api)', () => {
  let ctx: ApiTestContext;
  const OWNER = 'approver.rutan@warta.local';
  const OWNER_ADDRESS = '10.20.0.1';

  beforeAll(async () => {
    // A long first delay keeps the test independent of how long argon2 takes on a busy machine.
    ctx = await createApiTestContext({ LOGIN_BASE_DELAY_SECONDS: '30' });
  });
  afterAll(() => ctx.close());

  const login = (email: string, password: string, ip: string, cookie?: string) => {
    const r = ctx.http.post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });
    return cookie ? r.set('Cookie', cookie) : r;
  };

  it('1,000 wrong passwords from 50 addresses: the owner still signs in from their address within 2 s', async () => {
    // The owner has signed in from their desk before.
    await login(OWNER, DEMO_PASSWORD, OWNER_ADDRESS).expect(200);

    const attempts = Array.from({ length: 1000 }, (_, i) => `198.51.100.${(i % 50) + 1}`);
    const statuses: Record<string, number> = {};
    for (let i = 0; i < attempts.length; i += 25) {
      const batch = await Promise.all(
        attempts.slice(i, i + 25).map((ip) => login(OWNER, `tebakan-${i}`, ip)),
      );
      for (const res of batch) {
        const key = `${res.status} ${res.body.error?.code}`;
        statuses[key] = (statuses[key] ?? 0) + 1;
      }
    }
    // Every guess was refused; most of them without even checking the password.
    expect(Object.keys(statuses).sort()).toEqual(['401 INVALID_CREDENTIALS', '429 LOGIN_THROTTLED']);
    expect(statuses['429 LOGIN_THROTTLED']).toBeGreaterThan(900);

    // A stranger with the right password is still held back...
    const stranger = await login(OWNER, DEMO_PASSWORD, '198.51.100.7');
    expect(stranger.status).toBe(429);
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(0);

    // ...and the owner, from the address they signed in from before, is not.
    const started = Date.now();
    const owner = await login(OWNER, DEMO_PASSWORD, OWNER_ADDRESS);
    const took = Date.now() - started;
    expect(owner.status).toBe(200);
    expect(took).toBeLessThan(2000);
  });

  it('a browser holding a live refresh cookie of the owner is not held back by the account-wide limit', async () => {
    const email = 'editor.rutan@warta.local';
    const first = await ctx.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '10.30.0.1')
      .send({ email, password: DEMO_PASSWORD, cookie: true })
      .expect(200);
    const cookie = String(first.headers['set-cookie']).split(';')[0];
    for (let i = 0; i < 6; i++) await login(email, 'salah', `203.0.113.${i + 1}`);
    // A new address (the laptop moved to another network): the cookie vouches for the device.
    expect((await login(email, DEMO_PASSWORD, '10.30.0.2')).status).toBe(429);
    expect((await login(email, DEMO_PASSWORD, '10.30.0.2', cookie)).status).toBe(200);
  });

  it('answers a known and an unknown email identically, attempt by attempt', async () => {
    const run = async (email: string, ip: string) => {
      const out: string[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await login(email, 'salah-sandi', ip).set('Accept-Language', 'en');
        out.push(`${res.status} ${res.body.error.code} ${res.body.error.message}`);
      }
      return out;
    };
    const known = await run('supervisor.bengkulu@warta.local', '192.0.2.10');
    const unknown = await run('tidak.ada@warta.local', '192.0.2.11');
    expect(unknown.map((s) => s.replace(/\d+ seconds/, 'N seconds'))).toEqual(
      known.map((s) => s.replace(/\d+ seconds/, 'N seconds')),
    );
    expect(known.slice(0, 5).every((s) => s.startsWith('401 INVALID_CREDENTIALS'))).toBe(true);
    expect(known.slice(5).every((s) => s.startsWith('429 LOGIN_THROTTLED'))).toBe(true);
  });
});
