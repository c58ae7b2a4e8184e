import { SandboxStore } from '../core/sandbox-store';
import { XMedia, XTweet } from '../core/sandbox-state';
import { fail, fieldNotAuthorized, invalidParameter, resourceNotFound } from './x-problems';
import { tweetMetrics } from './x-metrics';

export const TWEET_FIELDS = [
  'article',
  'attachments',
  'author_id',
  'card_uri',
  'community_id',
  'context_annotations',
  'conversation_id',
  'created_at',
  'display_text_range',
  'edit_controls',
  'edit_history_tweet_ids',
  'entities',
  'geo',
  'id',
  'in_reply_to_user_id',
  'lang',
  'media_metadata',
  'non_public_metrics',
  'note_tweet',
  'organic_metrics',
  'possibly_sensitive',
  'promoted_metrics',
  'public_metrics',
  'referenced_tweets',
  'reply_settings',
  'scopes',
  'source',
  'text',
  'withheld',
];

export const USER_FIELDS = [
  'affiliation',
  'connection_status',
  'created_at',
  'description',
  'entities',
  'id',
  'location',
  'most_recent_tweet_id',
  'name',
  'pinned_tweet_id',
  'profile_banner_url',
  'profile_image_url',
  'protected',
  'public_metrics',
  'receives_your_dm',
  'subscription_type',
  'url',
  'username',
  'verified',
  'verified_type',
  'withheld',
];

const MEDIA_FIELDS = [
  'alt_text',
  'duration_ms',
  'height',
  'media_key',
  'non_public_metrics',
  'organic_metrics',
  'preview_image_url',
  'promoted_metrics',
  'public_metrics',
  'type',
  'url',
  'variants',
  'width',
];

const EXPANSIONS = [
  'author_id',
  'attachments.media_keys',
  'referenced_tweets.id',
  'in_reply_to_user_id',
  'referenced_tweets.id.author_id',
  'edit_history_tweet_ids',
];

const PRIVATE_FIELDS = new Set(['non_public_metrics', 'organic_metrics', 'promoted_metrics']);

/** Parses a comma list parameter and rejects values X would reject, with X's message. */
export function listParam(query: URLSearchParams, name: string, allowed: readonly string[]): string[] {
  const raw = query.get(name);
  if (raw === null || raw === '') return [];
  const values = raw.split(',').map((v) => v.trim());
  for (const v of values) {
    if (!allowed.includes(v)) {
      fail(
        invalidParameter(
          name,
          v,
          `The \`${name}\` query parameter value [${v}] is not one of [${allowed.join(',')}]`,
        ),
      );
    }
  }
  return values;
}

export interface TweetViewOptions {
  tweetFields: string[];
  userFields: string[];
  mediaFields: string[];
  expansions: string[];
  callerId: string;
  now: number;
  baseUrl: string;
}

export function tweetViewOptions(
  query: URLSearchParams,
  callerId: string,
  now: number,
  baseUrl: string,
): TweetViewOptions {
  return {
    tweetFields: listParam(query, 'tweet.fields', TWEET_FIELDS),
    userFields: listParam(query, 'user.fields', USER_FIELDS),
    mediaFields: listParam(query, 'media.fields', MEDIA_FIELDS),
    expansions: listParam(query, 'expansions', EXPANSIONS),
    callerId,
    now,
    baseUrl,
  };
}

export function mediaTypeName(m: XMedia): 'photo' | 'animated_gif' | 'video' {
  return m.kind === 'image' ? 'photo' : m.kind === 'gif' ? 'animated_gif' : 'video';
}

/**
 * Builds the v2 answer for a set of tweet ids: `data` for readable tweets, `errors` for unknown or
 * deleted ones and for private metrics the caller may not see (that tweet is then left out of
 * `data`, as X does), and `includes` for the requested expansions.
 */
export function renderTweets(
  store: SandboxStore,
  ids: string[],
  opts: TweetViewOptions,
): Record<string, unknown> {
  const data: Record<string, unknown>[] = [];
  const errors: unknown[] = [];
  const users = new Map<string, Record<string, unknown>>();
  const media = new Map<string, Record<string, unknown>>();
  const referenced = new Map<string, Record<string, unknown>>();
  const privateWanted = opts.tweetFields.filter((f) => PRIVATE_FIELDS.has(f));
  const maxAgeMs = store.state.profile.x.privateMetricsDays * 86_400_000;

  for (const id of ids) {
    const t = store.state.x.tweets[id];
    if (!t || t.deletedAt !== null) {
      errors.push(resourceNotFound(id, 'tweet', 'id'));
      continue;
    }
    const denied = privateWanted.filter(
      (f) => f === 'promoted_metrics' || t.authorId !== opts.callerId || opts.now - t.createdAt > maxAgeMs,
    );
    if (denied.length > 0) {
      for (const f of denied) errors.push(fieldNotAuthorized(id, f));
      continue;
    }
    data.push(renderTweet(store, t, opts));
    if (opts.expansions.includes('author_id'))
      users.set(t.authorId, renderUser(store, t.authorId, opts.userFields));
    if (opts.expansions.includes('in_reply_to_user_id') && t.inReplyToUserId) {
      users.set(t.inReplyToUserId, renderUser(store, t.inReplyToUserId, opts.userFields));
    }
    if (opts.expansions.includes('attachments.media_keys')) {
      for (const mid of t.mediaIds) {
        const m = store.state.x.media[mid];
        if (m) media.set(m.mediaKey, renderMedia(m, opts.mediaFields, opts.baseUrl));
      }
    }
    if (opts.expansions.includes('referenced_tweets.id') && t.inReplyToId) {
      const parent = store.state.x.tweets[t.inReplyToId];
      if (parent && parent.deletedAt === null) referenced.set(parent.id, renderTweet(store, parent, opts));
    }
  }
  const out: Record<string, unknown> = {};
  if (data.length) out.data = data;
  const includes: Record<string, unknown> = {};
  if (users.size) includes.users = [...users.values()];
  if (media.size) includes.media = [...media.values()];
  if (referenced.size) includes.tweets = [...referenced.values()];
  if (Object.keys(includes).length) out.includes = includes;
  if (errors.length) out.errors = errors;
  return out;
}

