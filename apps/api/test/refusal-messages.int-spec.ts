import { ApiTestContext, createApiTestContext } from './api-test-context';

/** Every refusal says what would be accepted, once per field, in the reader's language. */
describe('refusal messages say what to do (real api)', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await createApiTestContext();
  });
  afterAll(() => ctx.close());

  it('a release without a body is told once that the body is required', async () => {
    const res = await ctx.http
      .post('/api/v1/releases')
      .set('Authorization', await ctx.tokenFor('editor.rutan'))
      .set('Accept-Language', 'en')
      .send({ organizationId: ctx.org('rutan-bengkulu'), title: 'Judul' });
    expect(res.status).toBe(400);
    const body = res.body.error.details.filter((d: { field: string }) => d.field === 'body');
    expect(body).toEqual([expect.objectContaining({ code: 'rule.required', message: 'body: is required' })]);
  });

  it('a text that is too long hears only about its length', async () => {
    const res = await ctx.http
      .post('/api/v1/releases')
      .set('Authorization', await ctx.tokenFor('editor.rutan'))
      .send({ organizationId: ctx.org('rutan-bengkulu'), title: 'Judul', body: 'x'.repeat(60_001) });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { code: string }) => d.code)).toEqual(['rule.maxLength']);
  });

  it('a calendar `from` without an offset is told the form, with an example', async () => {
    const res = await ctx.http
      .get('/api/v1/calendar?from=2026-12-01T00:00:00&to=2026-12-08T00:00:00%2B07:00')
      .set('Authorization', await ctx.tokenFor('editor.rutan'))
      .set('Accept-Language', 'en');
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({
        field: 'from',
        code: 'rule.offsetRequired',
        message: 'from: must be an ISO 8601 time with an offset, e.g. 2026-12-01T00:00:00+07:00',
      }),
    ]);
  });
});
