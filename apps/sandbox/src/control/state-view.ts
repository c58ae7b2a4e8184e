import { SandboxStore } from '../core/sandbox-store';
import { containerStatus } from '../graph/instagram-publishing';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/**
 * GET /__sandbox/state: the world in a shape tests can assert on (posts with permalinks and viewer
 * URLs, containers with their current status, quotas, tokens). `?raw=1` gives the stored state.
 */
export function renderStateView(
  store: SandboxStore,
  origins: { x: string; graph: string },
): Record<string, unknown> {
  const s = store.state;
  const now = store.now();
  return {
    now: new Date(now).toISOString(),
    seed: s.seed,
    profile: s.profile,
    x: xStateView(store, origins),
    facebook: facebookStateView(store, origins),
    instagram: instagramStateView(store, origins),
  };
}

type Origins = { x: string; graph: string };

function xStateView(store: SandboxStore, origins: Origins): Record<string, unknown> {
  const s = store.state;
  const now = store.now();
  return {
    apps: Object.values(s.x.apps).map((a) => ({
      clientId: a.clientId,
      name: a.name,
      confidential: a.clientSecret !== null,
    })),
    users: Object.values(s.x.users),
    tweets: Object.values(s.x.tweets).map((t) => ({
      id: t.id,
      authorId: t.authorId,
      username: s.x.users[t.authorId]?.username,
      text: t.text,
      sentText: t.sentText,
      createdAt: iso(t.createdAt),
      deleted: t.deletedAt !== null,
      deletedAt: iso(t.deletedAt),
      inReplyToId: t.inReplyToId,
      conversationId: t.conversationId,
      mediaIds: t.mediaIds,
      permalink: `https://x.com/${s.x.users[t.authorId]?.username}/status/${t.id}`,
      viewerUrl: `${origins.x}/__view/x/${t.id}`,
    })),
    media: Object.values(s.x.media).map((m) => ({
      id: m.id,
      mediaKey: m.mediaKey,
      ownerId: m.ownerId,
      kind: m.kind,
      mediaType: m.mediaType,
      totalBytes: m.totalBytes,
      finalized: m.finalizedAt !== null,
      ready:
        m.finalizedAt !== null && m.failure === null && now >= m.finalizedAt + m.processingSeconds * 1000,
      failure: m.failure,
      altText: m.altText,
      expiresAt: iso(m.expiresAt),
      usedInTweetIds: m.usedInTweetIds,
    })),
    tokens: [
      ...Object.values(s.x.accessTokens).map((t) => ({
        type: 'access',
        token: t.token,
        userId: t.userId,
        clientId: t.clientId,
        scopes: t.scopes,
        expiresAt: iso(t.expiresAt),
        expired: now >= t.expiresAt,
        revoked: t.revoked,
      })),
      ...Object.values(s.x.refreshTokens).map((t) => ({
        type: 'refresh',
        token: t.token,
        userId: t.userId,
        clientId: t.clientId,
        scopes: t.scopes,
        rotated: t.rotatedAt !== null,
        revoked: t.revoked,
      })),
    ],
  };
}

function facebookStateView(store: SandboxStore, origins: Origins): Record<string, unknown> {
  const s = store.state;
  const now = store.now();
  return {
    apps: Object.values(s.graph.apps).map((a) => ({
      appId: a.appId,
      requireAppSecretProof: a.requireAppSecretProof,
    })),
    users: Object.values(s.graph.users),
    pages: Object.values(s.graph.pages),
    posts: Object.values(s.graph.posts).map((p) => ({
      id: p.id,
      pageId: p.pageId,
      kind: p.kind,
      message: p.message,
      link: p.link,
      photoIds: p.photoIds,
      createdAt: iso(p.createdAt),
      publishAt: iso(p.publishAt),
      scheduled: p.scheduled,
      unpublished: p.unpublished,
      live: !p.unpublished && p.publishAt <= now && p.deletedAt === null,
      deleted: p.deletedAt !== null,
      commentIds: p.commentIds,
      permalink: `https://www.facebook.com/${s.graph.pages[p.pageId]?.username}/posts/${p.id.split('_')[1]}`,
      viewerUrl: `${origins.graph}/__view/facebook/${p.id}`,
    })),
    photos: Object.values(s.graph.photos),
    comments: Object.values(s.graph.comments),
    tokens: Object.values(s.graph.tokens).map((t) => ({
      token: t.token,
      kind: t.kind,
      appId: t.appId,
      userId: t.userId,
      pageId: t.pageId,
      scopes: t.scopes,
      expiresAt: iso(t.expiresAt),
      expired: t.expiresAt !== null && now >= t.expiresAt,
      revokedSubcode: t.revokedSubcode,
    })),
  };
}

function instagramStateView(store: SandboxStore, origins: Origins): Record<string, unknown> {
  const s = store.state;
  const now = store.now();
  const quotaWindow = s.profile.instagram.quotaDurationSeconds * 1000;
  return {
    accounts: Object.values(s.graph.igAccounts),
    containers: Object.values(s.graph.containers).map((c) => ({
      ...c,
      createdAt: iso(c.createdAt),
      readyAt: iso(c.readyAt),
      publishedAt: iso(c.publishedAt),
      statusCode: containerStatus(c, now, s.profile.instagram.containerExpirySeconds),
    })),
    media: Object.values(s.graph.igMedia).map((m) => ({
      ...m,
      createdAt: iso(m.createdAt),
      deletedAt: iso(m.deletedAt),
      permalink: `https://www.instagram.com/${m.productType === 'REELS' ? 'reel' : 'p'}/${m.shortcode}/`,
      viewerUrl: `${origins.graph}/__view/instagram/${m.id}`,
    })),
    quotas: Object.values(s.graph.igAccounts).map((a) => ({
      igUserId: a.id,
      used: (s.graph.igPublishLog[a.id] ?? []).filter((t) => t > now - quotaWindow).length,
      total: s.profile.instagram.quotaTotal,
      durationSeconds: s.profile.instagram.quotaDurationSeconds,
    })),
  };
}
