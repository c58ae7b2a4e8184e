import { Clock } from '@warta/core';
import { ConnectorError } from '../connector-error';
import { GraphHttpClient } from '../graph/graph-http.client';
import { parseGraphTime, unixSeconds } from '../graph/graph-time';
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

const MAX_TEXT = 63_206;
const MAX_PHOTOS = 10;
/** Current (2026) post insights; post_impressions* are retired and would fail the whole call. */
export const FACEBOOK_POST_INSIGHTS = [
  'post_media_view',
  'post_total_media_view_unique',
  'post_clicks',
  'post_reactions_by_type_total',
] as const;
const COUNT_FIELDS =
  'id,shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)';

interface GraphList<T> {
  data: T[];
}
interface FbPostRow {
  id: string;
  message?: string;
  created_time?: string;
  permalink_url?: string;
}
interface Insight {
  name: string;
  values: Array<{ value: unknown }>;
}

export const FACEBOOK_CAPABILITIES: ConnectorCapabilities = {
  platform: 'facebook',
  maxTextLength: MAX_TEXT,
  maxMedia: MAX_PHOTOS,
  requiresMedia: false,
  carousel: true,
  threads: false,
  firstComment: true,
  metricsBatchSize: 1,
  preparesAhead: 'with_media',
};

/** Facebook Pages over plain Graph HTTP: feed posts, unpublished photos + attached_media, comments. */
export class FacebookConnector implements SocialConnector {
  readonly platform = 'facebook' as const;
  readonly capabilities = FACEBOOK_CAPABILITIES;

  constructor(
    private readonly graph: GraphHttpClient,
    private readonly clock: Clock,
    /** Set when Graph is the local sandbox: links then open its feed viewer instead of facebook.com. */
    private readonly sandboxViewOrigin: string | null = null,
  ) {}

