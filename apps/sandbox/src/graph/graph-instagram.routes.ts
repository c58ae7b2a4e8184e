import { json } from '../core/http-types';
import { downloadMedia } from '../core/media-fetcher';
import { inspectImage, looksLikeMp4 } from '../core/media-inspector';
import { IgAccount, IgContainer, IgContainerType, IgMedia, SocialComment } from '../core/sandbox-state';
import { GraphCaller } from './graph-auth';
import { GraphErrorInput, graphFail, invalidParam, notFoundObject } from './graph-errors';
import { FieldSpec } from './graph-fields';
import { fbTime, fieldsOf, paginate, parseGraphTime, renderNode } from './graph-format';
import { GraphRequest } from './graph-request';
import { GraphDeps, GraphRoutes } from './graph-routes';
import { igMediaMetrics } from './instagram-metrics';

const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
const VIDEO_MAX_BYTES = 300 * 1024 * 1024;
const RETIRED_METRICS = [
  'impressions',
  'plays',
  'clips_replays_count',
  'ig_reels_aggregated_all_plays_count',
  'video_views',
  'engagement',
];
const METRICS_BY_PRODUCT: Record<IgMedia['productType'], string[]> = {
  FEED: [
    'views',
    'reach',
    'likes',
    'comments',
    'shares',
    'saved',
    'total_interactions',
    'profile_visits',
    'follows',
  ],
  REELS: [
    'views',
    'reach',
    'likes',
    'comments',
    'shares',
    'saved',
    'total_interactions',
    'ig_reels_avg_watch_time',
    'ig_reels_video_view_total_time',
  ],
  STORY: [
    'views',
    'reach',
    'replies',
    'navigation',
    'shares',
    'follows',
    'profile_visits',
    'total_interactions',
  ],
};
const ALL_METRICS = [...new Set(Object.values(METRICS_BY_PRODUCT).flat())];

export type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'EXPIRED' | 'PUBLISHED';

/** A container's state is a pure function of the virtual clock, so polling cadence cannot change it. */
export function containerStatus(c: IgContainer, now: number, expirySeconds: number): ContainerStatus {
  if (c.publishedMediaId) return 'PUBLISHED';
  if (now < c.readyAt) return 'IN_PROGRESS';
  if (c.error) return 'ERROR';
  if (now >= c.createdAt + expirySeconds * 1000) return 'EXPIRED';
  return 'FINISHED';
}

/**
 * Instagram content publishing through Facebook Login: container → status → media_publish, with
 * the media fetched and checked for real (JPEG, ≤ 8 MiB, aspect ratio, width), the rolling quota,
 * comments, insights and the listings reconciliation reads.
 */
