import { HttpResult, json } from '../core/http-types';
import { SocialComment } from '../core/sandbox-state';
import { SandboxStore } from '../core/sandbox-store';
import { graphFail, invalidParam, missingPermission, notFoundObject } from './graph-errors';
import { fbTime, fieldsOf, paginate, renderNode } from './graph-format';
import { GraphRequest } from './graph-request';
import { g, GraphRoutes } from './graph-routes';
import { fbPostMetrics } from './facebook-metrics';
import { liveAt, livePost, metricList, requirePageToken } from './facebook-posting';
import { renderComment, renderPost } from './facebook-render';

const POST_INSIGHTS: Record<string, { title: string; description: string }> = {
  post_media_view: { title: 'Views', description: 'Lifetime: The number of times your post was on screen.' },
  post_total_media_view_unique: {
    title: 'Viewers',
    description: 'Lifetime: The number of people who saw your post.',
  },
  post_clicks: { title: 'Post clicks', description: 'Lifetime: The number of clicks anywhere in your post.' },
  post_reactions_by_type_total: {
    title: 'Reactions by type',
    description: 'Lifetime: Reactions on your post, by type.',
  },
};

/**
 * What hangs off a Page post: the post node (read, delete), its comments, its insights (retired
 * metric names fail the whole call), and the photo and comment nodes.
 */
export function registerFacebookPostRoutes(routes: GraphRoutes, store: SandboxStore): void {
  routes.node('post', 'GET', '', (req, id) => getPost(store, req, id));
  routes.node('post', 'DELETE', '', (req, id) => deletePost(store, req, id));
  routes.node('post', 'POST', 'comments', (req, id) => postComment(store, req, id));
  routes.node('post', 'GET', 'comments', (req, id) => getPostComments(store, req, id));
  routes.node('post', 'GET', 'insights', (req, id) => getPostInsights(store, req, id));
  routes.node('photo', 'GET', '', (req, id) => getPhoto(store, req, id));
  routes.node('comment', 'GET', '', (req, id) => getComment(store, req, id));
  routes.node('comment', 'DELETE', '', (req, id) => deleteComment(store, req, id));
}

function getPost(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  req.track();
  const p = livePost(store, id, 'get');
  return json(200, renderPost(store, req, p, fieldsOf(store, req, 'created_time,message,id')));
}

function deletePost(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const caller = req.track();
  const p = livePost(store, id, 'delete');
  requirePageToken(store, caller, g(store).pages[p.pageId], ['pages_manage_posts'], 200);
  p.deletedAt = req.now;
  store.changed();
  return json(200, { success: true });
}

function postComment(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const caller = req.track();
  const p = livePost(store, id, 'post');
  if (caller.token.kind !== 'page') {
    graphFail(store, { code: 200, message: '(#200) Commenting as a Page requires a Page access token' });
  }
  const missing = ['pages_manage_engagement'].filter((s) => !caller.token.scopes.includes(s));
  if (missing.length) missingPermission(store, 200, missing);
  if (!liveAt(p, req.now)) notFoundObject(store, id, 'post');
  const message = req.fields.message ?? '';
  if (!message && !req.fields.attachment_url) invalidParam(store, 'Missing message or attachment');
  const page = caller.page ?? g(store).pages[p.pageId];
  const commentId = `${p.id.split('_')[1]}_${store.ids.next('fbComment')}`;
  const c: SocialComment = {
    id: commentId,
    parentId: p.id,
    platform: 'facebook',
    fromId: page.id,
    fromName: page.name,
    message: message || (req.fields.attachment_url ?? ''),
    createdAt: req.now,
    deletedAt: null,
  };
  g(store).comments[commentId] = c;
  p.commentIds.push(commentId);
  store.changed();
  return json(200, { id: commentId });
}

function getPostComments(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  req.track();
  const p = livePost(store, id, 'get');
  const specs = fieldsOf(store, req, 'created_time,from,message,id');
  const comments = p.commentIds
    .map((c) => g(store).comments[c])
    .filter((c): c is SocialComment => !!c && c.deletedAt === null);
  const out = paginate(req, comments, (c) => renderComment(store, c, specs));
  if (req.fields.summary === 'true' || req.fields.summary === 'total_count') {
    out.summary = {
      order: 'chronological',
      total_count: fbPostMetrics(store, p, req.now).comments,
      can_comment: true,
    };
  }
  return json(200, out);
}

function getPostInsights(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const caller = req.track();
  const p = livePost(store, id, 'get');
  requirePageToken(store, caller, g(store).pages[p.pageId], ['read_insights'], 10);
  const metrics = metricList(store, req, Object.keys(POST_INSIGHTS));
  const period = req.fields.period ?? 'lifetime';
  if (period !== 'lifetime')
    invalidParam(store, `Invalid period: ${period} (post metrics are lifetime only)`);
  // Insights lag behind: nothing at all until the delay has passed, then the growing values.
  if (req.now < p.publishAt + store.state.profile.facebook.insightsDelaySeconds * 1000)
    return json(200, { data: [] });
  const m = fbPostMetrics(store, p, req.now);
  const values: Record<string, unknown> = {
    post_media_view: m.views,
    post_total_media_view_unique: m.reach,
    post_clicks: m.clicks,
    post_reactions_by_type_total: m.reactions,
  };
  return json(200, {
    data: metrics.map((name) => ({
      name,
      period: 'lifetime',
      values: [{ value: values[name] }],
      title: POST_INSIGHTS[name].title,
      description: POST_INSIGHTS[name].description,
      id: `${p.id}/insights/${name}/lifetime`,
    })),
  });
}

function getPhoto(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  req.track();
  const photo = g(store).photos[id];
  const post = photo.postId ? g(store).posts[photo.postId] : null;
  if (post?.deletedAt) notFoundObject(store, id, 'get');
  const src = `${req.ctx.baseUrl}/__media/${photo.blobId}`;
  return json(
    200,
    renderNode(store, 'Photo', fieldsOf(store, req, 'created_time,name,id'), {
      id: () => photo.id,
      created_time: () => fbTime(photo.createdAt),
      name: () => photo.caption ?? undefined,
      width: () => photo.width,
      height: () => photo.height,
      images: () => [{ height: photo.height, width: photo.width, source: src }],
      link: () => `https://www.facebook.com/photo.php?fbid=${photo.id}`,
      page_story_id: () => photo.postId ?? undefined,
      from: () => ({ id: photo.pageId, name: g(store).pages[photo.pageId]?.name }),
    }),
  );
}

function getComment(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  req.track();
  const c = g(store).comments[id];
  if (c.deletedAt !== null) notFoundObject(store, id, 'get');
  return json(
    200,
    renderComment(
      store,
      c,
      fieldsOf(store, req, c.platform === 'facebook' ? 'created_time,from,message,id' : 'id,text,timestamp'),
    ),
  );
}

function deleteComment(store: SandboxStore, req: GraphRequest, id: string): HttpResult {
  const caller = req.track();
  const c = g(store).comments[id];
  if (c.deletedAt !== null) notFoundObject(store, id, 'delete');
  if (caller.token.kind === 'user' && c.platform === 'facebook') {
    graphFail(store, { code: 200, message: '(#200) Deleting a Page comment requires a Page access token' });
  }
  c.deletedAt = req.now;
  store.changed();
  return json(200, { success: true });
}
