import { Clock } from '@warta/core';
import { ConnectorError } from '../connector-error';
import { goneMetrics } from '../facebook/facebook.connector';
import { GraphCall, GraphHttpClient } from '../graph/graph-http.client';
import { parseGraphTime, unixSeconds } from '../graph/graph-time';
import {
  AccountStats,
  ConnectorCapabilities,
  ContainerFate,
  ConnectorCredentials,
  FollowUpRequest,
  PostMetrics,
  PreparedPost,
  PrepareResult,
  PublishMedia,
  PublishRequest,
  RecentPostsQuery,
  RecentPostsResult,
  SendResult,
  SocialConnector,
  ValidationProblem,
} from '../social-connector';

const MAX_CAPTION = 2_200;
const MAX_HASHTAGS = 30;
const MAX_MENTIONS = 20;
const MAX_CAROUSEL = 10;
/** Images usually finish within seconds; Meta suggests about a minute between video polls. */
const IMAGE_CHECK_AFTER_S = 2;
const VIDEO_CHECK_AFTER_S = 30;
/** Current (2026) names; impressions / plays are retired and fail the whole call. */
const INSIGHTS_BY_PRODUCT: Record<string, string[]> = {
  FEED: ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'total_interactions'],
  REELS: ['views', 'reach', 'likes', 'comments', 'shares', 'saved', 'total_interactions'],
  STORY: ['views', 'reach', 'shares', 'total_interactions'],
};
/** ERROR subcodes a fresh container usually fixes (download timeout, server-side failures). */
const RECREATE_SUBCODES = new Set([2207001, 2207003, 2207020, 2207032, 2207053]);

type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';

/** A container not PUBLISHED was never published; only a FINISHED one can still be sent. */
const CONTAINER_FATE: Record<ContainerStatus, ContainerFate> = {
  PUBLISHED: 'published',
  FINISHED: 'unpublished',
  IN_PROGRESS: 'unpublished_remake',
  ERROR: 'unpublished_remake',
  EXPIRED: 'unpublished_remake',
};

interface GraphList<T> {
  data: T[];
}

export const INSTAGRAM_CAPABILITIES: ConnectorCapabilities = {
  platform: 'instagram',
  maxTextLength: MAX_CAPTION,
  maxMedia: MAX_CAROUSEL,
  requiresMedia: true,
  carousel: true,
  threads: false,
  firstComment: true,
  metricsBatchSize: 1,
  preparesAhead: 'always',
};

/** Instagram (via Facebook Login) over Graph HTTP: container -> status -> media_publish. */
export class InstagramConnector implements SocialConnector {
  readonly platform = 'instagram' as const;
  readonly capabilities = INSTAGRAM_CAPABILITIES;

  constructor(
    private readonly graph: GraphHttpClient,
    private readonly clock: Clock,
  ) {}

