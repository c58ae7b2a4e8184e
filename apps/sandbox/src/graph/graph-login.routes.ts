import { HttpResult, html, json, redirect } from '../core/http-types';
import { escapeHtml, page } from '../core/html';
import { GraphApp } from '../core/sandbox-state';
import { SandboxStore } from '../core/sandbox-store';
import { tokenProblem } from './graph-auth';
import { graphFail, invalidParam } from './graph-errors';
import { GraphRequest } from './graph-request';
import { GraphDeps, GraphRoutes } from './graph-routes';
import { DEFAULT_FB_SCOPES, issueUserToken } from './graph-token-issuer';
import { registerGraphUserRoutes } from './graph-user.routes';

const DIALOG_PARAMS = ['client_id', 'redirect_uri', 'state', 'scope', 'response_type'];
const CODE_TTL_MS = 10 * 60 * 1000;

/**
 * Facebook Login for Business: the consent dialog, code → short-lived user token, exchange for a
 * ~60-day token, and debug_token to inspect any token; the user node with its Pages and their Page
 * tokens (/me/accounts) is in graph-user.routes.ts.
 */
export function registerGraphLoginRoutes(routes: GraphRoutes, deps: GraphDeps): void {
  const { store } = deps;
  routes.path('GET', '/dialog/oauth', (req) => showDialog(store, req));
  routes.path('POST', '/dialog/oauth', (req) => submitDialog(store, req));
  routes.path('GET', '/oauth/access_token', (req) => accessToken(store, req));
  routes.path('POST', '/oauth/access_token', (req) => accessToken(store, req));
  routes.path('GET', '/debug_token', (req) => debugToken(store, req));
  registerGraphUserRoutes(routes, store);
}

function dialogProblem(store: SandboxStore, p: Record<string, string>): string | null {
  if (!store.state.graph.apps[p.client_id]) return `Invalid App ID: ${p.client_id}`;
  try {
    const u = new URL(p.redirect_uri);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    return 'redirect_uri must be an absolute http(s) URL.';
  }
  if (p.response_type && p.response_type !== 'code')
    return 'Only response_type=code is supported by the sandbox.';
  return null;
}

function showDialog(store: SandboxStore, req: GraphRequest): HttpResult {
  const p = Object.fromEntries(DIALOG_PARAMS.map((k) => [k, req.fields[k] ?? '']));
  const problem = dialogProblem(store, p);
  if (problem)
    return html(400, page('Login error', `<main><div class="card">${escapeHtml(problem)}</div></main>`));
  const hidden = DIALOG_PARAMS.map(
    (k) => `<input type="hidden" name="${k}" value="${escapeHtml(p[k])}">`,
  ).join('');
  const users = Object.values(store.state.graph.users);
  const buttons = users.length
    ? users
        .map((u) => {
          const pages = Object.values(store.state.graph.pages).filter((pg) =>
            pg.roles.some((r) => r.userId === u.id),
          );
          const names = pages.map((pg) => pg.name).join(', ') || 'tanpa Halaman / no Pages';
          return `<button type="submit" name="user_id" value="${escapeHtml(u.id)}">${escapeHtml(u.name)} <span class="muted">(${escapeHtml(names)})</span></button>`;
        })
        .join('')
    : '<p class="muted">Belum ada pengguna Facebook di sandbox (no sandbox Facebook users yet).</p>';
  const scopes = (p.scope || DEFAULT_FB_SCOPES.join(',')).split(',').filter(Boolean);
  const body =
    `<header><h1>Facebook sandbox — Lanjutkan sebagai / Continue as</h1></header><main><div class="card">` +
    `<p><b>App ${escapeHtml(p.client_id)}</b> meminta izin (requests permissions):</p>` +
    `<p class="muted">${scopes.map((s) => `<span class="badge">${escapeHtml(s)}</span>`).join(' ')}</p>` +
    `<form method="post" action="/dialog/oauth">${hidden}${buttons}` +
    `<button type="submit" name="decision" value="deny" class="secondary">Batal / Cancel</button></form></div></main>`;
  return html(200, page('Log in with Facebook – sandbox', body));
}

