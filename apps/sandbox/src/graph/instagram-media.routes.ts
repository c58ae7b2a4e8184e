import { HttpResult, json } from '../core/http-types';
import { IgMedia, SocialComment } from '../core/sandbox-state';
import { SandboxStore } from '../core/sandbox-store';
import { invalidParam, notFoundObject } from './graph-errors';
import { fbTime, fieldsOf, paginate, renderNode } from './graph-format';
import { GraphRequest } from './graph-request';
import { g, GraphRoutes } from './graph-routes';
import { igMediaMetrics } from './instagram-metrics';
import { access, containerStatus, profile, statusText } from './instagram-publishing';
import { renderMedia } from './instagram-render';

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

/**
 * A container's status (what publishing polls), and the media node: read, children, delete,
 * comments, and insights (retired or unknown metric names fail the whole call, as on Graph).
 */
export function registerInstagramMediaRoutes(routes: GraphRoutes, store: SandboxStore): void {
  routes.node('container', 'GET', '', (req, id) => getContainer(store, req, id));
  routes.node('igMedia', 'GET', '', (req, id) => getMedia(store, req, id));
  routes.node('igMedia', 'GET', 'children', (req, id) => getMediaChildren(store, req, id));
  routes.node('igMedia', 'DELETE', '', (req, id) => deleteMedia(store, req, id));
  routes.node('igMedia', 'POST', 'comments', (req, id) => postMediaComment(store, req, id));
  routes.node('igMedia', 'GET', 'comments', (req, id) => getMediaComments(store, req, id));
  routes.node('igMedia', 'GET', 'insights', (req, id) => getMediaInsights(store, req, id));
}

function getContainer(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const c = g(store).containers[id];
  access(store, req, g(store).igAccounts[c.igUserId], ['instagram_basic'], 'get');
  const status = containerStatus(c, req.now, profile(store).containerExpirySeconds);
  return json(
    200,
    renderNode(store, 'ShadowIGMediaBuilder', fieldsOf(store, req, 'id'), {
      id: () => c.id,
      status_code: () => status,
      status: () => statusText(store, c, status),
      copyright_check_status: () => ({
        status: status === 'IN_PROGRESS' ? 'in_progress' : 'completed',
        matches_found: false,
      }),
    }),
  );
}

/** The media, or Graph's "does not exist" for a missing or deleted one. */
function liveMedia(store: SandboxStore, id: string, method: string): IgMedia {
  const m = g(store).igMedia[id];
  if (!m || m.deletedAt !== null) notFoundObject(store, id, method);
  return m;
}

function getMedia(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const m = liveMedia(store, id, 'get');
  access(store, req, g(store).igAccounts[m.igUserId], ['instagram_basic'], 'get');
  return json(200, renderMedia(store, req, m, fieldsOf(store, req, 'id')));
}

function getMediaChildren(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const m = liveMedia(store, id, 'get');
  access(store, req, g(store).igAccounts[m.igUserId], ['instagram_basic'], 'get');
  const specs = fieldsOf(store, req, 'id');
  return json(200, { data: m.childIds.map((c) => renderMedia(store, req, g(store).igMedia[c], specs)) });
}

function deleteMedia(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const m = liveMedia(store, id, 'delete');
  access(store, req, g(store).igAccounts[m.igUserId], ['instagram_manage_contents'], 'delete');
  if (m.isCarouselChild)
    invalidParam(store, 'A carousel child cannot be deleted on its own; delete the carousel.');
  m.deletedAt = req.now;
  store.changed();
  return json(200, { success: true });
}

function postMediaComment(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const m = liveMedia(store, id, 'post');
  const ig = g(store).igAccounts[m.igUserId];
  access(store, req, ig, ['instagram_basic', 'instagram_manage_comments'], 'post');
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
  g(store).comments[commentId] = c;
  m.commentIds.push(commentId);
  store.changed();
  return json(200, { id: commentId });
}

function getMediaComments(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const m = liveMedia(store, id, 'get');
  access(
    store,
    req,
    g(store).igAccounts[m.igUserId],
    ['instagram_basic', 'instagram_manage_comments'],
    'get',
  );
  const specs = fieldsOf(store, req, 'id,text,timestamp');
  const comments = m.commentIds
    .map((c) => g(store).comments[c])
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
}

function getMediaInsights(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const m = liveMedia(store, id, 'get');
  access(
    store,
    req,
    g(store).igAccounts[m.igUserId],
    ['instagram_basic', 'instagram_manage_insights'],
    'get',
  );
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
  if (age < profile(store).insightsDelaySeconds * 1000) return json(200, { data: [] });
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
}