  validate(request: PublishRequest): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    if (!request.text && !request.link && !request.media.length) {
      problems.push({
        code: 'text_or_media_required',
        message: 'A post needs text, a link or photos.',
        field: 'text',
      });
    }
    if ([...request.text].length > MAX_TEXT) {
      problems.push({ code: 'text_too_long', message: `At most ${MAX_TEXT} characters.`, field: 'text' });
    }
    if (request.media.some((m) => m.kind !== 'image')) {
      problems.push({
        code: 'media_kind',
        message: 'Only photos are supported for Facebook posts.',
        field: 'media',
      });
    }
    if (request.media.length > MAX_PHOTOS) {
      problems.push({ code: 'too_many_media', message: `At most ${MAX_PHOTOS} photos.`, field: 'media' });
    }
    return problems;
  }

  async prepare(
    creds: ConnectorCredentials,
    request: PublishRequest,
    previous?: PreparedPost | null,
  ): Promise<PrepareResult> {
    const base = { platform: 'facebook' as const, text: request.text, link: request.link ?? null };
    if (previous && previous.mediaIds.length === request.media.length) {
      return { status: 'ready', prepared: { ...previous, ...base } };
    }
    // Unpublished photos, attached to the one feed post in send: the post is a single call.
    const mediaIds: string[] = [];
    for (const m of request.media) {
      const res = await this.graph.post<{ id: string }>(`/${creds.externalId}/photos`, {
        platform: 'facebook',
        phase: 'prepare',
        token: creds.accessToken,
        params: { url: m.url, published: false, ...(m.altText ? { alt_text_custom: m.altText } : {}) },
      });
      mediaIds.push(res.body.id);
    }
    return { status: 'ready', prepared: { ...base, mediaIds, containerId: null, childContainerIds: [] } };
  }

  async send(creds: ConnectorCredentials, prepared: PreparedPost): Promise<SendResult> {
    const params: Record<string, string> = {};
    if (prepared.text) params.message = prepared.text;
    if (prepared.link) params.link = prepared.link;
    if (prepared.mediaIds.length) {
      params.attached_media = JSON.stringify(prepared.mediaIds.map((id) => ({ media_fbid: id })));
    }
    const res = await this.graph.post<{ id: string }>(`/${creds.externalId}/feed`, {
      platform: 'facebook',
      phase: 'send',
      token: creds.accessToken,
      params,
    });
    return { platformPostId: res.body.id, permalink: null, publishedAt: null };
  }

  /** A feed post's id is `{pageId}_{postId}`. */
  permalinkOf(platformPostId: string): string | null {
    if (this.sandboxViewOrigin) {
      return `${this.sandboxViewOrigin}/__view/facebook/${encodeURIComponent(platformPostId)}`;
    }
    const [pageId, postId] = platformPostId.split('_');
    return postId
      ? `https://www.facebook.com/${pageId}/posts/${postId}`
      : `https://www.facebook.com/${pageId}`;
  }

  async sendFollowUp(creds: ConnectorCredentials, followUp: FollowUpRequest): Promise<{ id: string }> {
    if (followUp.kind !== 'first_comment') {
      throw new ConnectorError('validation', 'facebook', 'Facebook has no threads; use a first comment.');
    }
    const res = await this.graph.post<{ id: string }>(`/${followUp.parentId}/comments`, {
      platform: 'facebook',
      phase: 'send',
      token: creds.accessToken,
      params: { message: followUp.text },
    });
    return { id: res.body.id };
  }

  async findRecentPosts(creds: ConnectorCredentials, query: RecentPostsQuery): Promise<RecentPostsResult> {
    const res = await this.graph.get<GraphList<FbPostRow>>(`/${creds.externalId}/published_posts`, {
      platform: 'facebook',
      phase: 'read',
      token: creds.accessToken,
      params: {
        since: unixSeconds(query.since),
        fields: 'id,message,created_time,permalink_url',
        limit: 100,
      },
    });
    return {
      posts: res.body.data.map((p) => ({
        id: p.id,
        text: p.message ?? null,
        createdAt: parseGraphTime(p.created_time),
        permalink: p.permalink_url ?? null,
      })),
      containerStatus: null,
      container: null,
    };
  }

  async delete(creds: ConnectorCredentials, postId: string): Promise<{ deleted: boolean }> {
    try {
      const res = await this.graph.delete<{ success?: boolean }>(`/${postId}`, {
        platform: 'facebook',
        phase: 'read',
        token: creds.accessToken,
      });
      return { deleted: res.body.success === true };
    } catch (e) {
      if (e instanceof ConnectorError && e.kind === 'not_found') return { deleted: false };
      throw e;
    }
  }

  async fetchPostMetrics(creds: ConnectorCredentials, postIds: string[]): Promise<PostMetrics[]> {
    const out: PostMetrics[] = [];
    for (const postId of postIds) out.push(await this.metricsOf(creds, postId));
    return out;
  }

  async fetchAccountStats(creds: ConnectorCredentials): Promise<AccountStats> {
    const res = await this.graph.get<{ followers_count?: number; fan_count?: number }>(
      `/${creds.externalId}`,
      {
        platform: 'facebook',
        phase: 'read',
        token: creds.accessToken,
        params: { fields: 'followers_count,fan_count' },
      },
    );
    return {
      followers: res.body.followers_count ?? 0,
      following: null,
      posts: null,
      fetchedAt: this.clock.now(),
    };
  }

  private async metricsOf(creds: ConnectorCredentials, postId: string): Promise<PostMetrics> {
    const call = { platform: 'facebook' as const, phase: 'read' as const, token: creds.accessToken };
    let counts: {
      shares?: { count?: number };
      reactions?: { summary?: { total_count?: number } };
      comments?: { summary?: { total_count?: number } };
    };
    try {
      counts = (
        await this.graph.get<typeof counts>(`/${postId}`, { ...call, params: { fields: COUNT_FIELDS } })
      ).body;
    } catch (e) {
      if (e instanceof ConnectorError && e.kind === 'not_found') return goneMetrics(postId, this.clock.now());
      throw e;
    }
    const insights = (
      await this.graph.get<GraphList<Insight>>(`/${postId}/insights`, {
        ...call,
        params: { metric: FACEBOOK_POST_INSIGHTS.join(',') },
      })
    ).body.data;
    const value = (name: string): unknown => insights.find((i) => i.name === name)?.values?.[0]?.value;
    const num = (name: string): number | null => {
      const v = value(name);
      return typeof v === 'number' ? v : null;
    };
    const raw: Record<string, unknown> = {
      shares: counts.shares?.count ?? 0,
      reactions: counts.reactions?.summary?.total_count ?? 0,
      comments: counts.comments?.summary?.total_count ?? 0,
    };
    for (const i of insights) raw[i.name] = i.values?.[0]?.value;
    return {
      postId,
      gone: false,
      views: num('post_media_view'),
      reach: num('post_total_media_view_unique'),
      likes: counts.reactions?.summary?.total_count ?? null,
      comments: counts.comments?.summary?.total_count ?? null,
      // Graph leaves `shares` out when it is 0.
      shares: counts.shares?.count ?? 0,
      saves: null,
      clicks: num('post_clicks'),
      raw,
      source: insights.length ? 'insights' : 'public',
      fetchedAt: this.clock.now(),
    };
  }
}

export function goneMetrics(postId: string, fetchedAt: Date): PostMetrics {
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
