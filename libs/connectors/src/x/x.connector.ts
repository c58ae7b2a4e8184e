import { Clock } from '@warta/core';
import { parseTweet } from 'twitter-text';
import { EUploadMimeType, TweetV2, TwitterApi } from 'twitter-api-v2';
import { CallPhase, ConnectorError } from '../connector-error';
import { fetchMediaBytes } from '../media-fetch';
import {
  AccountStats,
  ConnectorCapabilities,
  ConnectorCredentials,
  FollowUpRequest,
  PostMetrics,
  PreparedPost,
  PrepareResult,
  PublishRequest,
  RecentPostsQuery,
  RecentPostsResult,
  SendResult,
  SocialConnector,
  ValidationProblem,
} from '../social-connector';
import { XClientFactory } from './x-client.factory';
import { mapXError } from './x-error.mapper';

const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
const GIF_MAX_BYTES = 15 * 1024 * 1024;
const VIDEO_MAX_BYTES = 512 * 1024 * 1024;
const BATCH = 100;
const TIMELINE_PAGES = 5;

const MIME_BY_KIND: Record<string, EUploadMimeType> = {
  'image/jpeg': EUploadMimeType.Jpeg,
  'image/png': EUploadMimeType.Png,
  'image/webp': EUploadMimeType.Webp,
  'image/gif': EUploadMimeType.Gif,
  'video/mp4': EUploadMimeType.Mp4,
};

type MetricSet = Record<string, number | undefined>;

export const X_CAPABILITIES: ConnectorCapabilities = {
  platform: 'x',
  maxTextLength: 280,
  maxMedia: 4,
  requiresMedia: false,
  carousel: false,
  threads: true,
  firstComment: false,
  metricsBatchSize: BATCH,
  preparesAhead: 'with_media',
};

/** X through twitter-api-v2 (OAuth 2 user tokens, v2 media upload), pointed at the configured origin. */
export class XConnector implements SocialConnector {
  readonly platform = 'x' as const;
  readonly capabilities = X_CAPABILITIES;

  constructor(
    private readonly clients: XClientFactory,
    private readonly clock: Clock,
    private readonly mediaTimeoutMs = 30_000,
    /** Set when X is the local sandbox: links then open its feed viewer instead of x.com. */
    private readonly sandboxViewOrigin: string | null = null,
  ) {}

