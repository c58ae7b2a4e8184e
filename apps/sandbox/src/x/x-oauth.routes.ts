import { createHash } from 'node:crypto';
import { BodyParseError, readParams } from '../core/http-body';
import { HttpRouter } from '../core/http-router';
import { HttpResult, RequestContext, html, json, redirect } from '../core/http-types';
import { escapeHtml, page } from '../core/html';
import { XApp } from '../core/sandbox-state';
import { XDeps } from './x-deps';
import { X_ACCESS_TOKEN_SECONDS, issueXTokens } from './x-token-issuer';

export const X_SCOPES = [
  'tweet.read',
  'tweet.write',
  'tweet.moderate.write',
  'users.read',
  'users.email',
  'follows.read',
  'follows.write',
  'offline.access',
  'space.read',
  'mute.read',
  'mute.write',
  'like.read',
  'like.write',
  'list.read',
  'list.write',
  'block.read',
  'block.write',
  'bookmark.read',
  'bookmark.write',
  'media.write',
  'dm.read',
  'dm.write',
];

const INVALID_TOKEN = {
  error: 'invalid_request',
  error_description: 'Value passed for the token was invalid.',
};
const AUTH_PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'state',
  'code_challenge',
  'code_challenge_method',
  'scope',
];
const CODE_TTL_MS = 10 * 60 * 1000;

/**
 * OAuth 2.0 Authorization Code with PKCE as X runs it: a consent page where a person picks one of
 * the sandbox users, a token endpoint that takes JSON or form bodies and Basic or in-body client
 * credentials, and refresh tokens that rotate (the old one is dead after one use).
 */
export function registerXOAuthRoutes(router: HttpRouter, deps: XDeps): void {
  router.on('GET', '/i/oauth2/authorize', (ctx) => showConsentPage(deps, ctx));
  router.on('POST', '/i/oauth2/authorize', (ctx) => decideConsent(deps, ctx));
  router.on('POST', '/2/oauth2/token', (ctx) => grantToken(deps, ctx));
  router.on('POST', '/2/oauth2/revoke', (ctx) => revokeToken(deps, ctx));
}

/** GET /i/oauth2/authorize: the consent page, one button per sandbox user. */
function showConsentPage(deps: XDeps, ctx: RequestContext): HttpResult {
  const { store } = deps;
  const p = Object.fromEntries(AUTH_PARAMS.map((k) => [k, ctx.query.get(k) ?? '']));
  const problem = checkAuthorizeParams(deps, p);
  if (problem)
    return html(
      400,
      page(
        'Otorisasi gagal',
        `<main><div class="card"><h1>Permintaan tidak valid / Invalid request</h1><p>${escapeHtml(problem)}</p></div></main>`,
      ),
    );
  const app = store.state.x.apps[p.client_id];
  const hidden = AUTH_PARAMS.map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(p[k])}">`).join(
    '',
  );
  const users = Object.values(store.state.x.users);
  const buttons = users.length
    ? users
        .map(
          (u) =>
            `<button type="submit" name="user_id" value="${escapeHtml(u.id)}">@${escapeHtml(u.username)} — ${escapeHtml(u.name)}</button>`,
        )
        .join('')
    : '<p class="muted">Belum ada akun X di sandbox (no sandbox X users yet): seed them with POST /__sandbox/accounts.</p>';
  const scopes = p.scope.split(/\s+/).filter(Boolean);
  const body =
    `<header><h1>X sandbox — Otorisasi aplikasi / Authorize app</h1></header><main><div class="card">` +
    `<p><b>${escapeHtml(app.name)}</b> meminta akses ke akun X Anda (wants access to your X account).</p>` +
    `<p class="muted">Izin / Scopes: ${scopes.map((s) => `<span class="badge">${escapeHtml(s)}</span>`).join(' ')}</p>` +
    `<form method="post" action="/i/oauth2/authorize">${hidden}<p>Pilih akun / Pick an account:</p>${buttons}` +
    `<button type="submit" name="decision" value="deny" class="secondary">Tolak / Cancel</button></form></div></main>`;
  return html(200, page('Authorize app – X sandbox', body));
}

/** POST /i/oauth2/authorize: the person's choice, back to the redirect URI with a code or an error. */
function decideConsent(deps: XDeps, ctx: RequestContext): HttpResult {
  const { store } = deps;
  const fields = params(ctx);
  const p = Object.fromEntries(AUTH_PARAMS.map((k) => [k, fields[k] ?? '']));
  const problem = checkAuthorizeParams(deps, p);
  if (problem)
    return html(400, page('Otorisasi gagal', `<main><div class="card">${escapeHtml(problem)}</div></main>`));
  const target = new URL(p.redirect_uri);
  if (fields.decision === 'deny' || !fields.user_id) {
    target.searchParams.set('error', 'access_denied');
    target.searchParams.set('state', p.state);
    return redirect(target.toString());
  }
  if (!store.state.x.users[fields.user_id])
    return html(400, page('Otorisasi gagal', '<main>Unknown user</main>'));
  const code = store.ids.token('sbx-code-', 40);
  store.state.x.authCodes[code] = {
    code,
    clientId: p.client_id,
    redirectUri: p.redirect_uri,
    codeChallenge: p.code_challenge,
    codeChallengeMethod: p.code_challenge_method || 'plain',
    scopes: p.scope.split(/\s+/).filter(Boolean),
    userId: fields.user_id,
    expiresAt: ctx.now + CODE_TTL_MS,
    used: false,
  };
  store.changed();
  target.searchParams.set('state', p.state);
  target.searchParams.set('code', code);
  return redirect(target.toString());
}

