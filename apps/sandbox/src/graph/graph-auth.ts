import { createHmac } from 'node:crypto';
import { RequestContext } from '../core/http-types';
import { SandboxStore } from '../core/sandbox-store';
import { FbPage, FbUser, GraphApp, GraphToken } from '../core/sandbox-state';
import { graphFail } from './graph-errors';

export interface GraphCaller {
  token: GraphToken;
  user: FbUser;
  app: GraphApp;
  /** Set for Page tokens. */
  page: FbPage | null;
}

const REVOKED_MESSAGES: Record<number, (t: GraphToken) => string> = {
  458: (t) => `Error validating access token: User ${t.userId} has not authorized application ${t.appId}.`,
  460: () =>
    'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
  467: () => 'Error validating access token: The session is invalid because the user logged out.',
  492: () => 'Error validating access token: The user does not have a role on this Page anymore.',
};

/** The raw token: `access_token` from query or body, or an `Authorization: Bearer` header. */
export function rawGraphToken(ctx: RequestContext, fields: Record<string, string>): string | null {
  if (fields.access_token) return fields.access_token;
  const h = ctx.headers.authorization;
  if (h?.startsWith('Bearer ') || h?.startsWith('OAuth ')) return h.slice(h.indexOf(' ') + 1).trim();
  return null;
}

function formatFbDate(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', 'UTC');
}

/** Why a token is not usable right now, as Meta's 190 error; null when it is fine. */
export function tokenProblem(
  store: SandboxStore,
  token: GraphToken,
  now: number,
): { code: number; subcode?: number; message: string } | null {
  if (token.revokedSubcode !== null) {
    return {
      code: 190,
      subcode: token.revokedSubcode,
      message: REVOKED_MESSAGES[token.revokedSubcode](token),
    };
  }
  if (token.expiresAt !== null && now >= token.expiresAt) {
    return {
      code: 190,
      subcode: 463,
      message: `Error validating access token: Session has expired on ${formatFbDate(token.expiresAt)}. The current time is ${formatFbDate(now)}.`,
    };
  }
  if (token.kind === 'page' && token.pageId) {
    const page = store.state.graph.pages[token.pageId];
    if (!page || !page.roles.some((r) => r.userId === token.userId)) {
      return { code: 190, subcode: 492, message: REVOKED_MESSAGES[492](token) };
    }
  }
  return null;
}

/** Resolves and checks a user or Page token (expiry and revocation on the virtual clock, appsecret_proof). */
export function authenticateGraph(
  store: SandboxStore,
  ctx: RequestContext,
  fields: Record<string, string>,
): GraphCaller {
  const raw = rawGraphToken(ctx, fields);
  if (!raw) graphFail(store, { code: 104, message: 'An access token is required to request this resource.' });
  const token = store.state.graph.tokens[raw];
  if (!token)
    graphFail(store, { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' });
  const problem = tokenProblem(store, token, ctx.now);
  if (problem) graphFail(store, problem);
  const app = store.state.graph.apps[token.appId];
  const user = store.state.graph.users[token.userId];
  if (!app || !user)
    graphFail(store, { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' });
  if (app.requireAppSecretProof) {
    const proof = fields.appsecret_proof;
    if (!proof)
      graphFail(store, {
        code: 100,
        message: 'API calls from the server require an appsecret_proof argument',
      });
    const expected = createHmac('sha256', app.appSecret).update(raw).digest('hex');
    if (proof !== expected)
      graphFail(store, { code: 100, message: 'Invalid appsecret_proof provided in the API argument' });
  }
  const page = token.pageId ? (store.state.graph.pages[token.pageId] ?? null) : null;
  return { token, user, app, page };
}

export function hasScopes(caller: GraphCaller, scopes: readonly string[]): boolean {
  return scopes.every((s) => caller.token.scopes.includes(s));
}

/** A user token may act for a Page when its user holds a role there (with the task, if given). */
export function userHasPageRole(caller: GraphCaller, page: FbPage, task?: string): boolean {
  const role = page.roles.find((r) => r.userId === caller.user.id);
  return !!role && (!task || role.tasks.includes(task));
}