export function registerInstagramRoutes(routes: GraphRoutes, deps: GraphDeps): void {
  const { store } = deps;
  const g = () => store.state.graph;
  const profile = () => store.state.profile.instagram;

  /** IG calls take the linked Page's token or a token of a user with a role on that Page. */
  const access = (req: GraphRequest, ig: IgAccount, scopes: string[], method: string): GraphCaller => {
    const caller = req.track(ig.id);
    const page = g().pages[ig.pageId];
    const allowed =
      (caller.token.kind === 'page' && caller.token.pageId === ig.pageId) ||
      (caller.token.kind === 'user' && !!page?.roles.some((r) => r.userId === caller.user.id));
    if (!allowed) notFoundObject(store, ig.id, method);
    const missing = scopes.filter((s) => !caller.token.scopes.includes(s));
    if (missing.length) {
      graphFail(store, {
        code: 10,
        message: `(#10) Application does not have permission for this action. Requires ${missing.join(', ')}.`,
      });
    }
    return caller;
  };

  const fail: (e: GraphErrorInput) => never = (e) => graphFail(store, e);

  // ---- IG user -------------------------------------------------------------------------

  routes.node('igUser', 'GET', '', (req, id) => {
    const ig = g().igAccounts[id];
    access(req, ig, ['instagram_basic'], 'get');
    return json(
      200,
      renderNode(store, 'IGUser', fieldsOf(store, req, 'id'), {
        id: () => ig.id,
        username: () => ig.username,
        name: () => ig.name,
        biography: () => `Akun Instagram sandbox ${ig.name}`,
        followers_count: () => ig.followers + (store.state.engagement[ig.id]?.followers ?? 0),
        follows_count: () => ig.follows,
        media_count: () =>
          ig.baseMediaCount + store.igMediaOf(ig.id).filter((m) => !g().igMedia[m]?.deletedAt).length,
        profile_picture_url: () => `https://scontent.cdninstagram.com/sandbox/${ig.id}.jpg`,
        website: () => 'https://www.kemenkumham.go.id',
      }),
    );
  });

  routes.node('igUser', 'POST', 'media', async (req, igUserId) => {
    const ig = g().igAccounts[igUserId];
    access(req, ig, ['instagram_basic', 'instagram_content_publish'], 'post');
    const f = req.fields;
    const isItem = f.is_carousel_item === 'true';
    const requested = (f.media_type ?? '').toUpperCase();
    const allowedTypes = ['', 'IMAGE', 'VIDEO', 'REELS', 'STORIES', 'CAROUSEL'];
    if (!allowedTypes.includes(requested))
      invalidParam(store, `The parameter media_type has an invalid value: ${f.media_type}`);
    let type: IgContainerType;
    if (requested === 'CAROUSEL') type = 'CAROUSEL';
    else if (requested === 'REELS' || requested === 'STORIES') type = requested;
    else if (requested === 'VIDEO') {
      if (!isItem)
        invalidParam(
          store,
          'The media_type VIDEO is only supported for carousel items; publish a single video with media_type=REELS.',
          2207067,
        );
      type = 'VIDEO';
    } else if (f.video_url && isItem) type = 'VIDEO';
    else type = 'IMAGE';

    const caption = type === 'STORIES' || isItem ? null : (f.caption ?? null);
    if (caption !== null) checkCaption(caption);

    const id = store.ids.next('igContainer');
    const base: IgContainer = {
      id,
      igUserId,
      mediaType: type,
      isCarouselItem: isItem,
      imageUrl: null,
      videoUrl: null,
      blobId: null,
      width: null,
      height: null,
      caption,
      altText: f.alt_text ?? null,
      children: [],
      createdAt: req.now,
      readyAt: req.now,
      error: null,
      publishedMediaId: null,
      publishedAt: null,
    };

    if (type === 'CAROUSEL') {
      if (isItem) invalidParam(store, 'A carousel cannot be a carousel item.');
      base.children = carouselChildren(req, igUserId);
      const latest = Math.max(...base.children.map((c) => g().containers[c].readyAt));
      base.readyAt = Math.max(req.now + profile().imageProcessingSeconds * 1000, latest);
    } else if (type === 'IMAGE' || (type === 'STORIES' && f.image_url)) {
      if (!f.image_url) invalidParam(store, 'The parameter image_url is required.');
      const data = await fetchMedia(f.image_url, IMAGE_MAX_BYTES, true);
      const info = await inspectImage(data);
      if (!info || info.format !== 'jpeg') {
        fail({
          code: 36001,
          subcode: 2207005,
          message: 'The image format is not supported. Supported formats are: JPEG',
          userTitle: 'Unsupported image format',
        });
      }
      if (type !== 'STORIES') {
        const ratio = info.width / info.height;
        if (ratio < 0.8 || ratio > 1.91) {
          fail({
            code: 36003,
            subcode: 2207009,
            message: `The submitted image with aspect ratio ('${info.width}/${info.height}') cannot be published. Please submit an image with a valid aspect ratio.`,
            userTitle: 'Aspect ratio not supported',
          });
        }
        if (profile().strictImageWidth && (info.width < 320 || info.width > 1440)) {
          fail({
            code: 36001,
            subcode: 2207005,
            message: `The image width (${info.width}px) is not supported. Width must be between 320 and 1440 pixels.`,
            userTitle: 'Image size not supported',
          });
        }
      }
      base.imageUrl = f.image_url;
      base.width = info.width;
      base.height = info.height;
      base.blobId = `ig-${id}`;
      store.blobs.put(base.blobId, { mime: info.mime, data });
      base.readyAt = req.now + profile().imageProcessingSeconds * 1000;
    } else {
      if (!f.video_url) invalidParam(store, 'The parameter video_url is required.');
      const data = await fetchMedia(f.video_url, VIDEO_MAX_BYTES, false);
      base.videoUrl = f.video_url;
      base.readyAt = req.now + profile().videoProcessingSeconds * 1000;
      // A bad video is only found while Meta processes it: the container goes to ERROR.
      if (!looksLikeMp4(data)) {
        base.error = {
          subcode: 2207026,
          message: 'The video format is not supported. Please check the spec for supported formats.',
        };
      }
    }
    g().containers[id] = base;
    store.changed();
    return json(200, { id });
  });

  routes.node('igUser', 'POST', 'media_publish', (req, igUserId) => {
    const ig = g().igAccounts[igUserId];
    access(req, ig, ['instagram_basic', 'instagram_content_publish'], 'post');
    const creationId = req.fields.creation_id ?? '';
    const c = g().containers[creationId];
    if (!c || c.igUserId !== igUserId)
      invalidParam(store, `Param creation_id has an invalid value: ${creationId}`);
    if (c.isCarouselItem)
      invalidParam(store, 'A carousel item cannot be published on its own; publish the CAROUSEL container.');
    const status = containerStatus(c, req.now, profile().containerExpirySeconds);
    if (status === 'PUBLISHED') {
      // Real code unverified (instagram.md §6): what matters is that no second media is created.
      invalidParam(store, `This media container has already been published as media ${c.publishedMediaId}.`);
    }
    if (status === 'IN_PROGRESS') {
      fail({
        code: 9007,
        subcode: 2207027,
        message: 'Media ID is not available',
        userTitle: 'Media not ready for publishing',
        userMsg: 'The media is not ready for publishing, please wait for a moment',
      });
    }
    if (status === 'ERROR') {
      fail({
        code: -1,
        subcode: 2207032,
        message: 'Create media failed, please try to re-create media',
        transient: false,
      });
    }
    if (status === 'EXPIRED') {
      fail({
        code: -2,
        subcode: 2207020,
        message: 'The media you are trying to access has expired. Please try to upload again.',
      });
    }
    const log = recentPublishes(igUserId, req.now);
    if (log.length >= profile().quotaTotal) {
      fail({
        code: 9,
        subcode: 2207042,
        message: 'Application request limit reached',
        userTitle: 'Cannot publish',
        userMsg:
          'The maximum number of posts that can be published via the API in a 24 hour period has been reached.',
      });
    }
    const media = publish(req, c);
    log.push(req.now);
    store.changed();
    return json(200, { id: media.id });
  });

  routes.node('igUser', 'GET', 'content_publishing_limit', (req, igUserId) => {
    const ig = g().igAccounts[igUserId];
    access(req, ig, ['instagram_basic', 'instagram_content_publish'], 'get');
    const used = recentPublishes(igUserId, req.now).length;
    const wanted = (req.fields.fields || 'quota_usage').split(',').map((s) => s.trim());
    const row: Record<string, unknown> = {};
    for (const w of wanted) {
      if (w === 'quota_usage') row.quota_usage = used;
      else if (w === 'config')
        row.config = { quota_total: profile().quotaTotal, quota_duration: profile().quotaDurationSeconds };
      else
        invalidParam(store, `Tried accessing nonexisting field (${w}) on node type (ContentPublishingLimit)`);
    }
    return json(200, { data: [row] });
  });

  const mediaListing = (stories: boolean) => (req: GraphRequest, igUserId: string) => {
    const ig = g().igAccounts[igUserId];
    access(req, ig, ['instagram_basic'], 'get');
    const since = req.fields.since ? parseGraphTime(req.fields.since) : null;
    const until = req.fields.until ? parseGraphTime(req.fields.until) : null;
    const specs = fieldsOf(store, req, 'id');
    const items: IgMedia[] = [];
    const ids = store.igMediaOf(igUserId);
    for (let i = ids.length - 1; i >= 0; i--) {
      const m = g().igMedia[ids[i]];
      if (!m || m.deletedAt !== null) continue;
      if ((m.productType === 'STORY') !== stories) continue;
      if (stories && req.now - m.createdAt >= 86_400_000) continue;
      if (since !== null && m.createdAt < since) continue;
      if (until !== null && m.createdAt > until) continue;
      items.push(m);
    }
    return json(
      200,
      paginate(req, items, (m) => renderMedia(req, m, specs)),
    );
  };
  routes.node('igUser', 'GET', 'media', mediaListing(false));
  routes.node('igUser', 'GET', 'stories', mediaListing(true));

  // ---- container -----------------------------------------------------------------------

  routes.node('container', 'GET', '', (req, id) => {
    const c = g().containers[id];
    access(req, g().igAccounts[c.igUserId], ['instagram_basic'], 'get');
    const status = containerStatus(c, req.now, profile().containerExpirySeconds);
    return json(
      200,
      renderNode(store, 'ShadowIGMediaBuilder', fieldsOf(store, req, 'id'), {
        id: () => c.id,
        status_code: () => status,
        status: () => statusText(c, status),
        copyright_check_status: () => ({
          status: status === 'IN_PROGRESS' ? 'in_progress' : 'completed',
          matches_found: false,
        }),
      }),
    );
  });

  // ---- media ---------------------------------------------------------------------------

  const liveMedia = (id: string, method: string): IgMedia => {
    const m = g().igMedia[id];
    if (!m || m.deletedAt !== null) notFoundObject(store, id, method);
    return m;
  };

  routes.node('igMedia', 'GET', '', (req, id) => {
    const m = liveMedia(id, 'get');
    access(req, g().igAccounts[m.igUserId], ['instagram_basic'], 'get');
    return json(200, renderMedia(req, m, fieldsOf(store, req, 'id')));
  });

  routes.node('igMedia', 'GET', 'children', (req, id) => {
    const m = liveMedia(id, 'get');
    access(req, g().igAccounts[m.igUserId], ['instagram_basic'], 'get');
    const specs = fieldsOf(store, req, 'id');
    return json(200, { data: m.childIds.map((c) => renderMedia(req, g().igMedia[c], specs)) });
  });

  routes.node('igMedia', 'DELETE', '', (req, id) => {
    const m = liveMedia(id, 'delete');
    access(req, g().igAccounts[m.igUserId], ['instagram_manage_contents'], 'delete');
    if (m.isCarouselChild)
      invalidParam(store, 'A carousel child cannot be deleted on its own; delete the carousel.');
    m.deletedAt = req.now;
    store.changed();
    return json(200, { success: true });
  });

  routes.node('igMedia', 'POST', 'comments', (req, id) => {
    const m = liveMedia(id, 'post');
    const ig = g().igAccounts[m.igUserId];
    access(req, ig, ['instagram_basic', 'instagram_manage_comments'], 'post');
    const message = req.fields.message ?? '';
    if (!message) invalidParam(store, 'The parameter message is required.');
    if (message.length > 2200) invalidParam(store, 'The comment is too long (max 2,200 characters).');
    const commentId = store.ids.next('igComment');
    const c: SocialComment = {
      id: commentId,
      parentId: m.id,
      platform: 'instagram',
      fromId: ig.id,
      fromName: ig.username,
      message,
      createdAt: req.now,
      deletedAt: null,
    };
    g().comments[commentId] = c;
    m.commentIds.push(commentId);
    store.changed();
    return json(200, { id: commentId });
  });

  routes.node('igMedia', 'GET', 'comments', (req, id) => {
    const m = liveMedia(id, 'get');
    access(req, g().igAccounts[m.igUserId], ['instagram_basic', 'instagram_manage_comments'], 'get');
    const specs = fieldsOf(store, req, 'id,text,timestamp');
    const comments = m.commentIds
      .map((c) => g().comments[c])
      .filter((c): c is SocialComment => !!c && c.deletedAt === null);
    return json(
      200,
      paginate(req, comments, (c) =>
        renderNode(store, 'IGComment', specs, {
          id: () => c.id,
          text: () => c.message,
          timestamp: () => fbTime(c.createdAt),
          username: () => c.fromName,
          like_count: () => 0,
          from: () => ({ id: c.fromId, username: c.fromName }),
        }),
      ),
    );
  });

  routes.node('igMedia', 'GET', 'insights', (req, id) => {
    const m = liveMedia(id, 'get');
    access(req, g().igAccounts[m.igUserId], ['instagram_basic', 'instagram_manage_insights'], 'get');
    const raw = req.fields.metric;
    if (!raw) invalidParam(store, 'The parameter metric is required.');
    const names = raw.split(',').map((s) => s.trim());
    const supported = METRICS_BY_PRODUCT[m.productType];
    names.forEach((n, i) => {
      // Retired or unknown names fail the whole call, whichever position they are in.
      if (RETIRED_METRICS.includes(n) || !ALL_METRICS.includes(n)) {
        invalidParam(store, `metric[${i}] must be one of the following values: ${ALL_METRICS.join(', ')}`);
      }
      if (!supported.includes(n)) {
        invalidParam(
          store,
          `The Media Insights API does not support the ${n} metric for this media product type.`,
        );
      }
    });
    if (m.isCarouselChild) invalidParam(store, 'Insights are not available for carousel children.');
    const age = req.now - m.createdAt;
    if (age < profile().insightsDelaySeconds * 1000) return json(200, { data: [] });
    if (m.productType === 'STORY' && age >= 86_400_000) return json(200, { data: [] });
    const values = igMediaMetrics(store, m, req.now);
    return json(200, {
      data: names.map((name) => ({
        name,
        period: 'lifetime',
        values: [{ value: values[name] ?? 0 }],
        title: name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
        description: `Lifetime ${name.replace(/_/g, ' ')} of this media.`,
        id: `${m.id}/insights/${name}/lifetime`,
      })),
    });
  });

  // ---- helpers -------------------------------------------------------------------------

  const checkCaption = (caption: string): void => {
    if ([...caption].length > 2200)
      invalidParam(store, 'The caption is too long. The maximum is 2,200 characters.');
    const hashtags = caption.match(/#[\p{L}\p{N}_]+/gu)?.length ?? 0;
    if (hashtags > 30) invalidParam(store, `The caption has ${hashtags} hashtags. The maximum is 30.`);
    const mentions = caption.match(/(^|[^\w])@[A-Za-z0-9._]+/g)?.length ?? 0;
    if (mentions > 20) invalidParam(store, `The caption has ${mentions} @mentions. The maximum is 20.`);
  };

  const fetchMedia = async (url: string, maxBytes: number, image: boolean): Promise<Buffer> => {
    const dl = await downloadMedia(url, { timeoutMs: store.state.profile.media.downloadTimeoutMs, maxBytes });
    if (dl.ok) return dl.data;
    if (dl.reason === 'timeout') {
      fail({
        code: -2,
        subcode: 2207003,
        message: 'It takes too long to download the media.',
        transient: true,
      });
    }
    if (dl.reason === 'too_large') {
      fail(
        image
          ? {
              code: 36000,
              subcode: 2207004,
              message: 'The image is too large to download. It should be less than 8 MiB.',
              userTitle: 'Image too large',
            }
          : { code: 352, subcode: 2207026, message: 'The video file is too large.' },
      );
    }
    return fail({
      code: 9004,
      subcode: 2207052,
      message: `The media could not be fetched from this uri: ${url}`,
      userTitle: 'Media download has failed.',
    });
  };

  const carouselChildren = (req: GraphRequest, igUserId: string): string[] => {
    const raw = req.fields.children ?? '';
    let ids: string[];
    if (raw.trim().startsWith('[')) {
      try {
        ids = (JSON.parse(raw) as unknown[]).map(String);
      } catch {
        invalidParam(store, 'The parameter children must be a list of container ids.');
      }
    } else
      ids = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (ids.length < 2 || ids.length > 10)
      invalidParam(store, `A carousel needs 2 to 10 children (got ${ids.length}).`);
    const usedElsewhere = new Set(Object.values(g().containers).flatMap((c) => c.children));
    for (const childId of ids) {
      const c = g().containers[childId];
      if (!c || c.igUserId !== igUserId || !c.isCarouselItem || usedElsewhere.has(childId)) {
        invalidParam(store, `The carousel child ${childId} is not a valid carousel item of this account.`);
      }
      const s = containerStatus(c, req.now, profile().containerExpirySeconds);
      if (s === 'IN_PROGRESS') {
        fail({
          code: 9007,
          subcode: 2207027,
          message: 'Media ID is not available',
          userMsg: `Carousel child ${childId} is not ready yet.`,
        });
      }
      if (s !== 'FINISHED')
        invalidParam(store, `The carousel child ${childId} cannot be used (status ${s}).`);
    }
    if (new Set(ids).size !== ids.length)
      invalidParam(store, 'A carousel cannot contain the same child twice.');
    return ids;
  };

  const recentPublishes = (igUserId: string, now: number): number[] => {
    const log = (g().igPublishLog[igUserId] ??= []);
    const horizon = now - profile().quotaDurationSeconds * 1000;
    while (log.length && log[0] <= horizon) log.shift();
    return log;
  };

  const publish = (req: GraphRequest, c: IgContainer): IgMedia => {
    const make = (container: IgContainer, child: boolean): IgMedia => {
      const id = store.ids.next('igMedia');
      const media: IgMedia = {
        id,
        igUserId: container.igUserId,
        containerId: container.id,
        mediaType:
          container.mediaType === 'CAROUSEL' ? 'CAROUSEL_ALBUM' : container.videoUrl ? 'VIDEO' : 'IMAGE',
        productType:
          container.mediaType === 'REELS' ? 'REELS' : container.mediaType === 'STORIES' ? 'STORY' : 'FEED',
        caption: child ? null : container.caption,
        createdAt: req.now,
        shortcode: store.ids.short('shortcode', 11),
        mediaUrl: container.blobId ? `${req.ctx.baseUrl}/__media/${container.blobId}` : container.videoUrl,
        blobId: container.blobId,
        childIds: [],
        isCarouselChild: child,
        deletedAt: null,
        commentIds: [],
      };
      container.publishedMediaId = id;
      container.publishedAt = req.now;
      store.addIgMedia(media);
      return media;
    };
    const parent = make(c, false);
    for (const childId of c.children) parent.childIds.push(make(g().containers[childId], true).id);
    return parent;
  };

  const statusText = (c: IgContainer, s: ContainerStatus): string => {
    switch (s) {
      case 'IN_PROGRESS':
        return 'In Progress: Media is still being processed.';
      case 'FINISHED':
        return 'Finished: Media has been uploaded and it is ready to be published.';
      case 'PUBLISHED':
        return 'Published: Media has been successfully published.';
      case 'EXPIRED':
        return 'Expired: The media container was not published within 24 hours.';
      case 'ERROR':
        return `Error: ${c.error?.message ?? 'Unknown error'} ${c.error?.subcode ?? 2207001}`;
    }
  };

  const renderMedia = (req: GraphRequest, m: IgMedia, specs: FieldSpec[]): Record<string, unknown> => {
    const ig = g().igAccounts[m.igUserId];
    let metrics: Record<string, number> | null = null;
    const mm = () => (metrics ??= igMediaMetrics(store, m, req.now));
    return renderNode(store, 'IGMedia', specs, {
      id: () => m.id,
      caption: () => m.caption ?? undefined,
      media_type: () => m.mediaType,
      media_product_type: () => m.productType,
      media_url: () => m.mediaUrl ?? undefined,
      thumbnail_url: () =>
        m.mediaType === 'VIDEO' ? `${req.ctx.baseUrl}/__fixtures/thumb-${m.id}-640x1136.jpg` : undefined,
      permalink: () =>
        m.isCarouselChild
          ? undefined
          : `https://www.instagram.com/${m.productType === 'REELS' ? 'reel' : 'p'}/${m.shortcode}/`,
      shortcode: () => m.shortcode,
      timestamp: () => fbTime(m.createdAt),
      username: () => ig?.username,
      owner: () => ({ id: m.igUserId }),
      is_comment_enabled: () => true,
      like_count: () => mm().likes,
      comments_count: () => mm().comments,
      alt_text: () => g().containers[m.containerId]?.altText ?? undefined,
      children: (s) => ({
        data: m.childIds.map((c) =>
          renderMedia(req, g().igMedia[c], s.children ?? [{ name: 'id', modifiers: {}, children: null }]),
        ),
      }),
    });
  };
}
