import fc from 'fast-check';
import { ApiTestContext, createApiTestContext } from './api-test-context';

/**
 * Property: any malformed request to the accounts endpoints (including the public OAuth callback)
 * gets a 4xx in the requested language, never a 5xx, and connects or changes nothing.
 */
describe('accounts endpoints under bad input (fast-check)', () => {
  let ctx: ApiTestContext;
  let admin: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    admin = await ctx.tokenFor('admin');
  });
  afterAll(() => ctx.close());

  const snapshot = async () =>
    (
      await ctx.dataSource.query(
        `SELECT (SELECT count(*) FROM social_accounts) AS accounts, (SELECT count(*) FROM pending_connections) AS pending,
                (SELECT count(*) FROM oauth_states WHERE consumed_at IS NOT NULL) AS consumed`,
      )
    )[0];

  const junk = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom('', ' ', '%00', '../../etc', 'x'.repeat(5000), '🙂', "' OR 1=1 --", 'instagram', 'x'),
  );

  it('the public callback refuses any code/state it did not issue', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('x', 'facebook', 'instagram', 'tiktok'),
        fc.record({ code: fc.option(junk), state: fc.option(junk), error: fc.option(junk) }),
        async (platform, q) => {
          const res = await ctx.http
            .get(`/api/v1/accounts/callback/${encodeURIComponent(platform)}`)
            .query(Object.fromEntries(Object.entries(q).filter(([, v]) => v !== null)))
            .set('Accept-Language', 'en');
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(typeof res.body.error.message).toBe('string');
        },
      ),
      { numRuns: 60 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('attach and connect refuse malformed input with a 4xx', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ pendingConnectionId: junk, pageIds: fc.anything() }),
          fc.record({
            pendingConnectionId: fc.uuid(),
            pageIds: fc.array(junk, { maxLength: 3 }),
            includeInstagram: fc.anything(),
          }),
          fc.anything(),
        ),
        async (body) => {
          const res = await ctx.http
            .post('/api/v1/accounts/connect/facebook/attach')
            .set('Authorization', admin)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body) ?? 'null');
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(junk, fc.option(junk), fc.option(junk), async (platform, organizationId, mode) => {
        const res = await ctx.http
          .get(`/api/v1/accounts/connect/${encodeURIComponent(platform) || 'x'}`)
          .query({
            ...(organizationId !== null ? { organizationId } : {}),
            ...(mode !== null ? { mode } : {}),
          })
          .set('Authorization', admin);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('list, get and delete refuse malformed ids and queries with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(junk, junk, junk, async (id, limit, cursor) => {
        const get = await ctx.http
          .get(`/api/v1/accounts/${encodeURIComponent(id) || 'x'}`)
          .set('Authorization', admin);
        expect([400, 404]).toContain(get.status);
        const del = await ctx.http
          .delete(`/api/v1/accounts/${encodeURIComponent(id) || 'x'}`)
          .set('Authorization', admin);
        expect([400, 404]).toContain(del.status);
        const list = await ctx.http
          .get('/api/v1/accounts')
          .query({ limit, cursor, platform: id })
          .set('Authorization', admin);
        expect(list.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
