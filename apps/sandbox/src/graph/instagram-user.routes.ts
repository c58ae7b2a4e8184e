import { HttpResult, json } from '../core/http-types';
import { inspectImage, looksLikeMp4 } from '../core/media-inspector';
import { IgContainer, IgContainerType, IgMedia } from '../core/sandbox-state';
import { SandboxStore } from '../core/sandbox-store';
import { graphFail, invalidParam } from './graph-errors';
import { fieldsOf, paginate, parseGraphTime, renderNode } from './graph-format';
import { GraphRequest } from './graph-request';
import { g, GraphRoutes, NodeHandler } from './graph-routes';
import {
  access,
  carouselChildren,
  checkCaption,
  containerStatus,
  fetchMedia,
  IMAGE_MAX_BYTES,
  profile,
  publish,
  recentPublishes,
  VIDEO_MAX_BYTES,
} from './instagram-publishing';
import { renderMedia } from './instagram-render';

/**
 * The IG user node: its fields, containers (media fetched and checked for real: JPEG, ≤ 8 MiB,
 * aspect ratio, width), media_publish under the rolling quota, the quota itself, and the listings
 * reconciliation reads.
 */
export function registerInstagramUserRoutes(routes: GraphRoutes, store: SandboxStore): void {
  routes.node('igUser', 'GET', '', (req, id) => getIgUser(store, req, id));
  routes.node('igUser', 'POST', 'media', (req, id) => createContainer(store, req, id));
  routes.node('igUser', 'POST', 'media_publish', (req, id) => publishContainer(store, req, id));
  routes.node('igUser', 'GET', 'content_publishing_limit', (req, id) => getPublishingLimit(store, req, id));
  routes.node('igUser', 'GET', 'media', mediaListing(store, false));
  routes.node('igUser', 'GET', 'stories', mediaListing(store, true));
}

function getIgUser(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const ig = g(store).igAccounts[id];
  access(store, req, ig, ['instagram_basic'], 'get');
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
        ig.baseMediaCount + store.igMediaOf(ig.id).filter((m) => !g(store).igMedia[m]?.deletedAt).length,
      profile_picture_url: () => `https://scontent.cdninstagram.com/sandbox/${ig.id}.jpg`,
      website: () => 'https://www.kemenkumham.go.id',
    }),
  );
}

async function createContainer(
  store: SandboxStore,
  req: GraphRequest,
  igUserId: string,
): Promise<HttpResult> {
  const ig = g(store).igAccounts[igUserId];
  access(store, req, ig, ['instagram_basic', 'instagram_content_publish'], 'post');
  const f = req.fields;
  const isItem = f.is_carousel_item === 'true';
  const type = containerTypeOf(store, req, isItem);

  const caption = type === 'STORIES' || isItem ? null : (f.caption ?? null);
  if (caption !== null) checkCaption(store, caption);

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
    base.children = carouselChildren(store, req, igUserId);
    const latest = Math.max(...base.children.map((c) => g(store).containers[c].readyAt));
    base.readyAt = Math.max(req.now + profile(store).imageProcessingSeconds * 1000, latest);
  } else if (type === 'IMAGE' || (type === 'STORIES' && f.image_url)) {
    await attachImage(store, req, base);
  } else {
    await attachVideo(store, req, base);
  }
  g(store).containers[id] = base;
  store.changed();
  return json(200, { id });
}

/** The container type a request asks for; a lone VIDEO is refused (single videos are REELS). */
function containerTypeOf(store: SandboxStore, req: GraphRequest, isItem: boolean): IgContainerType {
  const f = req.fields;
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
  return type;
}

