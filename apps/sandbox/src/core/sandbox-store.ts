import { BlobStore } from './blob-store';
import { IdGenerator } from './id-generator';
import { FbPost, IgMedia, SandboxState, XTweet, createEmptyState } from './sandbox-state';
import { VirtualClock } from './virtual-clock';

/**
 * The state plus the lookups a hot path needs (timelines, duplicate keys). The indexes are derived
 * and rebuilt after a load or reset, so only `state` is ever persisted.
 */
export class SandboxStore {
  state: SandboxState;
  ids: IdGenerator;
  private readonly xTimelines = new Map<string, string[]>();
  private readonly xDuplicateKeys = new Map<string, string>();
  private readonly xReplies = new Map<string, string[]>();
  private readonly fbDuplicateKeys = new Map<string, string>();
  private readonly pagePosts = new Map<string, string[]>();
  private readonly igMediaByUser = new Map<string, string[]>();
  /** X APPEND chunks until FINALIZE assembles them (not persisted: an interrupted upload restarts). */
  readonly uploadChunks = new Map<string, Map<number, Buffer>>();
  private onChange: () => void = () => undefined;

  constructor(
    seed: number,
    readonly clock: VirtualClock,
    readonly blobs: BlobStore,
  ) {
    this.state = createEmptyState(seed);
    this.ids = new IdGenerator(this.state.counters, seed);
  }

  /** Persistence hooks in here; every mutating handler calls `changed()`. */
  setChangeListener(listener: () => void): void {
    this.onChange = listener;
  }

  changed(): void {
    this.onChange();
  }

  now(): number {
    return this.clock.nowMs();
  }

  replace(state: SandboxState): void {
    this.state = state;
    this.ids = new IdGenerator(state.counters, state.seed);
    this.uploadChunks.clear();
    this.reindex();
  }

  reset(seed: number): void {
    this.replace(createEmptyState(seed));
  }

  addTweet(t: XTweet): void {
    this.state.x.tweets[t.id] = t;
    this.indexTweet(t);
  }

  addFbPost(p: FbPost): void {
    this.state.graph.posts[p.id] = p;
    this.indexFbPost(p);
  }

  addIgMedia(m: IgMedia): void {
    this.state.graph.igMedia[m.id] = m;
    this.indexIgMedia(m);
  }

  /** Tweet ids of a user, oldest first (ids are time-ordered). */
  timelineOf(userId: string): readonly string[] {
    return this.xTimelines.get(userId) ?? [];
  }

  /** Ids of tweets that reply to this one (deleted ones included; callers filter). */
  repliesTo(tweetId: string): readonly string[] {
    return this.xReplies.get(tweetId) ?? [];
  }

  lastTweetWithText(authorId: string, text: string): XTweet | null {
    const id = this.xDuplicateKeys.get(`${authorId}\u0000${text}`);
    return id ? (this.state.x.tweets[id] ?? null) : null;
  }

  lastFbPostWithMessage(pageId: string, message: string): FbPost | null {
    const id = this.fbDuplicateKeys.get(`${pageId}\u0000${message}`);
    return id ? (this.state.graph.posts[id] ?? null) : null;
  }

  postsOfPage(pageId: string): readonly string[] {
    return this.pagePosts.get(pageId) ?? [];
  }

  igMediaOf(igUserId: string): readonly string[] {
    return this.igMediaByUser.get(igUserId) ?? [];
  }

  private reindex(): void {
    this.xTimelines.clear();
    this.xDuplicateKeys.clear();
    this.xReplies.clear();
    this.fbDuplicateKeys.clear();
    this.pagePosts.clear();
    this.igMediaByUser.clear();
    for (const t of Object.values(this.state.x.tweets)) this.indexTweet(t);
    for (const p of Object.values(this.state.graph.posts)) this.indexFbPost(p);
    for (const m of Object.values(this.state.graph.igMedia)) this.indexIgMedia(m);
  }

  private indexTweet(t: XTweet): void {
    push(this.xTimelines, t.authorId, t.id);
    if (t.inReplyToId) push(this.xReplies, t.inReplyToId, t.id);
    this.xDuplicateKeys.set(`${t.authorId}\u0000${t.sentText}`, t.id);
  }

  private indexFbPost(p: FbPost): void {
    push(this.pagePosts, p.pageId, p.id);
    if (p.message) this.fbDuplicateKeys.set(`${p.pageId}\u0000${p.message}`, p.id);
  }

  private indexIgMedia(m: IgMedia): void {
    if (!m.isCarouselChild) push(this.igMediaByUser, m.igUserId, m.id);
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
