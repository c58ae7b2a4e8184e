import { ApiResponseError } from 'twitter-api-v2';
import { TestSandbox, startTestSandbox, xClient } from '../testing/sandbox-test-kit';

const CLIENT = { clientId: 'warta-sandbox-x-client', clientSecret: 'warta-sandbox-x-secret' };
const REDIRECT = 'http://127.0.0.1:3000/api/v1/oauth/x/callback';
const SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'media.write', 'offline.access'];

/** Drives the consent page as a person would: open it, pick a user, follow the redirect. */
async function consent(sb: TestSandbox, url: string, username: string): Promise<URL> {
  const page = await fetch(url);
  expect(page.status).toBe(200);
  const html = await page.text();
  const fields = Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
      m[1],
      decode(m[2]),
    ]),
  );
  const button = new RegExp(`name="user_id" value="(\\d+)">@${username}\\b`).exec(html);
  expect(button).not.toBeNull();
  const res = await fetch(`${sb.xOrigin}/i/oauth2/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, user_id: button![1] }).toString(),
    redirect: 'manual',
  });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location')!);
}

const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

describe('X OAuth 2.0 with PKCE and rotating refresh tokens', () => {
  let sb: TestSandbox;

  beforeAll(async () => {
    sb = await startTestSandbox();
    await sb.seed({
      x: [
        { username: 'kanwil_oauth', issueToken: false },
        { username: 'other_user', issueToken: false },
      ],
    });
  });
  afterAll(() => sb.close());

  it('runs the whole PKCE flow with the real library and gets a working user client', async () => {
    const app = xClient(sb.xOrigin, CLIENT);
    const link = app.generateOAuth2AuthLink(REDIRECT, { scope: SCOPES, state: 'state-123' });
    expect(link.url.startsWith(`${sb.xOrigin}/i/oauth2/authorize?`)).toBe(true);

    const callback = await consent(sb, link.url, 'kanwil_oauth');
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('state')).toBe('state-123');
    const code = callback.searchParams.get('code')!;

    const login = await app.loginWithOAuth2({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });
    expect(login.expiresIn).toBe(7200);
    expect(login.scope.sort()).toEqual([...SCOPES].sort());
    expect(login.refreshToken).toBeDefined();
    const me = await login.client.v2.me();
    expect(me.data.username).toBe('kanwil_oauth');

    // A code is single-use.
    await expect(
      app.loginWithOAuth2({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT }),
    ).rejects.toBeInstanceOf(ApiResponseError);
  });

  it('rejects a wrong PKCE verifier', async () => {
    const app = xClient(sb.xOrigin, CLIENT);
    const link = app.generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
    const code = (await consent(sb, link.url, 'kanwil_oauth')).searchParams.get('code')!;
    const err = (await app
      .loginWithOAuth2({ code, codeVerifier: 'x'.repeat(64), redirectUri: REDIRECT })
      .catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(400);
    // (twitter-api-v2 adds an `errors` array of its own to OAuth error bodies.)
    expect(err.data).toMatchObject({
      error: 'invalid_request',
      error_description: 'Value passed for the token was invalid.',
    });
  });

  it('rotates the refresh token and rejects the old one with the exact x.md body', async () => {
    const app = xClient(sb.xOrigin, CLIENT);
    const link = app.generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
    const code = (await consent(sb, link.url, 'other_user')).searchParams.get('code')!;
    const login = await app.loginWithOAuth2({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });

    await sb.control('POST', 'clock', { advanceSeconds: 7300 });
    const expired = (await login.client.v2.me().catch((e: unknown) => e)) as ApiResponseError;
    expect(expired.code).toBe(401);

    const refreshed = await app.refreshOAuth2Token(login.refreshToken!);
    expect(refreshed.refreshToken).toBeDefined();
    expect(refreshed.refreshToken).not.toBe(login.refreshToken);
    expect((await refreshed.client.v2.me()).data.username).toBe('other_user');

    const reuse = (await app
      .refreshOAuth2Token(login.refreshToken!)
      .catch((e: unknown) => e)) as ApiResponseError;
    expect(reuse.code).toBe(400);
    expect(reuse.data).toMatchObject({
      error: 'invalid_request',
      error_description: 'Value passed for the token was invalid.',
    });
    const raw = await fetch(`${sb.xOrigin}/2/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'refresh_token',
        refresh_token: login.refreshToken,
        ...{ client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret },
      }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({
      error: 'invalid_request',
      error_description: 'Value passed for the token was invalid.',
    });

    // The new refresh token works once more, as a form-encoded body with Basic auth.
    const form = await fetch(`${sb.xOrigin}/2/oauth2/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshed.refreshToken!,
      }).toString(),
    });
    expect(form.status).toBe(200);
    expect(await form.json()).toMatchObject({
      token_type: 'bearer',
      expires_in: 7200,
      refresh_token: expect.any(String),
    });
  });

  it('refuses a confidential client without its secret', async () => {
    const res = await fetch(`${sb.xOrigin}/2/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'refresh_token',
        refresh_token: 'whatever',
        client_id: CLIENT.clientId,
      }),
    });
    expect(res.status).toBe(401);
  });

  it('shows an error page for an unknown client and redirects with access_denied on cancel', async () => {
    const bad = await fetch(
      `${sb.xOrigin}/i/oauth2/authorize?response_type=code&client_id=nope&redirect_uri=${encodeURIComponent(REDIRECT)}&state=s&code_challenge=c&code_challenge_method=S256&scope=tweet.read`,
    );
    expect(bad.status).toBe(400);
    const deny = await fetch(`${sb.xOrigin}/i/oauth2/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        response_type: 'code',
        client_id: CLIENT.clientId,
        redirect_uri: REDIRECT,
        state: 's1',
        code_challenge: 'abc',
        code_challenge_method: 'S256',
        scope: 'tweet.read',
        decision: 'deny',
      }).toString(),
      redirect: 'manual',
    });
    const loc = new URL(deny.headers.get('location')!);
    expect(loc.searchParams.get('error')).toBe('access_denied');
    expect(loc.searchParams.get('state')).toBe('s1');
  });
});
