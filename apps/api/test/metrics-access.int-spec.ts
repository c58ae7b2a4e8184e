import { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { Server } from 'node:http';
import { ApiTestContext, createApiTestContext } from './api-test-context';

/** A non-loopback address of this machine, so a request can really come from "elsewhere". */
function outsideAddress(): string {
  const a = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  if (!a) throw new Error('this test needs a non-loopback IPv4 interface');
  return a.address;
}

describe('/metrics answers the same machine or a bearer METRICS_TOKEN only (real api)', () => {
  let ctx: ApiTestContext;
  let server: Server;
  let outside: string;
  const TOKEN = 'token-metrik-uji-0123456789';

  beforeAll(async () => {
    ctx = await createApiTestContext({ METRICS_TOKEN: TOKEN });
    server = ctx.app.getHttpServer() as Server;
    await new Promise<void>((r) => server.listen(0, '0.0.0.0', () => r()));
    outside = `http://${outsideAddress()}:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => ctx.close());

  it('from loopback: served, as the existing scrapers and tests expect', async () => {
    const res = await ctx.http.get('/metrics').expect(200);
    expect(res.text).toContain('warta_api_http_request_duration_seconds');
  });

  it('from another address: 403 in the house envelope, unless the token is presented', async () => {
    const refused = await fetch(`${outside}/metrics`, { headers: { 'Accept-Language': 'en' } });
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { error: { code: string; message: string }; requestId: string };
    expect(body.error.code).toBe('METRICS_FORBIDDEN');
    expect(body.error.message).toContain('same machine');
    expect(body.requestId).toEqual(expect.any(String));
    expect((await fetch(`${outside}/metrics`, { headers: { Authorization: 'Bearer salah' } })).status).toBe(
      403,
    );
    const allowed = await fetch(`${outside}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('warta_api_http_request_duration_seconds');
  });

  it('a client behind a proxy on loopback is judged by its own address, not the proxy’s', async () => {
    const res = await ctx.http.get('/metrics').set('X-Forwarded-For', '203.0.113.9');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/mesin yang sama/);
  });

  it('health stays open to load balancers', async () => {
    expect((await fetch(`${outside}/health`)).status).toBe(200);
  });
});
