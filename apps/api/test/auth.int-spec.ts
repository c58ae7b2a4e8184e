import { ApiTestContext, createApiTestContext, DEMO_PASSWORD } from './api-test-context';

describe('authentication (real Postgres, real api)', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await createApiTestContext({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
      LOGIN_MAX_FAILURES_PER_IP: '12',
      // Past the free failures the first wait is a minute: long enough that no test outruns it.
      LOGIN_BASE_DELAY_SECONDS: '60',
    });
  });
  afterAll(() => ctx.close());

  const login = (email: string, password = DEMO_PASSWORD, ip?: string) => {
    const r = ctx.http.post('/api/v1/auth/login').send({ email, password });
    return ip ? r.set('X-Forwarded-For', ip) : r;
  };

  it('logs in with the demo editor and shows the membership on /me', async () => {
    const res = await login('editor.rutan@warta.local').expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
    });
    const me = await ctx.http
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`)
      .expect(200);
    expect(me.body.user.email).toBe('editor.rutan@warta.local');
    expect(me.body.memberships).toEqual([
      expect.objectContaining({
        organizationId: ctx.org('rutan-bengkulu'),
        role: 'editor',
        organizationName: 'Rutan Kelas IIB Bengkulu',
      }),
    ]);
    expect(me.body.permissions[0].permissions).toEqual(
      expect.arrayContaining(['release:write', 'post:schedule']),
    );
    expect(me.body.permissions[0].permissions).not.toContain('release:approve');
  });

  it('stores only hashes of refresh tokens and never a plain password', async () => {
    const res = await login('approver.rutan@warta.local').expect(200);
    const dump =
      JSON.stringify(await ctx.dataSource.query(`SELECT * FROM refresh_tokens`)) +
      JSON.stringify(await ctx.dataSource.query(`SELECT * FROM users`));
    expect(dump).not.toContain(res.body.refreshToken);
    expect(dump).not.toContain(DEMO_PASSWORD);
  });

  it('rotates refresh tokens; reusing a spent one revokes the whole family', async () => {
    const first = (await login('editor.medan@warta.local').expect(200)).body;
    const second = (
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
    ).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await ctx.http.get('/api/v1/me').set('Authorization', `Bearer ${second.accessToken}`).expect(200);

    const reuse = await ctx.http
      .post('/api/v1/auth/refresh')
      .set('Accept-Language', 'en')
      .send({ refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    expect(reuse.body.error.message).toMatch(/reused/);

    // The thief's and the owner's newer tokens die with the family.
    const after = await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken });
    expect(after.status).toBe(401);
    await ctx.http.get('/api/v1/me').set('Authorization', `Bearer ${second.accessToken}`).expect(401);
  });

  it('keeps the refresh token in an httpOnly SameSite cookie for browsers', async () => {
    const res = await ctx.http
      .post('/api/v1/auth/login')
      .send({ email: 'supervisor.bengkulu@warta.local', password: DEMO_PASSWORD, cookie: true })
      .expect(200);
    expect(res.body.refreshToken).toBeUndefined();
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/warta_refresh=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const refreshed = await ctx.http
      .post('/api/v1/auth/refresh')
      .set('Cookie', cookie.split(';')[0])
      .send({})
      .expect(200);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
  });

  it('logout ends the session at once, access token included', async () => {
    const s = (await login('admin@warta.local').expect(200)).body;
    await ctx.http.post('/api/v1/auth/logout').set('Authorization', `Bearer ${s.accessToken}`).expect(204);
    await ctx.http.get('/api/v1/me').set('Authorization', `Bearer ${s.accessToken}`).expect(401);
    await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
  });

  it('refuses garbage, tampered and missing bearer tokens with 401', async () => {
    const s = (await login('admin@warta.local').expect(200)).body;
    const [h, p] = s.accessToken.split('.');
    const forged = `${h}.${p}.${Buffer.from('x'.repeat(32)).toString('base64url')}`;
    for (const auth of ['', 'Bearer', 'Bearer abc', `Bearer ${forged}`, `Basic ${s.accessToken}`]) {
      const res = await ctx.http.get('/api/v1/me').set('Authorization', auth);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('throttles failed logins per account from addresses the owner never used, even for the right password, with Retry-After', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await login('approver.rutan@warta.local', 'wrong-password', `10.0.0.${i}`);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await login('approver.rutan@warta.local', DEMO_PASSWORD, '10.0.0.99');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('LOGIN_THROTTLED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.error.message).toMatch(/detik/);
  });

  it('throttles failed logins per IP across accounts', async () => {
    const ip = '10.9.9.9';
    for (let i = 0; i < 12; i++) await login(`nobody${i}@warta.local`, 'x', ip).expect(401);
    const blocked = await login('editor.rutan@warta.local', DEMO_PASSWORD, ip);
    expect(blocked.status).toBe(429);
    await login('editor.rutan@warta.local', DEMO_PASSWORD, '10.9.9.10').expect(200);
  });

  it('a deactivated user can neither log in nor keep using a session', async () => {
    const admin = await ctx.tokenFor('admin');
    const created = await ctx.http
      .post('/api/v1/users')
      .set('Authorization', admin)
      .send({
        email: 'staf.baru@warta.local',
        name: 'Staf Baru',
        password: 'rahasia-panjang-1',
        organizationId: ctx.org('lpka-bengkulu'),
        role: 'editor',
      })
      .expect(201);
    const s = (await login('staf.baru@warta.local', 'rahasia-panjang-1').expect(200)).body;
    await ctx.http
      .post(`/api/v1/users/${created.body.userId}/deactivate`)
      .set('Authorization', admin)
      .send({ reason: 'mutasi' })
      .expect(204);
    await ctx.http.get('/api/v1/me').set('Authorization', `Bearer ${s.accessToken}`).expect(401);
    const again = await login('staf.baru@warta.local', 'rahasia-panjang-1');
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('ACCOUNT_DEACTIVATED');
  });
});
