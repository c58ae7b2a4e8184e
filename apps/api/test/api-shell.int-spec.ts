import { ApiTestContext, createApiTestContext } from './api-test-context';

describe('api shell (real api)', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await createApiTestContext({ CORS_ORIGINS: 'http://localhost:5173' });
  });
  afterAll(() => ctx.close());

  it('reports Postgres and Redis on /health', async () => {
    const res = await ctx.http.get('/health').expect(200);
    expect(res.body.info).toEqual({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('serves OpenAPI listing the versioned routes', async () => {
    const res = await ctx.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/auth/refresh',
        '/api/v1/me',
        '/api/v1/organizations',
        '/api/v1/users',
        '/api/v1/audit',
      ]),
    );
    expect((await ctx.http.get('/api/docs/')).status).toBe(200);
  });

  it('exposes Prometheus metrics with request durations by route pattern, not raw ids', async () => {
    await ctx.http
      .get(`/api/v1/organizations/${ctx.org('rutan-bengkulu')}`)
      .set('Authorization', await ctx.tokenFor('admin'));
    const res = await ctx.http.get('/metrics').expect(200);
    expect(res.text).toContain('warta_api_http_request_duration_seconds_bucket');
    expect(res.text).toContain('route="/api/v1/organizations/:id"');
    expect(res.text).not.toContain(ctx.org('rutan-bengkulu'));
  });

  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    const given = await ctx.http.get('/health').set('X-Request-Id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const unsafe = await ctx.http.get('/api/v1/me').set('X-Request-Id', '<script>');
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(unsafe.body.requestId).toBe(unsafe.headers['x-request-id']);
  });

  it('allows only configured browser origins, and sets security headers', async () => {
    const ok = await ctx.http
      .options('/api/v1/me')
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'GET');
    expect(ok.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const evil = await ctx.http
      .options('/api/v1/me')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const res = await ctx.http.get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers unknown routes with the error envelope in the requested language', async () => {
    const res = await ctx.http.get('/api/v1/nothing-here').set('Accept-Language', 'en');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'No such route.', details: [] },
      requestId: expect.any(String),
    });
  });
});
