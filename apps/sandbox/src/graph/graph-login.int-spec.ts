import { GraphErrorBody, TestSandbox, graph, startTestSandbox } from '../testing/sandbox-test-kit';

const APP = { id: 'warta-sandbox-app', secret: 'warta-sandbox-app-secret' };
const REDIRECT = 'http://127.0.0.1:3000/api/v1/oauth/facebook/callback';

describe('Facebook Login: dialog → code → user token → long-lived → Page tokens', () => {
  let sb: TestSandbox;
  let userId: string;

  beforeAll(async () => {
    sb = await startTestSandbox();
    const seeded = await sb.seed({
      facebook: [
        {
          name: 'Budi Humas',
          issueToken: false,
          pages: [{ name: 'Kanwil Jabar', instagram: { username: 'kanwil.jabar' } }],
        },
      ],
    });
    userId = seeded.facebook[0].id;
  });
  afterAll(() => sb.close());

  it('walks the whole flow and reaches the IG business account through the Page', async () => {
    const dialog = `${sb.graphOrigin}/v25.0/dialog/oauth?client_id=${APP.id}&redirect_uri=${encodeURIComponent(REDIRECT)}&state=st-9&scope=pages_show_list,pages_manage_posts,pages_read_engagement,instagram_basic,instagram_content_publish`;
    const page = await fetch(dialog);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Budi Humas');
    const submit = await fetch(`${sb.graphOrigin}/dialog/oauth`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: APP.id,
        redirect_uri: REDIRECT,
        state: 'st-9',
        scope:
          'pages_show_list,pages_manage_posts,pages_read_engagement,instagram_basic,instagram_content_publish',
        user_id: userId,
      }).toString(),
      redirect: 'manual',
    });
    const back = new URL(submit.headers.get('location')!);
    expect(back.searchParams.get('state')).toBe('st-9');

    const short = await graph<{ access_token: string; token_type: string; expires_in: number }>(
      sb.graphOrigin,
      'GET',
      '/v25.0/oauth/access_token',
      {
        client_id: APP.id,
        client_secret: APP.secret,
        redirect_uri: REDIRECT,
        code: back.searchParams.get('code')!,
      },
    );
    expect(short.body.token_type).toBe('bearer');
    expect(short.body.expires_in).toBeLessThanOrEqual(7200);

    const long = await graph<{ access_token: string; expires_in: number }>(
      sb.graphOrigin,
      'GET',
      '/v25.0/oauth/access_token',
      {
        grant_type: 'fb_exchange_token',
        client_id: APP.id,
        client_secret: APP.secret,
        fb_exchange_token: short.body.access_token,
      },
    );
    expect(long.body.expires_in).toBe(5183944);

    const accounts = await graph<{
      data: Array<{ id: string; name: string; access_token: string; tasks: string[] }>;
    }>(sb.graphOrigin, 'GET', '/v25.0/me/accounts', {
      fields: 'id,name,access_token,tasks',
      access_token: long.body.access_token,
    });
    expect(accounts.body.data).toHaveLength(1);
    const pageToken = accounts.body.data[0].access_token;
    expect(accounts.body.data[0].tasks).toContain('CREATE_CONTENT');

    const debug = await graph<{
      data: { is_valid: boolean; expires_at: number; type: string; scopes: string[] };
    }>(sb.graphOrigin, 'GET', '/debug_token', {
      input_token: pageToken,
      access_token: `${APP.id}|${APP.secret}`,
    });
    expect(debug.body.data).toMatchObject({ is_valid: true, expires_at: 0, type: 'PAGE' });
    expect(debug.body.data.scopes).toContain('pages_manage_posts');

    const ig = await graph<{ instagram_business_account: { id: string; username: string } }>(
      sb.graphOrigin,
      'GET',
      `/v25.0/${accounts.body.data[0].id}`,
      {
        fields: 'instagram_business_account{id,username}',
        access_token: pageToken,
      },
    );
    expect(ig.body.instagram_business_account.username).toBe('kanwil.jabar');

    // The long-lived user token dies after ~60 days; the Page token derived from it does not.
    await sb.control('POST', 'clock', { advanceSeconds: 5183944 + 10 });
    const expired = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', '/me', {
      access_token: long.body.access_token,
    });
    expect(expired.body.error).toMatchObject({ code: 190, error_subcode: 463 });
    const still = await graph(sb.graphOrigin, 'GET', `/${accounts.body.data[0].id}`, {
      fields: 'name',
      access_token: pageToken,
    });
    expect(still.status).toBe(200);

    // Revoked through the control API: 190 with the subcode asked for; debug_token agrees.
    await sb.control('POST', 'tokens/revoke', { token: pageToken, subcode: 460 });
    const revoked = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', `/${accounts.body.data[0].id}`, {
      fields: 'name',
      access_token: pageToken,
    });
    expect(revoked.body.error).toMatchObject({ code: 190, error_subcode: 460 });
    const debug2 = await graph<{ data: { is_valid: boolean } }>(sb.graphOrigin, 'GET', '/debug_token', {
      input_token: pageToken,
      access_token: `${APP.id}|${APP.secret}`,
    });
    expect(debug2.body.data.is_valid).toBe(false);
  });

  it('rejects a reused code and a wrong client secret', async () => {
    const bad = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', '/oauth/access_token', {
      client_id: APP.id,
      client_secret: 'wrong',
      redirect_uri: REDIRECT,
      code: 'AQxyz',
    });
    expect(bad.body.error.code).toBe(1);
    const badCode = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', '/oauth/access_token', {
      client_id: APP.id,
      client_secret: APP.secret,
      redirect_uri: REDIRECT,
      code: 'AQxyz',
    });
    expect(badCode.body.error.code).toBe(100);
  });
});
