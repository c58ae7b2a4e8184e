import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import {
  AccountCredentials,
  MarkAccountNeedsReconnect,
  RefreshAccountToken,
  RefreshExpiringAccounts,
  RotateTokenKeys,
  TokenVault,
} from '@warta/accounts';
import { SocialAccountsRepository } from '@warta/accounts/testing';
import { ConnectorRegistry } from '@warta/connectors';
import { SendingAccounts } from '@warta/publishing';
import { startTestSandbox, TestSandbox } from '../../sandbox/src/testing/sandbox-test-kit';
import { ApiTestContext, createApiTestContext } from './api-test-context';

/*
 * Connecting accounts through the full OAuth flow, browserless: the real api (listening on a real
 * port, so redirects are followed for real), the real sandbox consent pages, then publishing
 * through the connected accounts with the connectors.
 */

const run = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The consent page's form: hidden fields plus the button that picks one sandbox account. */
function consentForm(html: string, pick: string): URLSearchParams {
  const form = new URLSearchParams();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.set(
      m[1],
      m[2]
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    );
  }
  const button = new RegExp(`<button type="submit" name="user_id" value="([^"]+)">[^<]*${pick}`).exec(html);
  if (!button) throw new Error(`no consent button for ${pick}`);
  form.set('user_id', button[1]);
  return form;
}