export function renderTweet(store: SandboxStore, t: XTweet, opts: TweetViewOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { id: t.id, text: t.text, edit_history_tweet_ids: [t.id] };
  const f = new Set(opts.tweetFields);
  if (f.has('created_at')) out.created_at = new Date(t.createdAt).toISOString();
  if (f.has('author_id')) out.author_id = t.authorId;
  if (f.has('conversation_id')) out.conversation_id = t.conversationId;
  if (f.has('in_reply_to_user_id') && t.inReplyToUserId) out.in_reply_to_user_id = t.inReplyToUserId;
  if (f.has('referenced_tweets') && t.inReplyToId)
    out.referenced_tweets = [{ type: 'replied_to', id: t.inReplyToId }];
  if (f.has('attachments') && t.mediaIds.length) {
    out.attachments = { media_keys: t.mediaIds.map((id) => store.state.x.media[id]?.mediaKey ?? `3_${id}`) };
  }
  if (f.has('entities') && t.urls.length) out.entities = { urls: t.urls };
  if (f.has('lang')) out.lang = 'und';
  if (f.has('possibly_sensitive')) out.possibly_sensitive = false;
  if (f.has('reply_settings')) out.reply_settings = 'everyone';
  if (f.has('edit_controls')) {
    out.edit_controls = {
      edits_remaining: 5,
      is_edit_eligible: false,
      editable_until: new Date(t.createdAt + 3_600_000).toISOString(),
    };
  }
  if (f.has('public_metrics') || f.has('non_public_metrics') || f.has('organic_metrics')) {
    const m = tweetMetrics(store, t, opts.now);
    if (f.has('public_metrics')) out.public_metrics = m.public_metrics;
    if (f.has('non_public_metrics')) out.non_public_metrics = m.non_public_metrics;
    if (f.has('organic_metrics')) out.organic_metrics = m.organic_metrics;
  }
  return out;
}

export function renderUser(store: SandboxStore, userId: string, fields: string[]): Record<string, unknown> {
  const u = store.state.x.users[userId];
  if (!u) return { id: userId };
  const out: Record<string, unknown> = { id: u.id, name: u.name, username: u.username };
  const f = new Set(fields);
  if (f.has('created_at')) out.created_at = new Date(u.createdAt).toISOString();
  if (f.has('description')) out.description = `Akun sandbox ${u.name}`;
  if (f.has('protected')) out.protected = false;
  if (f.has('verified')) out.verified = false;
  if (f.has('profile_image_url'))
    out.profile_image_url = 'https://pbs.twimg.com/profile_images/default_normal.png';
  if (f.has('public_metrics')) {
    let own = 0;
    let media = 0;
    for (const id of store.timelineOf(u.id)) {
      const t = store.state.x.tweets[id];
      if (t && t.deletedAt === null) {
        own += 1;
        if (t.mediaIds.length) media += 1;
      }
    }
    out.public_metrics = {
      followers_count: u.followers + (store.state.engagement[u.id]?.followers ?? 0),
      following_count: u.following,
      tweet_count: u.baseTweetCount + own,
      listed_count: u.listed,
      like_count: u.likeCount,
      media_count: media,
    };
  }
  if (f.has('most_recent_tweet_id')) {
    const tl = store.timelineOf(u.id);
    for (let i = tl.length - 1; i >= 0; i--) {
      if (store.state.x.tweets[tl[i]]?.deletedAt === null) {
        out.most_recent_tweet_id = tl[i];
        break;
      }
    }
  }
  return out;
}

export function renderMedia(m: XMedia, fields: string[], baseUrl: string): Record<string, unknown> {
  const out: Record<string, unknown> = { media_key: m.mediaKey, type: mediaTypeName(m) };
  const f = new Set(fields);
  if (f.has('width') && m.width) out.width = m.width;
  if (f.has('height') && m.height) out.height = m.height;
  if (f.has('alt_text') && m.altText) out.alt_text = m.altText;
  if (f.has('url') && m.kind === 'image') out.url = `${baseUrl}/__media/x-${m.id}`;
  return out;
}