  validate(request: PublishRequest): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const text = postText(request).normalize('NFC');
    if (!text && !request.media.length) {
      problems.push({
        code: 'text_or_media_required',
        message: 'A post needs text or media.',
        field: 'text',
      });
    }
    if (text) {
      const parsed = parseTweet(text);
      if (!parsed.valid) {
        problems.push({
          code: 'text_too_long',
          message: `Weighted length ${parsed.weightedLength} is over 280 or the text has invalid characters.`,
          field: 'text',
        });
      }
    }
    const kinds = new Set(request.media.map((m) => m.kind));
    if (kinds.size > 1)
      problems.push({ code: 'media_mixed', message: 'X cannot mix images, GIFs and video.', field: 'media' });
    const images = request.media.filter((m) => m.kind === 'image').length;
    if (images > 4)
      problems.push({ code: 'too_many_media', message: 'At most 4 images per post.', field: 'media' });
    if (request.media.filter((m) => m.kind !== 'image').length > 1) {
      problems.push({
        code: 'too_many_media',
        message: 'At most one GIF or video per post.',
        field: 'media',
      });
    }
    return problems;
  }

  async prepare(
    creds: ConnectorCredentials,
    request: PublishRequest,
    previous?: PreparedPost | null,
  ): Promise<PrepareResult> {
    const text = postText(request);
    // Media ids already uploaded by an earlier attempt are reused: uploading again is waste, not harm.
    if (previous && previous.mediaIds.length === request.media.length) {
      return { status: 'ready', prepared: { ...previous, text } };
    }
    const client = this.clients.forUser(creds.accessToken);
    const mediaIds: string[] = [];
    for (const m of request.media) {
      const max = m.kind === 'video' ? VIDEO_MAX_BYTES : m.kind === 'gif' ? GIF_MAX_BYTES : IMAGE_MAX_BYTES;
      const fetched = await fetchMediaBytes('x', m.url, max, this.mediaTimeoutMs);
      const mime = m.mime ?? fetched.mime;
      const mediaType = MIME_BY_KIND[mime];
      if (!mediaType) throw new ConnectorError('validation', 'x', `X does not accept media of type ${mime}.`);
      const category = m.kind === 'video' ? 'tweet_video' : m.kind === 'gif' ? 'tweet_gif' : 'tweet_image';
      const id = await this.call('prepare', () =>
        client.v2.uploadMedia(fetched.data, { media_type: mediaType, media_category: category }),
      );
      if (m.altText) {
        await this.call('prepare', () =>
          client.v2.createMediaMetadata(id, { alt_text: { text: m.altText! } }),
        );
      }
      mediaIds.push(id);
    }
    return {
      status: 'ready',
      prepared: {
        platform: 'x',
        text,
        link: request.link ?? null,
        mediaIds,
        containerId: null,
        childContainerIds: [],
      },
    };
  }

  async send(creds: ConnectorCredentials, prepared: PreparedPost): Promise<SendResult> {
    const client = this.clients.forUser(creds.accessToken);
    const res = await this.call('send', () =>
      client.v2.tweet({
        text: prepared.text,
        ...(prepared.mediaIds.length ? { media: { media_ids: prepared.mediaIds as [string] } } : {}),
      }),
    );
    return { platformPostId: res.data.id, permalink: null, publishedAt: null };
  }

  permalinkOf(platformPostId: string, account: { handle: string | null }): string | null {
    if (this.sandboxViewOrigin) return `${this.sandboxViewOrigin}/__view/x/${platformPostId}`;
    // Without the handle (the account is gone since), X's handle-free form of the same URL.
    const handle = account.handle?.replace(/^@/, '');
    return handle
      ? `https://x.com/${handle}/status/${platformPostId}`
      : `https://x.com/i/web/status/${platformPostId}`;
  }

  async sendFollowUp(creds: ConnectorCredentials, followUp: FollowUpRequest): Promise<{ id: string }> {
    if (followUp.kind !== 'thread_part') {
      throw new ConnectorError('validation', 'x', 'X posts follow-ups as thread parts, not comments.');
    }
    const client = this.clients.forUser(creds.accessToken);
    const res = await this.call('send', () => client.v2.reply(followUp.text, followUp.parentId));
    return { id: res.data.id };
  }

  async findRecentPosts(creds: ConnectorCredentials, query: RecentPostsQuery): Promise<RecentPostsResult> {
    const client = this.clients.forUser(creds.accessToken);
    const timeline = await this.call('read', () =>
      client.v2.userTimeline(creds.externalId, {
        start_time: query.since.toISOString(),
        max_results: 100,
        'tweet.fields': ['created_at'],
      }),
    );
    for (let i = 1; i < TIMELINE_PAGES && !timeline.done; i++)
      await this.call('read', () => timeline.fetchNext());
    return {
      posts: timeline.tweets.map((t: TweetV2) => ({
        id: t.id,
        text: t.text,
        createdAt: new Date(t.created_at ?? 0),
        permalink: null,
      })),
      containerStatus: null,
      container: null,
    };
  }

  async delete(creds: ConnectorCredentials, postId: string): Promise<{ deleted: boolean }> {
    const client = this.clients.forUser(creds.accessToken);
    try {
      const res = await this.call('read', () => client.v2.deleteTweet(postId));
      return { deleted: res.data.deleted };
    } catch (e) {
      if (e instanceof ConnectorError && e.kind === 'not_found') return { deleted: false };
      throw e;
    }
  }

  async fetchPostMetrics(creds: ConnectorCredentials, postIds: string[]): Promise<PostMetrics[]> {
    const client = this.clients.forUser(creds.accessToken);
    const out: PostMetrics[] = [];
    for (let i = 0; i < postIds.length; i += BATCH) {
      const batch = postIds.slice(i, i + BATCH);
      const found = await this.lookup(client, batch, true);
      // Private metrics exist only for our own posts under 30 days; the rest are read publicly.
      const retry = batch.filter((id) => !found.tweets.has(id) && found.fieldDenied.has(id));
      const pub = retry.length ? await this.lookup(client, retry, false) : null;
      const fetchedAt = this.clock.now();
      for (const id of batch) {
        const t = found.tweets.get(id) ?? pub?.tweets.get(id);
        if (!t) {
          out.push(emptyMetrics(id, fetchedAt));
          continue;
        }
        const pm = (t.public_metrics ?? {}) as MetricSet;
        const npm = t.non_public_metrics as MetricSet | undefined;
        out.push({
          postId: id,
          gone: false,
          views: pm.impression_count ?? npm?.impression_count ?? null,
          reach: null,
          likes: pm.like_count ?? null,
          comments: pm.reply_count ?? null,
          shares: (pm.retweet_count ?? 0) + (pm.quote_count ?? 0),
          saves: pm.bookmark_count ?? null,
          clicks: npm?.url_link_clicks ?? null,
          raw: { public_metrics: pm, ...(npm ? { non_public_metrics: npm } : {}) },
          source: npm ? 'private' : 'public',
          fetchedAt,
        });
      }
    }
    return out;
  }

  async fetchAccountStats(creds: ConnectorCredentials): Promise<AccountStats> {
    const client = this.clients.forUser(creds.accessToken);
    const me = await this.call('read', () => client.v2.me({ 'user.fields': ['public_metrics'] }));
    const pm = me.data.public_metrics ?? {};
    return {
      followers: pm.followers_count ?? 0,
      following: pm.following_count ?? null,
      posts: pm.tweet_count ?? null,
      fetchedAt: this.clock.now(),
    };
  }

  private async lookup(
    client: TwitterApi,
    ids: string[],
    withPrivate: boolean,
  ): Promise<{ tweets: Map<string, TweetV2>; fieldDenied: Set<string> }> {
    const fields: (keyof TweetV2)[] = ['created_at', 'public_metrics'];
    if (withPrivate) fields.push('non_public_metrics');
    const res = await this.call('read', () => client.v2.tweets(ids, { 'tweet.fields': fields }));
    const tweets = new Map((res.data ?? []).map((t) => [t.id, t]));
    const fieldDenied = new Set<string>();
    for (const err of res.errors ?? []) {
      if (String(err.type ?? '').endsWith('/not-authorized-for-field') && err.resource_id) {
        fieldDenied.add(err.resource_id);
      }
    }
    return { tweets, fieldDenied };
  }

  private async call<T>(phase: CallPhase, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw mapXError(e, phase, this.clock.now());
    }
  }
}

/** X has no link field: the link goes into the text (counted as 23 by the weighting). */
function postText(request: PublishRequest): string {
  return request.link && !request.text.includes(request.link)
    ? `${request.text} ${request.link}`.trim()
    : request.text;
}

function emptyMetrics(postId: string, fetchedAt: Date): PostMetrics {
  return {
    postId,
    gone: true,
    views: null,
    reach: null,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    clicks: null,
    raw: {},
    source: 'public',
    fetchedAt,
  };
}