/** POST /2/oauth2/token: an authorization code or a refresh token for a new token pair. */
function grantToken(deps: XDeps, ctx: RequestContext): HttpResult {
  const fields = params(ctx);
  const app = authenticateClient(deps, ctx, fields);
  if ('status' in app) return app;
  if (fields.grant_type === 'authorization_code') return exchangeCode(deps, { ctx, app, fields });
  if (fields.grant_type === 'refresh_token') return rotateRefreshToken(deps, { ctx, app, fields });
  return json(400, {
    error: 'invalid_request',
    error_description: 'Missing required parameter [grant_type].',
  });
}

/** A token request from an authenticated client. */
interface TokenGrant {
  ctx: RequestContext;
  app: XApp;
  fields: Record<string, string>;
}

/** grant_type=authorization_code: a fresh, unused code for this client, with the PKCE verifier. */
function exchangeCode(deps: XDeps, { ctx, app, fields }: TokenGrant): HttpResult {
  const { store } = deps;
  const code = store.state.x.authCodes[fields.code ?? ''];
  if (!code || code.used || ctx.now >= code.expiresAt || code.clientId !== app.clientId)
    return json(400, INVALID_TOKEN);
  if (fields.redirect_uri !== code.redirectUri) return json(400, INVALID_TOKEN);
  if (!pkceMatches(code.codeChallenge, code.codeChallengeMethod, fields.code_verifier ?? ''))
    return json(400, INVALID_TOKEN);
  code.used = true;
  return tokenResponse(
    issueXTokens(store, {
      userId: code.userId,
      clientId: app.clientId,
      scopes: code.scopes,
      now: ctx.now,
    }),
  );
}

/** grant_type=refresh_token: the refresh token rotates, the old one is dead after this use. */
function rotateRefreshToken(deps: XDeps, { ctx, app, fields }: TokenGrant): HttpResult {
  const { store } = deps;
  const old = store.state.x.refreshTokens[fields.refresh_token ?? ''];
  if (!old || old.revoked || old.rotatedAt !== null || old.clientId !== app.clientId)
    return json(400, INVALID_TOKEN);
  old.rotatedAt = ctx.now;
  return tokenResponse(
    issueXTokens(store, { userId: old.userId, clientId: app.clientId, scopes: old.scopes, now: ctx.now }),
  );
}

/** POST /2/oauth2/revoke: revokes an access or refresh token the client owns. */
function revokeToken(deps: XDeps, ctx: RequestContext): HttpResult {
  const { store } = deps;
  const fields = params(ctx);
  const app = authenticateClient(deps, ctx, fields);
  if ('status' in app) return app;
  const token = fields.token ?? '';
  const access = store.state.x.accessTokens[token];
  const refresh = store.state.x.refreshTokens[token];
  if (access && access.clientId === app.clientId) access.revoked = true;
  if (refresh && refresh.clientId === app.clientId) refresh.revoked = true;
  store.changed();
  return json(200, { revoked: true });
}

function tokenResponse(t: ReturnType<typeof issueXTokens>): HttpResult {
  const body: Record<string, unknown> = {
    token_type: 'bearer',
    expires_in: X_ACCESS_TOKEN_SECONDS,
    access_token: t.accessToken,
    scope: t.scopes.join(' '),
  };
  if (t.refreshToken) body.refresh_token = t.refreshToken;
  return json(200, body);
}

function params(ctx: RequestContext): Record<string, string> {
  try {
    return readParams(ctx).fields;
  } catch (e) {
    if (e instanceof BodyParseError) return {};
    throw e;
  }
}

/** Basic auth, or client_id (+ client_secret for confidential clients) in the body. */
function authenticateClient(
  deps: XDeps,
  ctx: RequestContext,
  fields: Record<string, string>,
): XApp | HttpResult {
  const unauthorized = json(401, {
    error: 'unauthorized_client',
    error_description: 'Missing valid authorization header',
  });
  const header = ctx.headers.authorization;
  let clientId = fields.client_id;
  let secret: string | undefined = fields.client_secret;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return unauthorized;
    clientId = decodeURIComponent(decoded.slice(0, colon));
    secret = decodeURIComponent(decoded.slice(colon + 1));
  }
  const app = clientId ? deps.store.state.x.apps[clientId] : undefined;
  if (!app) return unauthorized;
  if (app.clientSecret !== null && secret !== app.clientSecret) return unauthorized;
  return app;
}

function pkceMatches(challenge: string, method: string, verifier: string): boolean {
  if (!verifier) return false;
  if (method.toLowerCase() === 's256') {
    return createHash('sha256').update(verifier).digest('base64url') === challenge;
  }
  return verifier === challenge;
}

function checkAuthorizeParams(deps: XDeps, p: Record<string, string>): string | null {
  if (p.response_type !== 'code') return 'response_type must be "code".';
  if (!deps.store.state.x.apps[p.client_id]) return `Unknown client_id "${p.client_id}".`;
  try {
    const u = new URL(p.redirect_uri);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'redirect_uri must be an http(s) URL.';
  } catch {
    return 'redirect_uri must be an absolute URL.';
  }
  if (!p.state) return 'state is required.';
  if (!p.code_challenge) return 'code_challenge is required (PKCE).';
  const method = (p.code_challenge_method || 'plain').toLowerCase();
  if (method !== 's256' && method !== 'plain') return 'code_challenge_method must be S256 or plain.';
  const unknown = p.scope.split(/\s+/).filter((s) => s && !X_SCOPES.includes(s));
  if (unknown.length) return `Unknown scope(s): ${unknown.join(', ')}.`;
  return null;
}