/** The image is fetched and checked for real: JPEG, aspect ratio and (strict profile) width, as on Instagram. */
async function attachImage(store: SandboxStore, req: GraphRequest, base: IgContainer): Promise<void> {
  const f = req.fields;
  const id = base.id;
  const type = base.mediaType;
  if (!f.image_url) invalidParam(store, 'The parameter image_url is required.');
  const data = await fetchMedia(store, f.image_url, IMAGE_MAX_BYTES, true);
  const info = await inspectImage(data);
  if (!info || info.format !== 'jpeg') {
    graphFail(store, {
      code: 36001,
      subcode: 2207005,
      message: 'The image format is not supported. Supported formats are: JPEG',
      userTitle: 'Unsupported image format',
    });
  }
  if (type !== 'STORIES') {
    const ratio = info.width / info.height;
    if (ratio < 0.8 || ratio > 1.91) {
      graphFail(store, {
        code: 36003,
        subcode: 2207009,
        message: `The submitted image with aspect ratio ('${info.width}/${info.height}') cannot be published. Please submit an image with a valid aspect ratio.`,
        userTitle: 'Aspect ratio not supported',
      });
    }
    if (profile(store).strictImageWidth && (info.width < 320 || info.width > 1440)) {
      graphFail(store, {
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
  base.readyAt = req.now + profile(store).imageProcessingSeconds * 1000;
}

async function attachVideo(store: SandboxStore, req: GraphRequest, base: IgContainer): Promise<void> {
  const f = req.fields;
  if (!f.video_url) invalidParam(store, 'The parameter video_url is required.');
  const data = await fetchMedia(store, f.video_url, VIDEO_MAX_BYTES, false);
  base.videoUrl = f.video_url;
  base.readyAt = req.now + profile(store).videoProcessingSeconds * 1000;
  // A bad video is only found while Meta processes it: the container goes to ERROR.
  if (!looksLikeMp4(data)) {
    base.error = {
      subcode: 2207026,
      message: 'The video format is not supported. Please check the spec for supported formats.',
    };
  }
}

function publishContainer(store: SandboxStore, req: GraphRequest, igUserId: string): HttpResult {
  const ig = g(store).igAccounts[igUserId];
  access(store, req, ig, ['instagram_basic', 'instagram_content_publish'], 'post');
  const creationId = req.fields.creation_id ?? '';
  const c = g(store).containers[creationId];
  if (!c || c.igUserId !== igUserId)
    invalidParam(store, `Param creation_id has an invalid value: ${creationId}`);
  if (c.isCarouselItem)
    invalidParam(store, 'A carousel item cannot be published on its own; publish the CAROUSEL container.');
  const status = containerStatus(c, req.now, profile(store).containerExpirySeconds);
  if (status === 'PUBLISHED') {
    // Real code unverified (instagram.md §6): what matters is that no second media is created.
    invalidParam(store, `This media container has already been published as media ${c.publishedMediaId}.`);
  }
  if (status === 'IN_PROGRESS') {
    graphFail(store, {
      code: 9007,
      subcode: 2207027,
      message: 'Media ID is not available',
      userTitle: 'Media not ready for publishing',
      userMsg: 'The media is not ready for publishing, please wait for a moment',
    });
  }
  if (status === 'ERROR') {
    graphFail(store, {
      code: -1,
      subcode: 2207032,
      message: 'Create media failed, please try to re-create media',
      transient: false,
    });
  }
  if (status === 'EXPIRED') {
    graphFail(store, {
      code: -2,
      subcode: 2207020,
      message: 'The media you are trying to access has expired. Please try to upload again.',
    });
  }
  const log = recentPublishes(store, igUserId, req.now);
  if (log.length >= profile(store).quotaTotal) {
    graphFail(store, {
      code: 9,
      subcode: 2207042,
      message: 'Application request limit reached',
      userTitle: 'Cannot publish',
      userMsg:
        'The maximum number of posts that can be published via the API in a 24 hour period has been reached.',
    });
  }
  const media = publish(store, req, c);
  log.push(req.now);
  store.changed();
  return json(200, { id: media.id });
}

function getPublishingLimit(store: SandboxStore, req: GraphRequest, igUserId: string): HttpResult {
  const ig = g(store).igAccounts[igUserId];
  access(store, req, ig, ['instagram_basic', 'instagram_content_publish'], 'get');
  const used = recentPublishes(store, igUserId, req.now).length;
  const wanted = (req.fields.fields || 'quota_usage').split(',').map((s) => s.trim());
  const row: Record<string, unknown> = {};
  for (const w of wanted) {
    if (w === 'quota_usage') row.quota_usage = used;
    else if (w === 'config')
      row.config = {
        quota_total: profile(store).quotaTotal,
        quota_duration: profile(store).quotaDurationSeconds,
      };
    else
      invalidParam(store, `Tried accessing nonexisting field (${w}) on node type (ContentPublishingLimit)`);
  }
  return json(200, { data: [row] });
}

/** The account's feed media (or its stories of the last 24 hours), newest first, within `since` / `until`. */
function mediaListing(store: SandboxStore, stories: boolean): NodeHandler {
  return (req: GraphRequest, igUserId: string) => {
    const ig = g(store).igAccounts[igUserId];
    access(store, req, ig, ['instagram_basic'], 'get');
    const since = req.fields.since ? parseGraphTime(req.fields.since) : null;
    const until = req.fields.until ? parseGraphTime(req.fields.until) : null;
    const specs = fieldsOf(store, req, 'id');
    const items: IgMedia[] = [];
    const ids = store.igMediaOf(igUserId);
    for (let i = ids.length - 1; i >= 0; i--) {
      const m = g(store).igMedia[ids[i]];
      if (!m || m.deletedAt !== null) continue;
      if ((m.productType === 'STORY') !== stories) continue;
      if (stories && req.now - m.createdAt >= 86_400_000) continue;
      if (since !== null && m.createdAt < since) continue;
      if (until !== null && m.createdAt > until) continue;
      items.push(m);
    }
    return json(
      200,
      paginate(req, items, (m) => renderMedia(store, req, m, specs)),
    );
  };
}
