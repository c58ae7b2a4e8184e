import { RequestContext } from '../core/http-types';
import { SandboxStore } from '../core/sandbox-store';
import { XAccessToken, XUser } from '../core/sandbox-state';
import { clientForbidden, fail, unauthorized } from './x-problems';

export interface XCaller {
  token: XAccessToken;
  user: XUser;
}

/**
 * Resolves the Bearer user token. Expired, revoked and unknown tokens all get the same bare 401,
 * as on X: the connector's only recovery is to refresh once.
 */
export function authenticateX(
  store: SandboxStore,
  ctx: RequestContext,
  requiredScopes: readonly string[],
): XCaller {
  const header = ctx.headers.authorization;
  if (!header || !header.startsWith('Bearer ')) fail(unauthorized());
  const token = store.state.x.accessTokens[header.slice(7).trim()];
  if (!token || token.revoked || ctx.now >= token.expiresAt) fail(unauthorized());
  const user = store.state.x.users[token.userId];
  if (!user) fail(unauthorized());
  const missing = requiredScopes.filter((s) => !token.scopes.includes(s));
  if (missing.length > 0) {
    fail(
      clientForbidden(
        `This request requires the ${missing.join(', ')} scope${missing.length > 1 ? 's' : ''}; ` +
          `the token was granted: ${token.scopes.join(' ') || '(none)'}.`,
      ),
    );
  }
  return { token, user };
}
