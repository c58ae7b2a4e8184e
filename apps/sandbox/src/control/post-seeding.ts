import { SandboxStore } from '../core/sandbox-store';
import { SeedError } from './account-seeding';

/** A post that already went out, as a test or the demo history knows it: no media, no API call. */
export interface PostSeed {
  platform: 'x' | 'facebook' | 'instagram';
  /** The X user id, the Facebook Page id or the Instagram account id (the connected account's external id). */
  accountId: string;
  text: string;
  /** ISO 8601: when it went out (in the past of the sandbox clock, for history). */
  createdAt: string;
}

export interface SeededPost {
  platform: PostSeed['platform'];
  id: string;
  /** The sandbox's page of the post (served on both origins). */
  viewPath: string;
}

/**
 * Seeds posts that went out earlier, so that history written elsewhere (the demo) points at pages
 * the sandbox really serves: the same records the platform routes create, with the sandbox's ids.
 * Refuses an unknown account or a bad time; the whole batch or nothing.
 */
export function seedPosts(store: SandboxStore, seeds: unknown): SeededPost[] {
  if (!Array.isArray(seeds)) throw new SeedError('posts must be a list');
  const s = store.state;
  const checked = seeds.map((raw, i) => {
    const p = raw as Partial<PostSeed>;
    const createdAt = typeof p.createdAt === 'string' ? Date.parse(p.createdAt) : NaN;
    if (Number.isNaN(createdAt)) throw new SeedError(`posts[${i}].createdAt must be an ISO 8601 time`);
    if (typeof p.text !== 'string') throw new SeedError(`posts[${i}].text must be text`);
    const id = String(p.accountId);
    const known =
      (p.platform === 'x' && s.x.users[id]) ||
      (p.platform === 'facebook' && s.graph.pages[id]) ||
      (p.platform === 'instagram' && s.graph.igAccounts[id]);
    if (!known) throw new SeedError(`posts[${i}]: unknown ${String(p.platform)} account ${id}`);
    return { platform: p.platform!, accountId: id, text: p.text, createdAt };
  });
  const out = checked.map((p): SeededPost => {
    if (p.platform === 'x') {
      const id = store.ids.next('tweet');
      store.addTweet({
        id,
        authorId: p.accountId,
        clientId: 'seeded',
        text: p.text,
        sentText: p.text,
        urls: [],
        createdAt: p.createdAt,
        mediaIds: [],
        inReplyToId: null,
        inReplyToUserId: null,
        conversationId: id,
        deletedAt: null,
      });
      return { platform: 'x', id, viewPath: `/__view/x/${id}` };
    }
    if (p.platform === 'facebook') {
      const id = `${p.accountId}_${store.ids.next('fbPost')}`;
      store.addFbPost({
        id,
        pageId: p.accountId,
        kind: 'status',
        message: p.text,
        link: null,
        photoIds: [],
        createdAt: p.createdAt,
        publishAt: p.createdAt,
        unpublished: false,
        scheduled: false,
        deletedAt: null,
        commentIds: [],
      });
      return { platform: 'facebook', id, viewPath: `/__view/facebook/${encodeURIComponent(id)}` };
    }
    const id = store.ids.next('igMedia');
    store.addIgMedia({
      id,
      igUserId: p.accountId,
      containerId: store.ids.next('igContainer'),
      mediaType: 'IMAGE',
      productType: 'FEED',
      caption: p.text,
      createdAt: p.createdAt,
      shortcode: store.ids.short('shortcode', 11),
      mediaUrl: null,
      blobId: null,
      childIds: [],
      isCarouselChild: false,
      deletedAt: null,
      commentIds: [],
    });
    return { platform: 'instagram', id, viewPath: `/__view/instagram/${id}` };
  });
  store.changed();
  return out;
}
