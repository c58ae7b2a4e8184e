import { HttpRouter } from '../core/http-router';
import { json } from '../core/http-types';
import { GraphRevokedSubcode } from '../core/sandbox-state';
import { DEFAULT_FB_SCOPES, issueUserToken, pageTokenFor } from '../graph/graph-token-issuer';
import { issueXTokens } from '../x/x-token-issuer';
import { DEFAULT_X_SCOPES } from './account-seeding';
import { body, ControlError, num, str, strings } from './control-input';
import type { ControlDeps } from './control.routes';

const REVOKE_SUBCODES = [458, 460, 467, 492];

/** Control routes that mint and revoke platform tokens for seeded users. */
export function registerControlTokenRoutes(router: HttpRouter, deps: ControlDeps): void {
  router.on('POST', '/__sandbox/tokens', (ctx) => {
    const b = body(ctx);
    if (b.platform === 'x') return json(201, issueXTokenFor(deps, b));
    if (b.platform === 'facebook' || b.platform === 'instagram')
      return json(201, issueGraphTokenFor(deps, b));
    throw new ControlError('platform must be "x", "facebook" or "instagram"');
  });

  router.on('POST', '/__sandbox/tokens/revoke', (ctx) => {
    const { store } = deps;
    const b = body(ctx);
    const token = str(b.token, 'token');
    const x = store.state.x.accessTokens[token] ?? store.state.x.refreshTokens[token];
    if (x) {
      x.revoked = true;
      store.changed();
      return json(200, { revoked: true, platform: 'x' });
    }
    const g = store.state.graph.tokens[token];
    if (!g) throw new ControlError('unknown token');
    const subcode = b.subcode === undefined ? 460 : num(b.subcode, 'subcode');
    if (!REVOKE_SUBCODES.includes(subcode))
      throw new ControlError(`subcode must be one of ${REVOKE_SUBCODES.join(', ')}`);
    g.revokedSubcode = subcode as GraphRevokedSubcode;
    store.changed();
    return json(200, { revoked: true, platform: 'graph', subcode });
  });
}

function issueXTokenFor(deps: ControlDeps, b: Record<string, unknown>): Record<string, unknown> {
  const { store } = deps;
  const userId = str(b.userId, 'userId');
  if (!store.state.x.users[userId]) throw new ControlError(`unknown X user ${userId}`);
  const clientId = b.clientId === undefined ? deps.defaults.xClientId : str(b.clientId, 'clientId');
  if (!store.state.x.apps[clientId]) throw new ControlError(`unknown X client ${clientId}`);
  const t = issueXTokens(store, {
    userId,
    clientId,
    scopes: b.scopes === undefined ? DEFAULT_X_SCOPES : strings(b.scopes, 'scopes'),
    now: deps.clock.nowMs(),
    expiresInSeconds:
      b.expiresInSeconds === undefined ? undefined : num(b.expiresInSeconds, 'expiresInSeconds'),
    revoked: b.revoked === true,
  });
  return { ...t, expiresAt: new Date(t.expiresAt).toISOString() };
}

function issueGraphTokenFor(deps: ControlDeps, b: Record<string, unknown>): Record<string, unknown> {
  const { store } = deps;
  const now = deps.clock.nowMs();
  const userId = str(b.userId, 'userId');
  if (!store.state.graph.users[userId]) throw new ControlError(`unknown Facebook user ${userId}`);
  const appId = b.appId === undefined ? deps.defaults.facebookAppId : str(b.appId, 'appId');
  if (!store.state.graph.apps[appId]) throw new ControlError(`unknown Facebook app ${appId}`);
  const user = issueUserToken(store, {
    appId,
    userId,
    scopes: b.scopes === undefined ? DEFAULT_FB_SCOPES : strings(b.scopes, 'scopes'),
    now,
    longLived: b.longLived !== false,
    expiresInSeconds:
      b.expiresInSeconds === undefined ? undefined : num(b.expiresInSeconds, 'expiresInSeconds'),
  });
  const out: Record<string, unknown> = {
    userAccessToken: user.token,
    expiresAt: user.expiresAt === null ? null : new Date(user.expiresAt).toISOString(),
    scopes: user.scopes,
  };
  if (b.pageId !== undefined) {
    const pageId = str(b.pageId, 'pageId');
    const page = store.state.graph.pages[pageId];
    if (!page || !page.roles.some((r) => r.userId === userId))
      throw new ControlError(`user ${userId} has no role on Page ${pageId}`);
    out.pageAccessToken = pageTokenFor(store, user, pageId, now).token;
  }
  return out;
}
