import { json } from '../core/http-types';
import { downloadMedia } from '../core/media-fetcher';
import { inspectImage } from '../core/media-inspector';
import { FbPage, FbPhoto, FbPost, SocialComment } from '../core/sandbox-state';
import { GraphCaller } from './graph-auth';
import { graphFail, invalidParam, missingPermission, notFoundObject } from './graph-errors';
import { FieldSpec } from './graph-fields';
import {
  FieldResolver,
  fbTime,
  fieldsOf,
  isFalse,
  limitOf,
  paginate,
  parseGraphTime,
  renderNode,
} from './graph-format';
import { GraphRequest } from './graph-request';
import { GraphDeps, GraphRoutes } from './graph-routes';
import { fbPostMetrics } from './facebook-metrics';

const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

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
const PAGE_INSIGHTS = [
  'page_follows',
  'page_daily_follows_unique',
  'page_media_view',
  'page_total_media_view_unique',
  'page_post_engagements',
];

/**
 * Facebook Page publishing: feed posts (text, link, multi-photo, scheduled), photos fetched from
 * their URL for real, comments, delete, counts, insights (retired metric names fail the whole call)
 * and the listings reconciliation reads.
 */
export function registerFacebookRoutes(routes: GraphRoutes, deps: GraphDeps): void {
  const { store } = deps;
  const g = () => store.state.graph;

  /** Publishing needs the Page's own token with the permissions, as on Graph. */
  const requirePageToken = (caller: GraphCaller, page: FbPage, scopes: string[], code: 10 | 200): void => {
    if (caller.token.kind !== 'page' || caller.token.pageId !== page.id) {
      graphFail(store, {
        code: 200,
        message:
          '(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin with sufficient administrative permission',
      });
    }
    const missing = scopes.filter((s) => !caller.token.scopes.includes(s));
    if (missing.length) missingPermission(store, code, missing);
  };

  const liveAt = (p: FbPost, now: number): boolean =>
    !p.unpublished && p.publishAt <= now && p.deletedAt === null;

  // ---- Page node -------------------------------------------------------------------------

  routes.node('page', 'GET', '', (req, id) => {
    const caller = req.track();
    const page = g().pages[id];
    const resolvers: Record<string, FieldResolver> = {
      id: () => page.id,
      name: () => page.name,
      username: () => page.username,
      category: () => page.category,
      link: () => `https://www.facebook.com/${page.username}`,
      followers_count: () => page.followers + (store.state.engagement[page.id]?.followers ?? 0),
      fan_count: () => page.fans + (store.state.engagement[page.id]?.fans ?? 0),
      verification_status: () => 'not_verified',
      instagram_business_account: (s) => igField(page, s),
      connected_instagram_account: (s) => igField(page, s),
      access_token: () => {
        if (caller.token.kind === 'page' && caller.token.pageId === page.id) return caller.token.token;
        return undefined;
      },
    };
    return json(200, renderNode(store, 'Page', fieldsOf(store, req, 'name,id'), resolvers));
  });

  const igField = (page: FbPage, spec: FieldSpec): unknown => {
    if (!page.igUserId) return undefined;
    const ig = g().igAccounts[page.igUserId];
    if (!ig) return undefined;
    return renderNode(store, 'IGUser', spec.children ?? [{ name: 'id', modifiers: {}, children: null }], {
      id: () => ig.id,
      username: () => ig.username,
      name: () => ig.name,
      followers_count: () => ig.followers + (store.state.engagement[ig.id]?.followers ?? 0),
      follows_count: () => ig.follows,
    });
  };

  routes.node('page', 'POST', 'feed', (req, pageId) => {
    const caller = req.track();
    const page = g().pages[pageId];
    requirePageToken(caller, page, ['pages_manage_posts', 'pages_read_engagement'], 200);
    const f = req.fields;
    const message = f.message ?? null;
    const link = f.link ?? null;
    const photos = attachedMedia(req, page);
    if (!message && !link && photos.length === 0) invalidParam(store, 'Missing message or attachment');
    if (link) {
      try {
        const u = new URL(link);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
      } catch {
        invalidParam(store, 'The url you supplied is invalid');
      }
    }
    const schedule = scheduleOf(req);
    if (message) checkDuplicate(page, message, req.now);

    const post = createPost(req, page, {
      kind: photos.length > 1 ? 'multi_photo' : photos.length === 1 ? 'photo' : link ? 'link' : 'status',
      message,
      link,
      photoIds: photos.map((p) => p.id),
      schedule,
    });
    for (const p of photos) p.postId = post.id;
    store.changed();
    return json(200, { id: post.id });
  });

  routes.node('page', 'POST', 'photos', async (req, pageId) => {
    const caller = req.track();
    const page = g().pages[pageId];
    requirePageToken(caller, page, ['pages_manage_posts', 'pages_read_engagement'], 200);
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
    const schedule = scheduleOf(req);
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
    g().photos[photoId] = photo;
    if (!published && schedule === null) {
      // An unpublished photo waits to be attached (once) to a feed post of this Page.
      store.changed();
      return json(200, { id: photoId });
    }
    const post = createPost(req, page, {
      kind: 'photo',
      message: photo.caption,
      link: null,
      photoIds: [photoId],
      schedule,
    });
    photo.postId = post.id;
    store.changed();
    return json(200, { id: photoId, post_id: post.id });
  });

  const listing =
    (filter: (p: FbPost, now: number) => boolean, defaults: string) =>
    (req: GraphRequest, pageId: string) => {
      req.track();
      const since = req.fields.since ? parseGraphTime(req.fields.since) : null;
      const until = req.fields.until ? parseGraphTime(req.fields.until) : null;
      if (req.fields.since && since === null) invalidParam(store, `Invalid since: ${req.fields.since}`);
      if (req.fields.until && until === null) invalidParam(store, `Invalid until: ${req.fields.until}`);
      const specs = fieldsOf(store, req, defaults);
      const posts: FbPost[] = [];
      for (const id of store.postsOfPage(pageId)) {
        const p = g().posts[id];
        if (!p || !filter(p, req.now)) continue;
        if (since !== null && p.publishAt < since) continue;
        if (until !== null && p.publishAt > until) continue;
        posts.push(p);
      }
      posts.sort((a, b) => b.publishAt - a.publishAt || (b.id < a.id ? -1 : 1));
      return json(
        200,
        paginate(req, posts, (p) => renderPost(req, p, specs)),
      );
    };
  const published = listing((p, now) => liveAt(p, now), 'created_time,message,id');
  routes.node('page', 'GET', 'published_posts', published);
  routes.node('page', 'GET', 'posts', published);
  routes.node('page', 'GET', 'feed', published);
  routes.node(
    'page',
    'GET',
    'scheduled_posts',
    listing(
      (p, now) => p.scheduled && p.deletedAt === null && p.publishAt > now,
      'created_time,message,scheduled_publish_time,id',
    ),
  );

  routes.node('page', 'GET', 'insights', (req, pageId) => {
    const caller = req.track();
    const page = g().pages[pageId];
    requirePageToken(caller, page, ['read_insights'], 10);
    const metrics = metricList(req, PAGE_INSIGHTS);
    const period = req.fields.period ?? 'day';
    if (!['day', 'week', 'days_28', 'lifetime'].includes(period))
      invalidParam(store, `Invalid period: ${period}`);
    let views = 0;
    let reach = 0;
    let engagements = 0;
    for (const id of store.postsOfPage(pageId)) {
      const p = g().posts[id];
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
  });

  // ---- Post node -------------------------------------------------------------------------

  const livePost = (id: string, method: string): FbPost => {
    const p = g().posts[id];
    if (!p || p.deletedAt !== null) notFoundObject(store, id, method);
    return p;
  };

  routes.node('post', 'GET', '', (req, id) => {
    req.track();
    const p = livePost(id, 'get');
    return json(200, renderPost(req, p, fieldsOf(store, req, 'created_time,message,id')));
  });

  routes.node('post', 'DELETE', '', (req, id) => {
    const caller = req.track();
    const p = livePost(id, 'delete');
    requirePageToken(caller, g().pages[p.pageId], ['pages_manage_posts'], 200);
    p.deletedAt = req.now;
    store.changed();
    return json(200, { success: true });
  });

  routes.node('post', 'POST', 'comments', (req, id) => {
    const caller = req.track();
    const p = livePost(id, 'post');
    if (caller.token.kind !== 'page') {
      graphFail(store, { code: 200, message: '(#200) Commenting as a Page requires a Page access token' });
    }
    const missing = ['pages_manage_engagement'].filter((s) => !caller.token.scopes.includes(s));
    if (missing.length) missingPermission(store, 200, missing);
    if (!liveAt(p, req.now)) notFoundObject(store, id, 'post');
    const message = req.fields.message ?? '';
    if (!message && !req.fields.attachment_url) invalidParam(store, 'Missing message or attachment');
    const page = caller.page ?? g().pages[p.pageId];
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
    g().comments[commentId] = c;
    p.commentIds.push(commentId);
    store.changed();
    return json(200, { id: commentId });
  });

  routes.node('post', 'GET', 'comments', (req, id) => {
    req.track();
    const p = livePost(id, 'get');
    const specs = fieldsOf(store, req, 'created_time,from,message,id');
    const comments = p.commentIds
      .map((c) => g().comments[c])
      .filter((c): c is SocialComment => !!c && c.deletedAt === null);
    const out = paginate(req, comments, (c) => renderComment(c, specs));
    if (req.fields.summary === 'true' || req.fields.summary === 'total_count') {
      out.summary = {
        order: 'chronological',
        total_count: fbPostMetrics(store, p, req.now).comments,
        can_comment: true,
      };
    }
    return json(200, out);
  });

  routes.node('post', 'GET', 'insights', (req, id) => {
    const caller = req.track();
    const p = livePost(id, 'get');
    requirePageToken(caller, g().pages[p.pageId], ['read_insights'], 10);
    const metrics = metricList(req, Object.keys(POST_INSIGHTS));
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
  });

  // ---- Photo and comment nodes -----------------------------------------------------------

  routes.node('photo', 'GET', '', (req, id) => {
    req.track();
    const photo = g().photos[id];
    const post = photo.postId ? g().posts[photo.postId] : null;
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
        from: () => ({ id: photo.pageId, name: g().pages[photo.pageId]?.name }),
      }),
    );
  });

  routes.node('comment', 'GET', '', (req, id) => {
    req.track();
    const c = g().comments[id];
    if (c.deletedAt !== null) notFoundObject(store, id, 'get');
    return json(
      200,
      renderComment(
        c,
        fieldsOf(
          store,
          req,
          c.platform === 'facebook' ? 'created_time,from,message,id' : 'id,text,timestamp',
        ),
      ),
    );
  });

  routes.node('comment', 'DELETE', '', (req, id) => {
    const caller = req.track();
    const c = g().comments[id];
    if (c.deletedAt !== null) notFoundObject(store, id, 'delete');
    if (caller.token.kind === 'user' && c.platform === 'facebook') {
      graphFail(store, { code: 200, message: '(#200) Deleting a Page comment requires a Page access token' });
    }
    c.deletedAt = req.now;
    store.changed();
    return json(200, { success: true });
  });

  // ---- helpers ---------------------------------------------------------------------------

  const createPost = (
    req: GraphRequest,
    page: FbPage,
    input: {
      kind: FbPost['kind'];
      message: string | null;
      link: string | null;
      photoIds: string[];
      schedule: number | null;
    },
  ): FbPost => {
    const unpublished = isFalse(req.fields.published) && input.schedule === null;
    const post: FbPost = {
      id: `${page.id}_${store.ids.next('fbPost')}`,
      pageId: page.id,
      kind: input.kind,
      message: input.message,
      link: input.link,
      photoIds: input.photoIds,
      createdAt: req.now,
      publishAt: input.schedule ?? req.now,
      unpublished,
      scheduled: input.schedule !== null,
      deletedAt: null,
      commentIds: [],
    };
    store.addFbPost(post);
    return post;
  };

  const checkDuplicate = (page: FbPage, message: string, now: number): void => {
    const window = store.state.profile.facebook.duplicateWindowSeconds;
    if (window <= 0) return;
    const prev = store.lastFbPostWithMessage(page.id, message);
    if (prev && prev.deletedAt === null && now - prev.createdAt < window * 1000) {
      graphFail(store, { code: 506, message: '(#506) Duplicate status message' });
    }
  };

  /** published=false + scheduled_publish_time, 10 minutes to 30 days ahead (profile). */
  const scheduleOf = (req: GraphRequest): number | null => {
    const raw = req.fields.scheduled_publish_time;
    if (raw === undefined || raw === '') return null;
    if (!isFalse(req.fields.published))
      invalidParam(store, 'You cannot specify a scheduled publish time on a published post');
    const at = parseGraphTime(raw);
    const p = store.state.profile.facebook;
    if (
      at === null ||
      at < req.now + p.scheduleMinSeconds * 1000 ||
      at > req.now + p.scheduleMaxSeconds * 1000
    ) {
      invalidParam(store, 'The specified scheduled publish time is invalid.');
    }
    return at;
  };

  /** `attached_media` as a JSON array, or the form fields attached_media[0], attached_media[1], … */
  const attachedMedia = (req: GraphRequest, page: FbPage): FbPhoto[] => {
    const raw: Array<{ key: string; value: unknown }> = [];
    if (req.fields.attached_media) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(req.fields.attached_media);
      } catch {
        invalidParam(store, 'param attached_media must be an array.');
      }
      if (!Array.isArray(parsed)) invalidParam(store, 'param attached_media must be an array.');
      parsed.forEach((v, i) => raw.push({ key: `attached_media[${i}]`, value: v }));
    }
    for (const [k, v] of Object.entries(req.fields)) {
      if (!/^attached_media\[\d+\]$/.test(k)) continue;
      try {
        raw.push({ key: k, value: JSON.parse(v) });
      } catch {
        invalidParam(store, `param ${k} must be a JSON object with media_fbid`);
      }
    }
    const photos: FbPhoto[] = [];
    for (const { key, value } of raw) {
      const fbid =
        typeof value === 'object' && value !== null
          ? String((value as { media_fbid?: unknown }).media_fbid ?? '')
          : '';
      const photo = g().photos[fbid];
      if (
        !photo ||
        photo.pageId !== page.id ||
        photo.published ||
        photo.postId !== null ||
        photos.includes(photo)
      ) {
        invalidParam(store, `param ${key} has invalid media_fbid ${fbid}`);
      }
      photos.push(photo);
    }
    return photos;
  };

  const metricList = (req: GraphRequest, allowed: string[]): string[] => {
    const raw = req.fields.metric;
    let names: string[];
    if (!raw) names = allowed;
    else if (raw.startsWith('[')) {
      try {
        names = (JSON.parse(raw) as unknown[]).map(String);
      } catch {
        invalidParam(store, 'The value must be a valid insights metric');
      }
    } else names = raw.split(',').map((s) => s.trim());
    // One retired or unknown name fails the whole call: connectors must not send them.
    for (const n of names)
      if (!allowed.includes(n)) invalidParam(store, 'The value must be a valid insights metric');
    return names;
  };

  const renderPost = (req: GraphRequest, p: FbPost, specs: FieldSpec[]): Record<string, unknown> => {
    const page = g().pages[p.pageId];
    let metrics: ReturnType<typeof fbPostMetrics> | null = null;
    const m = () => (metrics ??= fbPostMetrics(store, p, req.now));
    const photoSrc = (photoId: string): string => {
      const photo = g().photos[photoId];
      return photo?.url ?? `${req.ctx.baseUrl}/__media/fb-${photoId}`;
    };
    const countEdge = (spec: FieldSpec, total: number, extraSummary: Record<string, unknown>): unknown => {
      const out: Record<string, unknown> = { data: [] };
      const limit = limitOf(spec.modifiers.limit, 25);
      if (spec.name === 'comments' && limit > 0) {
        out.data = p.commentIds
          .map((c) => g().comments[c])
          .filter((c): c is SocialComment => !!c && c.deletedAt === null)
          .slice(0, limit)
          .map((c) =>
            renderComment(
              c,
              spec.children ?? [
                { name: 'created_time', modifiers: {}, children: null },
                { name: 'message', modifiers: {}, children: null },
                { name: 'from', modifiers: {}, children: null },
              ],
            ),
          );
      }
      const summary = spec.modifiers.summary;
      if (summary !== undefined && summary !== 'false' && summary !== '0')
        out.summary = { ...extraSummary, total_count: total };
      return out;
    };
    const localId = p.id.split('_')[1];
    return renderNode(store, 'PagePost', specs, {
      id: () => p.id,
      message: () => p.message ?? undefined,
      created_time: () => fbTime(p.publishAt),
      updated_time: () => fbTime(p.publishAt),
      permalink_url: () => `https://www.facebook.com/${page.username}/posts/${localId}`,
      is_published: () => liveAt(p, req.now),
      is_hidden: () => false,
      scheduled_publish_time: () => (p.scheduled ? Math.floor(p.publishAt / 1000) : undefined),
      status_type: () =>
        p.kind === 'status' ? 'mobile_status_update' : p.kind === 'link' ? 'shared_story' : 'added_photos',
      link: () => p.link ?? undefined,
      full_picture: () => (p.photoIds[0] ? photoSrc(p.photoIds[0]) : undefined),
      from: () => ({ name: page.name, id: page.id }),
      shares: () => (m().shares > 0 ? { count: m().shares } : undefined),
      reactions: (s) => countEdge(s, m().reactionsTotal, { viewer_reaction: 'NONE' }),
      likes: (s) => countEdge(s, m().reactions.like ?? 0, { can_like: true, has_liked: false }),
      comments: (s) => countEdge(s, m().comments, { order: 'ranked', can_comment: true }),
      attachments: () => {
        if (p.photoIds.length > 1) {
          return {
            data: [
              {
                media_type: 'album',
                type: 'album',
                target: { id: localId },
                subattachments: {
                  data: p.photoIds.map((id) => {
                    const ph = g().photos[id];
                    return {
                      media: { image: { src: photoSrc(id), width: ph?.width, height: ph?.height } },
                      target: { id },
                      type: 'photo',
                    };
                  }),
                },
              },
            ],
          };
        }
        if (p.photoIds.length === 1) {
          const ph = g().photos[p.photoIds[0]];
          return {
            data: [
              {
                media_type: 'photo',
                type: 'photo',
                media: { image: { src: photoSrc(p.photoIds[0]), width: ph?.width, height: ph?.height } },
                target: { id: p.photoIds[0] },
              },
            ],
          };
        }
        if (p.link)
          return { data: [{ media_type: 'link', type: 'share', url: p.link, unshimmed_url: p.link }] };
        return { data: [] };
      },
    });
  };

  const renderComment = (c: SocialComment, specs: FieldSpec[]): Record<string, unknown> =>
    renderNode(store, 'Comment', specs, {
      id: () => c.id,
      message: () => c.message,
      text: () => c.message,
      created_time: () => fbTime(c.createdAt),
      timestamp: () => fbTime(c.createdAt),
      from: () => ({ name: c.fromName, id: c.fromId }),
      username: () => c.fromName,
      like_count: () => 0,
    });
}
