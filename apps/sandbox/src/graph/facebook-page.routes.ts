import { HttpResult, json } from '../core/http-types';
import { downloadMedia } from '../core/media-fetcher';
import { inspectImage } from '../core/media-inspector';
import { FbPhoto, FbPost } from '../core/sandbox-state';
import { SandboxStore } from '../core/sandbox-store';
import { graphFail, invalidParam } from './graph-errors';
import {
  FieldResolver,
  fbTime,
  fieldsOf,
  isFalse,
  paginate,
  parseGraphTime,
  renderNode,
} from './graph-format';
import { GraphRequest } from './graph-request';
import { g, GraphRoutes, NodeHandler } from './graph-routes';
import { fbPostMetrics } from './facebook-metrics';
import {
  attachedMedia,
  checkDuplicate,
  createPost,
  liveAt,
  metricList,
  requirePageToken,
  scheduleOf,
} from './facebook-posting';
import { igField, renderPost } from './facebook-render';

const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

const PAGE_INSIGHTS = [
  'page_follows',
  'page_daily_follows_unique',
  'page_media_view',
  'page_total_media_view_unique',
  'page_post_engagements',
];

/**
 * The Page node: its fields, feed posts (text, link, multi-photo, scheduled), photos fetched from
 * their URL for real, the listings reconciliation reads, and Page insights.
 */
export function registerFacebookPageRoutes(routes: GraphRoutes, store: SandboxStore): void {
  routes.node('page', 'GET', '', (req, id) => getPage(store, req, id));
  routes.node('page', 'POST', 'feed', (req, id) => postFeed(store, req, id));
  routes.node('page', 'POST', 'photos', (req, id) => postPhotos(store, req, id));
  const published = listing(store, (p, now) => liveAt(p, now), 'created_time,message,id');
  routes.node('page', 'GET', 'published_posts', published);
  routes.node('page', 'GET', 'posts', published);
  routes.node('page', 'GET', 'feed', published);
  routes.node(
    'page',
    'GET',
    'scheduled_posts',
    listing(
      store,
      (p, now) => p.scheduled && p.deletedAt === null && p.publishAt > now,
      'created_time,message,scheduled_publish_time,id',
    ),
  );
  routes.node('page', 'GET', 'insights', (req, id) => getPageInsights(store, req, id));
}

function getPage(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const caller = req.track();
  const page = g(store).pages[id];
  const resolvers: Record<string, FieldResolver> = {
    id: () => page.id,
    name: () => page.name,
    username: () => page.username,
    category: () => page.category,
    link: () => `https://www.facebook.com/${page.username}`,
    followers_count: () => page.followers + (store.state.engagement[page.id]?.followers ?? 0),
    fan_count: () => page.fans + (store.state.engagement[page.id]?.fans ?? 0),
    verification_status: () => 'not_verified',
    instagram_business_account: (s) => igField(store, page, s),
    connected_instagram_account: (s) => igField(store, page, s),
    access_token: () => {
      if (caller.token.kind === 'page' && caller.token.pageId === page.id) return caller.token.token;
      return undefined;
    },
  };
  return json(200, renderNode(store, 'Page', fieldsOf(store, req, 'name,id'), resolvers));
}

function postFeed(store: SandboxStore, req: GraphRequest, pageId: string): HttpResult {
  const caller = req.track();
  const page = g(store).pages[pageId];
  requirePageToken(store, caller, page, ['pages_manage_posts', 'pages_read_engagement'], 200);
  const f = req.fields;
  const message = f.message ?? null;
  const link = f.link ?? null;
  const photos = attachedMedia(store, req, page);
  if (!message && !link && photos.length === 0) invalidParam(store, 'Missing message or attachment');
  if (link) {
    try {
      const u = new URL(link);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      invalidParam(store, 'The url you supplied is invalid');
    }
  }
  const schedule = scheduleOf(store, req);
  if (message) checkDuplicate(store, page, message, req.now);

  const post = createPost(store, req, page, {
    kind: photos.length > 1 ? 'multi_photo' : photos.length === 1 ? 'photo' : link ? 'link' : 'status',
    message,
    link,
    photoIds: photos.map((p) => p.id),
    schedule,
  });
  for (const p of photos) p.postId = post.id;
  store.changed();
  return json(200, { id: post.id });
}

