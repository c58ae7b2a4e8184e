import { ApiTestContext, createApiTestContext } from './api-test-context';

/**
 * One rule for every list filtered by `organizationId` (DESIGN §8, README): a node outside the
 * caller's subtree answers 404, exactly as reading that node would, never 200 with an empty list
 * (which reads as "this unit has nothing" and says the node exists).
 */
describe('list filters by organizationId (real api)', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await createApiTestContext();
  });
  afterAll(() => ctx.close());

  const lists: { path: string; extra?: Record<string, string> }[] = [
    { path: '/api/v1/releases' },
    { path: '/api/v1/accounts' },
    { path: '/api/v1/media' },
    { path: '/api/v1/audit' },
    {
      path: '/api/v1/calendar',
      extra: { from: '2026-10-01T00:00:00+07:00', to: '2026-10-31T00:00:00+07:00' },
    },
  ];

  it.each(lists)("$path: another region's node is 404, one's own node 200", async ({ path, extra }) => {
    const auth = await ctx.tokenFor('supervisor.bengkulu');
    const query = (slug: string) =>
      new URLSearchParams({ organizationId: ctx.org(slug), ...extra }).toString();
    const other = await ctx.http.get(`${path}?${query('lapas-medan')}`).set('Authorization', auth);
    expect([other.status, other.body.error?.code]).toEqual([404, 'NOT_FOUND']);
    const own = await ctx.http.get(`${path}?${query('rutan-bengkulu')}`).set('Authorization', auth);
    expect(own.status).toBe(200);
    expect(Array.isArray(own.body.items)).toBe(true);
  });
});
