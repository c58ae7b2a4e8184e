import { SandboxStore } from '../core/sandbox-store';
import { GraphRevokedSubcode, GraphToken } from '../core/sandbox-state';

export const DEFAULT_FB_SCOPES = [
  'public_profile',
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'pages_manage_engagement',
  'pages_read_user_content',
  'read_insights',
  'publish_video',
  'business_management',
  'instagram_basic',
  'instagram_content_publish',
  'instagram_manage_comments',
  'instagram_manage_insights',
  'instagram_manage_contents',
];

export function issueUserToken(
  store: SandboxStore,
  input: {
    appId: string;
    userId: string;
    scopes: string[];
    now: number;
    longLived: boolean;
    expiresInSeconds?: number;
    revokedSubcode?: GraphRevokedSubcode | null;
  },
): GraphToken {
  const p = store.state.profile.facebook;
  const seconds =
    input.expiresInSeconds ?? (input.longLived ? p.longLivedTokenSeconds : p.shortLivedTokenSeconds);
  const token: GraphToken = {
    token: store.ids.token('EAAS', 120),
    kind: 'user',
    appId: input.appId,
    userId: input.userId,
    pageId: null,
    scopes: [...input.scopes],
    issuedAt: input.now,
    expiresAt: input.now + seconds * 1000,
    longLived: input.longLived,
    revokedSubcode: input.revokedSubcode ?? null,
  };
  store.state.graph.tokens[token.token] = token;
  store.changed();
  return token;
}

/**
 * The Page token /me/accounts hands out: no expiry when derived from a long-lived user token,
 * otherwise it dies with the short-lived user token (as on Facebook). Re-deriving returns the same
 * token while it is still valid, so connectors that re-derive do not pile up tokens.
 */
export function pageTokenFor(store: SandboxStore, user: GraphToken, pageId: string, now: number): GraphToken {
  const expiresAt = user.longLived ? null : user.expiresAt;
  for (const t of Object.values(store.state.graph.tokens)) {
    if (
      t.kind === 'page' &&
      t.pageId === pageId &&
      t.userId === user.userId &&
      t.appId === user.appId &&
      t.revokedSubcode === null &&
      t.expiresAt === expiresAt &&
      t.scopes.join(' ') === user.scopes.join(' ')
    ) {
      return t;
    }
  }
  const token: GraphToken = {
    token: store.ids.token('EAAS', 120),
    kind: 'page',
    appId: user.appId,
    userId: user.userId,
    pageId,
    scopes: [...user.scopes],
    issuedAt: now,
    expiresAt,
    longLived: user.longLived,
    revokedSubcode: null,
  };
  store.state.graph.tokens[token.token] = token;
  store.changed();
  return token;
}