function submitDialog(store: SandboxStore, req: GraphRequest): HttpResult {
  const p = Object.fromEntries(DIALOG_PARAMS.map((k) => [k, req.fields[k] ?? '']));
  const problem = dialogProblem(store, p);
  if (problem) return html(400, page('Login error', `<main>${escapeHtml(problem)}</main>`));
  const target = new URL(p.redirect_uri);
  if (req.fields.decision === 'deny' || !store.state.graph.users[req.fields.user_id ?? '']) {
    target.searchParams.set('error', 'access_denied');
    target.searchParams.set('error_reason', 'user_denied');
    target.searchParams.set('error_description', 'Permissions error');
    if (p.state) target.searchParams.set('state', p.state);
    return redirect(target.toString());
  }
  const user = store.state.graph.users[req.fields.user_id];
  const code = store.ids.token('AQ', 80);
  store.state.graph.authCodes[code] = {
    code,
    appId: p.client_id,
    redirectUri: p.redirect_uri,
    userId: user.id,
    scopes: p.scope
      ? p.scope
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [...user.defaultScopes],
    expiresAt: req.now + CODE_TTL_MS,
    used: false,
  };
  store.changed();
  target.searchParams.set('code', code);
  if (p.state) target.searchParams.set('state', p.state);
  return redirect(target.toString());
}

function accessToken(store: SandboxStore, req: GraphRequest): HttpResult {
  const f = req.fields;
  const app = store.state.graph.apps[f.client_id ?? ''];
  if (!app) graphFail(store, { code: 101, message: 'Error validating application. Invalid application ID.' });
  if (f.grant_type === 'client_credentials') {
    checkSecret(store, req, app);
    return json(200, { access_token: `${app.appId}|${app.appSecret}`, token_type: 'bearer' });
  }
  checkSecret(store, req, app);
  if (f.grant_type === 'fb_exchange_token') {
    const old = store.state.graph.tokens[f.fb_exchange_token ?? ''];
    if (!old || old.kind !== 'user' || old.appId !== app.appId) {
      graphFail(store, { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' });
    }
    const problem = tokenProblem(store, old, req.now);
    if (problem) graphFail(store, problem);
    const t = issueUserToken(store, {
      appId: app.appId,
      userId: old.userId,
      scopes: old.scopes,
      now: req.now,
      longLived: true,
    });
    return json(200, {
      access_token: t.token,
      token_type: 'bearer',
      expires_in: Math.round(((t.expiresAt ?? 0) - req.now) / 1000),
    });
  }
  const code = store.state.graph.authCodes[f.code ?? ''];
  if (!code || code.appId !== app.appId) invalidParam(store, 'Invalid verification code format.', 36007);
  if (code.used) invalidParam(store, 'This authorization code has been used.', 36009);
  if (req.now >= code.expiresAt) invalidParam(store, 'This authorization code has expired.', 36007);
  if (f.redirect_uri !== code.redirectUri) {
    invalidParam(
      store,
      'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request',
      36008,
    );
  }
  code.used = true;
  const t = issueUserToken(store, {
    appId: app.appId,
    userId: code.userId,
    scopes: code.scopes,
    now: req.now,
    longLived: false,
  });
  return json(200, {
    access_token: t.token,
    token_type: 'bearer',
    expires_in: Math.round(((t.expiresAt ?? 0) - req.now) / 1000),
  });
}

function checkSecret(store: SandboxStore, req: GraphRequest, app: GraphApp): void {
  if (req.fields.client_secret !== app.appSecret)
    graphFail(store, { code: 1, message: 'Error validating client secret.' });
}

function debugToken(store: SandboxStore, req: GraphRequest): HttpResult {
  const inspector = req.fields.access_token ?? '';
  const appToken = /^([^|]+)\|(.+)$/.exec(inspector);
  if (appToken) {
    const app = store.state.graph.apps[appToken[1]];
    if (!app || app.appSecret !== appToken[2])
      graphFail(store, { code: 190, message: 'Invalid OAuth access token signature.' });
  } else {
    req.caller();
  }
  const input = req.fields.input_token ?? '';
  const t = store.state.graph.tokens[input];
  if (!t) {
    return json(200, {
      data: { error: { code: 190, message: 'Invalid OAuth access token.' }, is_valid: false, scopes: [] },
    });
  }
  const problem = tokenProblem(store, t, req.now);
  const data: Record<string, unknown> = {
    app_id: t.appId,
    type: t.kind === 'page' ? 'PAGE' : 'USER',
    application: `Sandbox app ${t.appId}`,
    data_access_expires_at: Math.floor((t.issuedAt + 90 * 86_400_000) / 1000),
    expires_at: t.expiresAt === null ? 0 : Math.floor(t.expiresAt / 1000),
    is_valid: problem === null,
    issued_at: Math.floor(t.issuedAt / 1000),
    scopes: t.scopes,
    granular_scopes: t.scopes.map((scope) => ({ scope })),
    user_id: t.userId,
  };
  if (t.pageId) data.profile_id = t.pageId;
  if (problem) data.error = { code: problem.code, message: problem.message, subcode: problem.subcode };
  return json(200, { data });
}