async function postPhotos(store: SandboxStore, req: GraphRequest, pageId: string): Promise<HttpResult> {
  const caller = req.track();
  const page = g(store).pages[pageId];
  requirePageToken(store, caller, page, ['pages_manage_posts', 'pages_read_engagement'], 200);
  const f = req.fields;
  let data: Buffer;
  const url = f.url ?? null;
  if (req.files.source) {
    data = req.files.source.data;
  } else if (url) {
    const dl = await downloadMedia(url, {
      timeoutMs: store.state.profile.media.downloadTimeoutMs,
      maxBytes: PHOTO_MAX_BYTES,
    });
    if (!dl.ok) {
      if (dl.reason === 'bad_url') invalidParam(store, 'url should represent a valid URL');
      if (dl.reason === 'too_large')
        graphFail(store, { code: 324, message: '(#324) The image file is too large (max 10 MB)' });
      if (dl.reason === 'timeout') {
        graphFail(store, {
          code: 324,
          message: '(#324) Missing or invalid image file: the image could not be downloaded in time',
        });
      }
      graphFail(store, {
        code: 324,
        message: `(#324) Missing or invalid image file: the URL could not be fetched (${dl.status ?? dl.reason})`,
      });
    }
    data = dl.data;
  } else {
    graphFail(store, { code: 324, message: '(#324) Requires upload file' });
  }
  const info = await inspectImage(data);
  if (!info) graphFail(store, { code: 324, message: '(#324) Missing or invalid image file' });
  const published = !isFalse(f.published);
  const schedule = scheduleOf(store, req);
  const photoId = store.ids.next('fbPhoto');
  store.blobs.put(`fb-${photoId}`, { mime: info.mime, data });
  const photo: FbPhoto = {
    id: photoId,
    pageId: page.id,
    url,
    blobId: `fb-${photoId}`,
    mime: info.mime,
    width: info.width,
    height: info.height,
    bytes: data.length,
    caption: f.caption ?? f.message ?? null,
    published: published || schedule !== null,
    postId: null,
    createdAt: req.now,
  };
  g(store).photos[photoId] = photo;
  if (!published && schedule === null) {
    // An unpublished photo waits to be attached (once) to a feed post of this Page.
    store.changed();
    return json(200, { id: photoId });
  }
  const post = createPost(store, req, page, {
    kind: 'photo',
    message: photo.caption,
    link: null,
    photoIds: [photoId],
    schedule,
  });
  photo.postId = post.id;
  store.changed();
  return json(200, { id: photoId, post_id: post.id });
}

/** A listing of the Page's posts, newest first, filtered by `since` / `until` (reconciliation reads these). */
function listing(
  store: SandboxStore,
  filter: (p: FbPost, now: number) => boolean,
  defaults: string,
): NodeHandler {
  return (req: GraphRequest, pageId: string) => {
    req.track();
    const since = req.fields.since ? parseGraphTime(req.fields.since) : null;
    const until = req.fields.until ? parseGraphTime(req.fields.until) : null;
    if (req.fields.since && since === null) invalidParam(store, `Invalid since: ${req.fields.since}`);
    if (req.fields.until && until === null) invalidParam(store, `Invalid until: ${req.fields.until}`);
    const specs = fieldsOf(store, req, defaults);
    const posts: FbPost[] = [];
    for (const id of store.postsOfPage(pageId)) {
      const p = g(store).posts[id];
      if (!p || !filter(p, req.now)) continue;
      if (since !== null && p.publishAt < since) continue;
      if (until !== null && p.publishAt > until) continue;
      posts.push(p);
    }
    posts.sort((a, b) => b.publishAt - a.publishAt || (b.id < a.id ? -1 : 1));
    return json(
      200,
      paginate(req, posts, (p) => renderPost(store, req, p, specs)),
    );
  };
}

function getPageInsights(store: SandboxStore, req: GraphRequest, pageId: string): HttpResult {
  const caller = req.track();
  const page = g(store).pages[pageId];
  requirePageToken(store, caller, page, ['read_insights'], 10);
  const metrics = metricList(store, req, PAGE_INSIGHTS);
  const period = req.fields.period ?? 'day';
  if (!['day', 'week', 'days_28', 'lifetime'].includes(period))
    invalidParam(store, `Invalid period: ${period}`);
  let views = 0;
  let reach = 0;
  let engagements = 0;
  for (const id of store.postsOfPage(pageId)) {
    const p = g(store).posts[id];
    if (!p || !liveAt(p, req.now)) continue;
    const m = fbPostMetrics(store, p, req.now);
    views += m.views;
    reach += m.reach;
    engagements += m.reactionsTotal + m.comments + m.shares + m.clicks;
  }
  const followers = page.followers + (store.state.engagement[page.id]?.followers ?? 0);
  const values: Record<string, number> = {
    page_follows: followers,
    page_daily_follows_unique: Math.floor(followers * 0.001),
    page_media_view: views,
    page_total_media_view_unique: reach,
    page_post_engagements: engagements,
  };
  const endTime = fbTime(Math.floor(req.now / 86_400_000) * 86_400_000 + 86_400_000 - 8 * 3_600_000);
  return json(200, {
    data: metrics.map((name) => ({
      name,
      period,
      values: [{ value: values[name], end_time: endTime }],
      title: name,
      description: name,
      id: `${pageId}/insights/${name}/${period}`,
    })),
  });
}