describe('accounts: OAuth connect through the api and the sandbox', () => {
  let sandbox: TestSandbox;
  let ctx: ApiTestContext;
  let base: string;
  let admin: string;
  let rutan: string;
  let fbPageId: string;
  let igId: string;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    const seeded = await sandbox.seed({
      x: [{ username: 'rutan_oauth', name: 'Rutan OAuth' }],
      facebook: [
        {
          name: 'Admin Humas OAuth',
          issueToken: false,
          pages: [
            { name: 'Rutan OAuth Page', instagram: { username: 'rutan.oauth' } },
            { name: 'Halaman Lain' },
          ],
        },
      ],
    });
    fbPageId = seeded.facebook[0].pages[0].id;
    igId = seeded.facebook[0].pages[0].instagram!.id;
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    ctx = await createApiTestContext({
      X_API_ORIGIN: sandbox.xOrigin,
      GRAPH_ORIGIN: sandbox.graphOrigin,
      PUBLIC_URL: base,
    });
    await ctx.app.listen(port, '127.0.0.1');
    admin = await ctx.tokenFor('admin');
    rutan = ctx.org('rutan-bengkulu');
  });

  afterAll(async () => {
    await ctx?.close();
    await sandbox?.close();
  });

  const countAccounts = async (): Promise<number> =>
    Number((await ctx.dataSource.query(`SELECT count(*)::int AS n FROM social_accounts`))[0].n);

  async function startConnect(platform: string, organizationId = rutan): Promise<string> {
    const res = await fetch(`${base}/api/v1/accounts/connect/${platform}?organizationId=${organizationId}`, {
      headers: { authorization: admin },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { authorizeUrl: string }).authorizeUrl;
  }

  /** Opens the consent page, picks the account, and follows the redirect chain back into the api. */
  async function consent(authorizeUrl: string, pick: string): Promise<Response> {
    const page = await fetch(authorizeUrl);
    expect(page.status).toBe(200);
    const form = consentForm(await page.text(), pick);
    const action = new URL(authorizeUrl);
    const target = `${action.origin}${action.pathname.replace(/^\/v\d+\.\d+/, '')}`;
    return fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'follow',
    });
  }

  it('connects an X account (PKCE S256, exact redirect URI) and publishes through it', async () => {
    const url = new URL(await startConnect('x'));
    expect(url.origin).toBe(sandbox.xOrigin);
    expect(url.searchParams.get('code_challenge_method')?.toLowerCase()).toBe('s256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('redirect_uri')).toBe(`${base}/api/v1/accounts/callback/x`);
    expect(url.searchParams.get('scope')).toContain('offline.access');
    // Only the hash of the state is stored.
    const state = url.searchParams.get('state')!;
    expect(JSON.stringify(await ctx.dataSource.query(`SELECT * FROM oauth_states`))).not.toContain(state);

    const landed = await consent(url.toString(), '@rutan_oauth');
    expect(landed.url).toContain('/api/v1/accounts/callback/x');
    expect(landed.status).toBe(200);
    const body = (await landed.json()) as {
      status: string;
      accounts: Array<{ id: string; handle: string; platform: string }>;
    };
    expect(body.status).toBe('connected');
    expect(body.accounts).toEqual([expect.objectContaining({ platform: 'x', handle: 'rutan_oauth' })]);

    const list = await ctx.http.get(`/api/v1/accounts?organizationId=${rutan}`).set('Authorization', admin);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { handle: string }) => a.handle)).toContain('rutan_oauth');

    const creds = await ctx.app.get(AccountCredentials).credentialsFor(body.accounts[0].id);
    const x = ctx.app.get(ConnectorRegistry).connector('x');
    const prepared = await x.prepare(creds, {
      text: 'Rutan Bengkulu: kunjungan keluarga dibuka kembali.',
      media: [],
    });
    expect(prepared.status).toBe('ready');
    const sent = await x.send(creds, prepared.prepared);
    const state2 = await sandbox.control<Record<string, unknown>>('GET', 'state');
    expect(JSON.stringify(state2)).toContain(sent.platformPostId);
  });

  it('connects Facebook: the callback offers Pages with their Instagram accounts, attach stores both, and both publish', async () => {
    const authorizeUrl = await startConnect('facebook');
    expect(new URL(authorizeUrl).searchParams.get('redirect_uri')).toBe(
      `${base}/api/v1/accounts/callback/facebook`,
    );
    const landed = await consent(authorizeUrl, 'Admin Humas OAuth');
    expect(landed.status).toBe(200);
    const offer = (await landed.json()) as {
      status: string;
      pendingConnectionId: string;
      choices: Array<{ pageId: string; name: string; instagram: { id: string } | null }>;
    };
    expect(offer.status).toBe('choose_pages');
    expect(offer.choices).toEqual(
      expect.arrayContaining([
        {
          pageId: fbPageId,
          name: 'Rutan OAuth Page',
          instagram: expect.objectContaining({ id: igId, username: 'rutan.oauth' }),
        },
        expect.objectContaining({ name: 'Halaman Lain', instagram: null }),
      ]),
    );
    expect(JSON.stringify(offer)).not.toMatch(/access_token|accessToken/);

    const attach = await ctx.http
      .post('/api/v1/accounts/connect/facebook/attach')
      .set('Authorization', admin)
      .send({ pendingConnectionId: offer.pendingConnectionId, pageIds: [fbPageId] });
    expect(attach.status).toBe(201);
    const attached = attach.body.accounts as Array<{
      id: string;
      platform: string;
      externalId: string;
      parentExternalId: string | null;
    }>;
    expect(attached.map((a) => a.platform).sort()).toEqual(['facebook', 'instagram']);
    expect(attached.find((a) => a.platform === 'instagram')!.parentExternalId).toBe(fbPageId);

    // The same choice cannot be attached twice.
    const again = await ctx.http
      .post('/api/v1/accounts/connect/facebook/attach')
      .set('Authorization', admin)
      .send({ pendingConnectionId: offer.pendingConnectionId, pageIds: [fbPageId] });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('PENDING_CONNECTION_NOT_FOUND');

    const registry = ctx.app.get(ConnectorRegistry);
    const credentials = ctx.app.get(AccountCredentials);
    const fbAccount = attached.find((a) => a.platform === 'facebook')!;
    const fb = registry.connector('facebook');
    const fbCreds = await credentials.credentialsFor(fbAccount.id);
    const fbPrepared = await fb.prepare(fbCreds, {
      text: 'Rutan Bengkulu: layanan kunjungan online.',
      media: [],
    });
    const fbSent = await fb.send(fbCreds, fbPrepared.prepared);
    expect(fbSent.platformPostId.startsWith(`${fbPageId}_`)).toBe(true);

    const igAccount = attached.find((a) => a.platform === 'instagram')!;
    const ig = registry.connector('instagram');
    const igCreds = await credentials.credentialsFor(igAccount.id);
    const request = {
      text: 'Kegiatan pembinaan kemandirian #RutanBengkulu',
      media: [{ kind: 'image' as const, url: `${sandbox.graphOrigin}/__fixtures/photo-1080x1350.jpg` }],
    };
    let r = await ig.prepare(igCreds, request);
    for (let i = 0; r.status === 'not_ready' && i < 20; i++) {
      await new Promise((done) => setTimeout(done, 250));
      r = await ig.prepare(igCreds, request, r.prepared);
    }
    expect(r.status).toBe('ready');
    const igSent = await ig.send(igCreds, r.prepared);
    expect(igSent.platformPostId).toMatch(/\S/);
  });

  it('connect with mode=redirect answers 302 to the consent page', async () => {
    const res = await fetch(`${base}/api/v1/accounts/connect/x?organizationId=${rutan}&mode=redirect`, {
      headers: { authorization: admin },
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toContain(`${sandbox.xOrigin}/i/oauth2/authorize`);
  });

  describe('a connect started from the web app (returnTo=web) ends on its accounts screen', () => {
    async function startWebConnect(platform: string): Promise<string> {
      const res = await fetch(
        `${base}/api/v1/accounts/connect/${platform}?organizationId=${rutan}&returnTo=web`,
        { headers: { authorization: admin } },
      );
      expect(res.status).toBe(200);
      return ((await res.json()) as { authorizeUrl: string }).authorizeUrl;
    }

    /** Consent, then the api's callback, stopping at its answer (the web page is not fetched). */
    async function callbackAnswer(authorizeUrl: string, pick: string): Promise<Response> {
      const page = await fetch(authorizeUrl);
      const action = new URL(authorizeUrl);
      const toCallback = await fetch(`${action.origin}${action.pathname.replace(/^\/v\d+\.\d+/, '')}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: consentForm(await page.text(), pick).toString(),
        redirect: 'manual',
      });
      return fetch(toCallback.headers.get('location')!, { redirect: 'manual' });
    }

    it('X: 302 to /accounts?connected=x, the account stored', async () => {
      const res = await callbackAnswer(await startWebConnect('x'), '@rutan_oauth');
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(`${base}/accounts?connected=x`);
      const list = await ctx.http.get(`/api/v1/accounts?organizationId=${rutan}`).set('Authorization', admin);
      expect(list.body.items.map((a: { handle: string }) => a.handle)).toContain('rutan_oauth');
    });

    it('Facebook: 302 to /accounts?pending=<id>, whose Pages only its starter can read, then attach', async () => {
      const res = await callbackAnswer(await startWebConnect('facebook'), 'Admin Humas OAuth');
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get('location')!);
      expect(`${location.origin}${location.pathname}`).toBe(`${base}/accounts`);
      const pendingId = location.searchParams.get('pending')!;
      expect(pendingId).toMatch(/^[0-9a-f-]{36}$/);

      const offer = await ctx.http
        .get(`/api/v1/accounts/connect/facebook/pending/${pendingId}`)
        .set('Authorization', admin);
      expect(offer.status).toBe(200);
      expect(offer.body).toMatchObject({ pendingConnectionId: pendingId, organizationId: rutan });
      expect(offer.body.choices).toEqual(
        expect.arrayContaining([expect.objectContaining({ pageId: fbPageId, name: 'Rutan OAuth Page' })]),
      );
      expect(JSON.stringify(offer.body)).not.toMatch(/access_token|accessToken|ciphertext/);

      const someoneElse = await ctx.http
        .get(`/api/v1/accounts/connect/facebook/pending/${pendingId}`)
        .set('Authorization', await ctx.tokenFor('editor.rutan'));
      expect(someoneElse.status).toBe(404);

      const attach = await ctx.http
        .post('/api/v1/accounts/connect/facebook/attach')
        .set('Authorization', admin)
        .send({ pendingConnectionId: pendingId, pageIds: [fbPageId] });
      expect(attach.status).toBe(201);
      const gone = await ctx.http
        .get(`/api/v1/accounts/connect/facebook/pending/${pendingId}`)
        .set('Authorization', admin);
      expect(gone.status).toBe(404);
    });

    it('a refused callback: 302 to /accounts?error=<CODE>, nothing attached', async () => {
      const before = await countAccounts();
      const forged = await fetch(
        `${base}/api/v1/accounts/callback/x?code=abc&state=w.not-a-state-we-issued`,
        {
          redirect: 'manual',
        },
      );
      expect(forged.status).toBe(302);
      expect(forged.headers.get('location')).toBe(`${base}/accounts?error=OAUTH_STATE_INVALID`);
      // A web state replayed is refused the same way.
      const url = new URL(await startWebConnect('x'));
      const first = await callbackAnswer(url.toString(), '@rutan_oauth');
      expect(first.headers.get('location')).toBe(`${base}/accounts?connected=x`);
      const count = await countAccounts();
      const denied = await fetch(
        `${base}/api/v1/accounts/callback/x?error=access_denied&state=${encodeURIComponent(url.searchParams.get('state')!)}`,
        { redirect: 'manual' },
      );
      expect(denied.headers.get('location')).toBe(`${base}/accounts?error=OAUTH_STATE_USED`);
      expect(await countAccounts()).toBe(count);
      expect(count).toBeGreaterThanOrEqual(before);
    });
  });

  it('connect needs account:manage on the node (editor 403, other region 404), and instagram connects via facebook', async () => {
    const editor = await ctx.tokenFor('editor.rutan');
    const forbidden = await ctx.http
      .get(`/api/v1/accounts/connect/x?organizationId=${rutan}`)
      .set('Authorization', editor);
    expect(forbidden.status).toBe(403);
    const medanEditor = await ctx.tokenFor('editor.medan');
    const hidden = await ctx.http
      .get(`/api/v1/accounts/connect/x?organizationId=${rutan}`)
      .set('Authorization', medanEditor);
    expect(hidden.status).toBe(404);
    const ig = await ctx.http
      .get(`/api/v1/accounts/connect/instagram?organizationId=${rutan}`)
      .set('Authorization', admin);
    expect(ig.status).toBe(400);
    expect(ig.body.error.code).toBe('INSTAGRAM_CONNECTS_THROUGH_FACEBOOK');
  });

  describe('a bad state is refused and attaches nothing', () => {
    async function callback(platform: string, query: string) {
      return ctx.http.get(`/api/v1/accounts/callback/${platform}${query}`).set('Accept-Language', 'en');
    }

    it('missing state', async () => {
      const before = await countAccounts();
      const res = await callback('x', '?code=abc');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('OAUTH_STATE_INVALID');
      expect(await countAccounts()).toBe(before);
    });

    it('wrong state, and a state minted for another platform', async () => {
      const before = await countAccounts();
      const wrong = await callback('x', '?code=abc&state=not-a-state-we-issued');
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.code).toBe('OAUTH_STATE_INVALID');
      const xState = new URL(await startConnect('x')).searchParams.get('state')!;
      const cross = await callback('facebook', `?code=abc&state=${encodeURIComponent(xState)}`);
      expect(cross.status).toBe(400);
      expect(cross.body.error.code).toBe('OAUTH_STATE_INVALID');
      expect(await countAccounts()).toBe(before);
    });

    it('reused state: replaying a completed callback', async () => {
      const url = await startConnect('x');
      const landed = await consent(url, '@rutan_oauth');
      expect(landed.status).toBe(200);
      const before = await countAccounts();
      const replay = await fetch(landed.url, { headers: { 'accept-language': 'id' } });
      expect(replay.status).toBe(400);
      const body = (await replay.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('OAUTH_STATE_USED');
      expect(body.error.message).toContain('sudah pernah dipakai');
      expect(await countAccounts()).toBe(before);
    });

    it('two callbacks racing with the same state: exactly one wins', async () => {
      const url = new URL(await startConnect('x'));
      const page = await fetch(url);
      const redirect = await fetch(`${sandbox.xOrigin}/i/oauth2/authorize`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: consentForm(await page.text(), '@rutan_oauth').toString(),
        redirect: 'manual',
      });
      const callbackUrl = redirect.headers.get('location')!;
      const results = await Promise.all([fetch(callbackUrl), fetch(callbackUrl), fetch(callbackUrl)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
    });

    it('expired state (older than 10 minutes)', async () => {
      const url = new URL(await startConnect('x'));
      await ctx.dataSource.query(
        `UPDATE oauth_states SET expires_at = now() - interval '1 second' WHERE consumed_at IS NULL`,
      );
      const page = await fetch(url);
      const form = consentForm(await page.text(), '@rutan_oauth');
      const redirect = await fetch(`${sandbox.xOrigin}/i/oauth2/authorize`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        redirect: 'manual',
      });
      const before = await countAccounts();
      const location = new URL(redirect.headers.get('location')!);
      const res = await callback('x', location.search);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('OAUTH_STATE_EXPIRED');
      expect(await countAccounts()).toBe(before);
    });
  });

  it('the maintenance sweep refreshes X tokens about to expire, and leaves fresh ones alone', async () => {
    const [account] = await ctx.dataSource.query(
      `SELECT id, expires_at FROM social_accounts WHERE platform = 'x' AND status = 'active' LIMIT 1`,
    );
    const sweep = ctx.app.get(RefreshExpiringAccounts);
    expect((await sweep.execute()).refreshed).toBe(0);
    await ctx.dataSource.query(
      `UPDATE social_accounts SET expires_at = now() + interval '5 minutes' WHERE id = $1`,
      [account.id],
    );
    expect(await sweep.execute()).toMatchObject({ refreshed: 1, failed: 0 });
    const [after] = await ctx.dataSource.query(
      `SELECT expires_at, token_refreshed_at FROM social_accounts WHERE id = $1`,
      [account.id],
    );
    expect(after.expires_at.getTime()).toBeGreaterThan(Date.now() + 3_600_000);
    expect(after.token_refreshed_at).not.toBeNull();
  });

  it('sendingAccounts reads many accounts at once, with the same answers as credentialsFor, one per id in order', async () => {
    const credentials = ctx.app.get(AccountCredentials);
    const active: { id: string; handle: string; platform: string }[] = await ctx.dataSource.query(
      `SELECT id, handle, platform FROM social_accounts WHERE status = 'active' ORDER BY platform, id`,
    );
    // A disconnected account answers as credentialsFor does (its tokens are gone).
    const [parked] = await ctx.dataSource.query(
      `INSERT INTO social_accounts (organization_id, platform, external_id, handle, display_name, status)
       SELECT organization_id, 'x', 'gone-' || id, 'gone', 'Gone', 'disconnected' FROM social_accounts LIMIT 1
       RETURNING id`,
    );
    expect(active.length).toBeGreaterThanOrEqual(2);
    expect(parked).toBeDefined();
    // One X token about to expire: left to the locked refresh (credentialsFor), not done in the batch.
    const expiring = active.find((a) => a.platform === 'x')!;
    await ctx.dataSource.query(
      `UPDATE social_accounts SET expires_at = now() + interval '1 minute' WHERE id = $1`,
      [expiring.id],
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    const ids = [...active.map((a) => a.id), parked.id, missing, active[0].id];
    const outcomes = await credentials.sendingAccounts(ids);
    expect(outcomes).toHaveLength(ids.length);
    const expiresAt = async () =>
      (
        await ctx.dataSource.query(`SELECT expires_at FROM social_accounts WHERE id = $1`, [expiring.id])
      )[0].expires_at.getTime() as number;
    // The batch read refreshes nothing: the expiring account answers no credentials.
    expect(await expiresAt()).toBeLessThan(Date.now() + 120_000);
    expect(outcomes[active.indexOf(expiring)]).toEqual({
      ok: true,
      value: { credentials: null, handle: expiring.handle },
    });
    // Through SendingAccounts (what publish jobs use) it is refreshed on its own, and comes back fresh.
    const sending = await ctx.app.get(SendingAccounts).get(expiring.id);
    expect(await expiresAt()).toBeGreaterThan(Date.now() + 3_600_000);
    expect(sending).toEqual({
      credentials: await credentials.credentialsFor(expiring.id),
      handle: expiring.handle,
    });
    for (const [i, a] of active.entries()) {
      if (a === expiring) continue;
      expect(outcomes[i]).toEqual({
        ok: true,
        value: { credentials: await credentials.credentialsFor(a.id), handle: a.handle },
      });
    }
    expect(outcomes[active.length]).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISCONNECTED' } });
    expect(outcomes[active.length + 1]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(outcomes[active.length + 2]).toEqual(outcomes[0]);
  });

  it('refresh is single-flight: two concurrent refreshes make one token call; a refused refresh marks needs_reconnect', async () => {
    const [account] = await ctx.dataSource.query(
      `SELECT id FROM social_accounts WHERE platform = 'x' AND handle = 'rutan_oauth' LIMIT 1`,
    );
    await ctx.dataSource.query(
      `UPDATE social_accounts SET expires_at = now() + interval '1 minute' WHERE id = $1`,
      [account.id],
    );
    const before = (await sandbox.control<{ lastSeq: number }>('GET', 'requests?limit=1')).lastSeq;
    const refresh = ctx.app.get(RefreshAccountToken);
    const outcomes = await Promise.all([refresh.execute(account.id), refresh.execute(account.id)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fresh', 'refreshed']);
    const calls = await sandbox.control<{ entries: Array<{ path: string }> }>(
      'GET',
      `requests?since=${before}&path=/2/oauth2/token`,
    );
    expect(calls.entries).toHaveLength(1);

    // Revoke the stored refresh token on the platform: the next refresh marks the account.
    const vault = ctx.app.get(TokenVault);
    const repo = ctx.app.get(SocialAccountsRepository);
    const sealed = await ctx.dataSource.transaction(
      async (m) => (await repo.lockForUpdate(m, account.id))!.sealed!,
    );
    await sandbox.control('POST', 'tokens/revoke', { token: vault.open(sealed).refreshToken });
    const refused = await refresh.execute(account.id, { force: true });
    expect(refused.status).toBe('needs_reconnect');
    const view = await ctx.http.get(`/api/v1/accounts/${account.id}`).set('Authorization', admin);
    expect(view.body.status).toBe('needs_reconnect');
    const audit = await ctx.dataSource.query(
      `SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY seq`,
      [account.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toContain('social_account.needs_reconnect');
  });

  it('keys:rotate re-wraps every data key under the new version and the tokens still open', async () => {
    const oldKeys = (ctx.app.get(TokenVault) as unknown as { masterKeys: Map<number, Buffer> }).masterKeys;
    const v1 = oldKeys.get(1)!.toString('base64');
    const v2 = Buffer.alloc(32, 7).toString('base64');
    const rotatedVault = new TokenVault({
      tokenVault: { masterKeys: { 1: v1, 2: v2 }, currentKeyVersion: 2 },
    });
    const repo = new SocialAccountsRepository(ctx.dataSource);
    const beforeCipher = await ctx.dataSource.query(
      `SELECT id, token_ciphertext FROM social_accounts WHERE token_ciphertext IS NOT NULL ORDER BY id`,
    );
    const result = await new RotateTokenKeys(repo, rotatedVault).execute();
    expect(result.socialAccounts).toBe(beforeCipher.length);
    const after = await ctx.dataSource.query(
      `SELECT id, token_ciphertext, token_data_key, token_key_version FROM social_accounts WHERE token_ciphertext IS NOT NULL ORDER BY id`,
    );
    expect(after.map((r: { token_key_version: number }) => r.token_key_version)).toEqual(after.map(() => 2));
    expect(after.map((r: { token_ciphertext: string }) => r.token_ciphertext)).toEqual(
      beforeCipher.map((r: { token_ciphertext: string }) => r.token_ciphertext),
    );
    const onlyNew = new TokenVault({ tokenVault: { masterKeys: { 2: v2 }, currentKeyVersion: 2 } });
    for (const r of after) {
      expect(
        onlyNew.open({ ciphertext: r.token_ciphertext, dataKey: r.token_data_key, keyVersion: 2 })
          .accessToken,
      ).toBeTruthy();
    }
    expect((await new RotateTokenKeys(repo, rotatedVault).execute()).socialAccounts).toBe(0);
  });

  it('a revoked Page token found while publishing marks the account needs_reconnect once, and it stops handing out credentials', async () => {
    const [ig] = await ctx.dataSource.query(
      `SELECT id FROM social_accounts WHERE platform = 'instagram' AND status = 'active' LIMIT 1`,
    );
    const mark = ctx.app.get(MarkAccountNeedsReconnect);
    expect(await mark.execute(ig.id, 'Graph 190/460 on publish')).toBe(true);
    expect(await mark.execute(ig.id, 'Graph 190/460 on publish')).toBe(false);
    const events = await ctx.dataSource.query(
      `SELECT action, reason FROM audit_events WHERE subject_id = $1 AND action = 'social_account.needs_reconnect'`,
      [ig.id],
    );
    expect(events).toEqual([
      { action: 'social_account.needs_reconnect', reason: 'Graph 190/460 on publish' },
    ]);
    await expect(ctx.app.get(AccountCredentials).credentialsFor(ig.id)).rejects.toMatchObject({
      code: 'ACCOUNT_NEEDS_RECONNECT',
    });
  });

  it('disconnect wipes the tokens, is audited, and no response ever carries a token', async () => {
    const list = await ctx.http.get('/api/v1/accounts?platform=facebook').set('Authorization', admin);
    const fb = list.body.items[0];
    const res = await ctx.http
      .delete(`/api/v1/accounts/${fb.id}?reason=ganti%20admin`)
      .set('Authorization', admin);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('disconnected');
    const [row] = await ctx.dataSource.query(
      `SELECT token_ciphertext, token_data_key FROM social_accounts WHERE id = $1`,
      [fb.id],
    );
    expect(row).toEqual({ token_ciphertext: null, token_data_key: null });
    const audit = await ctx.dataSource.query(
      `SELECT action, reason FROM audit_events WHERE subject_id = $1`,
      [fb.id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([{ action: 'social_account.disconnected', reason: 'ganti admin' }]),
    );
    const editor = await ctx.tokenFor('editor.rutan');
    const denied = await ctx.http.delete(`/api/v1/accounts/${fb.id}`).set('Authorization', editor);
    expect(denied.status).toBe(403);
    const medan = await ctx.tokenFor('editor.medan');
    expect((await ctx.http.get(`/api/v1/accounts/${fb.id}`).set('Authorization', medan)).status).toBe(404);
  });

  it('pg_dump of the database contains none of the sandbox token strings', async () => {
    const { state: raw } = await sandbox.control<{
      state: {
        x: { accessTokens: Record<string, unknown>; refreshTokens: Record<string, unknown> };
        graph: { tokens: Record<string, unknown> };
      };
    }>('GET', 'state?raw=1');
    const tokens = [
      ...Object.keys(raw.x.accessTokens),
      ...Object.keys(raw.x.refreshTokens),
      ...Object.keys(raw.graph.tokens),
    ];
    expect(tokens.length).toBeGreaterThan(5);
    const { stdout } = await run('pg_dump', ['--data-only', '--no-owner', ctx.db.url], {
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toContain('rutan_oauth'); // the accounts are in the dump...
    const leaked = tokens.filter((t) => stdout.includes(t));
    expect(leaked).toEqual([]); // ...their tokens are not.
  });
});