  validate(request: PublishRequest): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const caption = request.text;
    if (!request.media.length) {
      problems.push({
        code: 'media_required',
        message: 'Instagram posts need a photo or video.',
        field: 'media',
      });
    }
    if (request.media.length > MAX_CAROUSEL) {
      problems.push({ code: 'too_many_media', message: `At most ${MAX_CAROUSEL} items.`, field: 'media' });
    }
    if (request.media.some((m) => m.kind === 'gif')) {
      problems.push({ code: 'media_kind', message: 'Instagram does not take GIFs.', field: 'media' });
    }
    if ([...caption].length > MAX_CAPTION) {
      problems.push({ code: 'text_too_long', message: `At most ${MAX_CAPTION} characters.`, field: 'text' });
    }
    if ((caption.match(/#[\p{L}\p{N}_]+/gu)?.length ?? 0) > MAX_HASHTAGS) {
      problems.push({
        code: 'too_many_hashtags',
        message: `At most ${MAX_HASHTAGS} hashtags.`,
        field: 'text',
      });
    }
    if ((caption.match(/(^|[^\w])@[A-Za-z0-9._]+/g)?.length ?? 0) > MAX_MENTIONS) {
      problems.push({
        code: 'too_many_mentions',
        message: `At most ${MAX_MENTIONS} @mentions.`,
        field: 'text',
      });
    }
    return problems;
  }

  async prepare(
    creds: ConnectorCredentials,
    request: PublishRequest,
    previous?: PreparedPost | null,
  ): Promise<PrepareResult> {
    const call = this.call(creds, 'prepare');
    const hasVideo = request.media.some((m) => m.kind === 'video');
    const checkAfter = hasVideo ? VIDEO_CHECK_AFTER_S : IMAGE_CHECK_AFTER_S;
    const prepared: PreparedPost = {
      platform: 'instagram',
      text: request.text,
      link: request.link ?? null,
      mediaIds: [],
      containerId: previous?.containerId ?? null,
      childContainerIds: previous?.childContainerIds ?? [],
    };

    if (!prepared.containerId && request.media.length > 1) {
      // Carousel: children first (reused when a previous attempt made them), all FINISHED, then the parent.
      if (prepared.childContainerIds.length !== request.media.length) {
        prepared.childContainerIds = [];
        for (const m of request.media) {
          prepared.childContainerIds.push(await this.createContainer(call, creds, m, null, true));
        }
      }
      for (const child of prepared.childContainerIds) {
        const status = await this.containerStatus(call, child);
        if (status === 'IN_PROGRESS') return { status: 'not_ready', prepared, checkAfterSeconds: checkAfter };
      }
      const parent = await this.graph.post<{ id: string }>(`/${creds.externalId}/media`, {
        ...call,
        params: {
          media_type: 'CAROUSEL',
          children: prepared.childContainerIds.join(','),
          caption: request.text,
        },
      });
      prepared.containerId = parent.body.id;
    } else if (!prepared.containerId) {
      const only = request.media[0];
      if (!only)
        throw new ConnectorError('validation', 'instagram', 'Instagram posts need a photo or video.');
      prepared.containerId = await this.createContainer(call, creds, only, request.text, false);
    }

    const status = await this.containerStatus(call, prepared.containerId);
    if (status === 'IN_PROGRESS') return { status: 'not_ready', prepared, checkAfterSeconds: checkAfter };
    return { status: 'ready', prepared };
  }

  async send(creds: ConnectorCredentials, prepared: PreparedPost): Promise<SendResult> {
    if (!prepared.containerId) {
      throw new ConnectorError(
        'validation',
        'instagram',
        'Nothing to publish: prepare has not created a container.',
        {
          discardPrepared: true,
        },
      );
    }
    const res = await this.graph.post<{ id: string }>(`/${creds.externalId}/media_publish`, {
      ...this.call(creds, 'send'),
      params: { creation_id: prepared.containerId },
    });
    // The answer is an id only. The public link (a shortcode) is read back later, outside the send
    // (ResolvePermalinks): the post is live now, and nothing more should stand between this answer
    // and recording it.
    return { platformPostId: res.body.id, permalink: null, publishedAt: null };
  }

  async sendFollowUp(creds: ConnectorCredentials, followUp: FollowUpRequest): Promise<{ id: string }> {
    if (followUp.kind !== 'first_comment') {
      throw new ConnectorError('validation', 'instagram', 'Instagram has no threads; use a first comment.');
    }
    const res = await this.graph.post<{ id: string }>(`/${followUp.parentId}/comments`, {
      ...this.call(creds, 'send'),
      params: { message: followUp.text },
    });
    return { id: res.body.id };
  }

  async findRecentPosts(creds: ConnectorCredentials, query: RecentPostsQuery): Promise<RecentPostsResult> {
    const call = this.call(creds, 'read');
    const res = await this.graph.get<
      GraphList<{ id: string; caption?: string; timestamp?: string; permalink?: string }>
    >(`/${creds.externalId}/media`, {
      ...call,
      params: { fields: 'id,caption,timestamp,permalink', since: unixSeconds(query.since), limit: 50 },
    });
    const containerStatus = query.containerId
      ? await this.containerStatus(call, query.containerId, false)
      : null;
    return {
      posts: res.body.data.map((m) => ({
        id: m.id,
        text: m.caption ?? null,
        createdAt: parseGraphTime(m.timestamp),
        permalink: m.permalink ?? null,
      })),
      containerStatus,
      container: containerStatus ? (CONTAINER_FATE[containerStatus] ?? 'unpublished_remake') : null,
    };
  }

  /** Media ids are not links: the shortcode is read back after publishing. */
  permalinkOf(): string | null {
    return null;
  }

  async delete(creds: ConnectorCredentials, postId: string): Promise<{ deleted: boolean }> {
    try {
      const res = await this.graph.delete<{ success?: boolean }>(`/${postId}`, this.call(creds, 'read'));
      return { deleted: res.body.success === true };
    } catch (e) {
      if (e instanceof ConnectorError && e.kind === 'not_found') return { deleted: false };
      throw e;
    }
  }

  async fetchPostMetrics(creds: ConnectorCredentials, postIds: string[]): Promise<PostMetrics[]> {
    const out: PostMetrics[] = [];
    for (const id of postIds) out.push(await this.metricsOf(creds, id));
    return out;
  }

  async fetchAccountStats(creds: ConnectorCredentials): Promise<AccountStats> {
    const res = await this.graph.get<{
      followers_count?: number;
      follows_count?: number;
      media_count?: number;
    }>(`/${creds.externalId}`, {
      ...this.call(creds, 'read'),
      params: { fields: 'followers_count,follows_count,media_count' },
    });
    return {
      followers: res.body.followers_count ?? 0,
      following: res.body.follows_count ?? null,
      posts: res.body.media_count ?? null,
      fetchedAt: this.clock.now(),
    };
  }

  private call(creds: ConnectorCredentials, phase: GraphCall['phase']): GraphCall {
    return { platform: 'instagram', phase, token: creds.accessToken };
  }

  private async createContainer(
    call: GraphCall,
    creds: ConnectorCredentials,
    m: PublishMedia,
    caption: string | null,
    carouselItem: boolean,
  ): Promise<string> {
    const params: Record<string, string | boolean> = {};
    if (m.kind === 'video') {
      params.media_type = carouselItem ? 'VIDEO' : 'REELS';
      params.video_url = m.url;
    } else {
      params.image_url = m.url;
      if (m.altText) params.alt_text = m.altText;
    }
    if (carouselItem) params.is_carousel_item = true;
    if (caption !== null) params.caption = caption;
    const res = await this.graph.post<{ id: string }>(`/${creds.externalId}/media`, { ...call, params });
    return res.body.id;
  }

  /**
   * A container's status_code, with ERROR and EXPIRED turned into errors when `raise` is set:
   * ERROR carries its 22070xx subcode in the status text, parsed like an error envelope.
   */
  private async containerStatus(call: GraphCall, id: string, raise = true): Promise<ContainerStatus> {
    const res = await this.graph.get<{ status_code: ContainerStatus; status?: string }>(`/${id}`, {
      ...call,
      phase: call.phase === 'send' ? 'read' : call.phase,
      params: { fields: 'status_code,status' },
    });
    const { status_code: code, status } = res.body;
    if (!raise) return code;
    if (code === 'ERROR') {
      const subcode = Number(/(\d{7})\s*$/.exec(status ?? '')?.[1] ?? 0);
      const recreate = RECREATE_SUBCODES.has(subcode);
      throw new ConnectorError(
        recreate ? 'transient' : 'validation',
        'instagram',
        `Instagram container ${status ?? 'ERROR'}`,
        {
          platformCode: `container_error/${subcode || 'unknown'}`,
          discardPrepared: true,
        },
      );
    }
    if (code === 'EXPIRED') {
      // Not published within 24 h: only a new container helps.
      throw new ConnectorError(
        'transient',
        'instagram',
        'Instagram container expired before it was published.',
        {
          platformCode: 'container_expired',
          discardPrepared: true,
        },
      );
    }
    return code;
  }

  private async metricsOf(creds: ConnectorCredentials, id: string): Promise<PostMetrics> {
    const call = this.call(creds, 'read');
    let media: { like_count?: number; comments_count?: number; media_product_type?: string };
    try {
      media = (
        await this.graph.get<typeof media>(`/${id}`, {
          ...call,
          params: { fields: 'id,like_count,comments_count,media_product_type' },
        })
      ).body;
    } catch (e) {
      if (e instanceof ConnectorError && e.kind === 'not_found') return goneMetrics(id, this.clock.now());
      throw e;
    }
    const metrics = INSIGHTS_BY_PRODUCT[media.media_product_type ?? 'FEED'] ?? INSIGHTS_BY_PRODUCT.FEED;
    const insights = (
      await this.graph.get<GraphList<{ name: string; values: Array<{ value: unknown }> }>>(
        `/${id}/insights`,
        {
          ...call,
          params: { metric: metrics.join(',') },
        },
      )
    ).body.data;
    // Data not ready yet is an empty list, not zeros: keep nulls so rollups do not read a drop.
    const num = (name: string): number | null => {
      const v = insights.find((i) => i.name === name)?.values?.[0]?.value;
      return typeof v === 'number' ? v : null;
    };
    const raw: Record<string, unknown> = {
      like_count: media.like_count,
      comments_count: media.comments_count,
    };
    for (const i of insights) raw[i.name] = i.values?.[0]?.value;
    return {
      postId: id,
      gone: false,
      views: num('views'),
      reach: num('reach'),
      likes: num('likes') ?? media.like_count ?? null,
      comments: num('comments') ?? media.comments_count ?? null,
      shares: num('shares'),
      saves: num('saved'),
      clicks: null,
      raw,
      source: insights.length ? 'insights' : 'public',
      fetchedAt: this.clock.now(),
    };
  }
}
