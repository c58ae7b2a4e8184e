import { FbPage, FbPhoto, FbPost } from '../core/sandbox-state';
import { SandboxStore } from '../core/sandbox-store';
import { GraphCaller } from './graph-auth';
import { graphFail, invalidParam, missingPermission, notFoundObject } from './graph-errors';
import { isFalse, parseGraphTime } from './graph-format';
import { GraphRequest } from './graph-request';
import { g } from './graph-routes';

// The rules of Facebook Page publishing, shared by the Page routes and the post routes.

/** Publishing needs the Page's own token with the permissions, as on Graph. */
export function requirePageToken(
  store: SandboxStore,
  caller: GraphCaller,
  page: FbPage,
  scopes: string[],
  code: 10 | 200,
): void {
  if (caller.token.kind !== 'page' || caller.token.pageId !== page.id) {
    graphFail(store, {
      code: 200,
      message:
        '(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin with sufficient administrative permission',
    });
  }
  const missing = scopes.filter((s) => !caller.token.scopes.includes(s));
  if (missing.length) missingPermission(store, code, missing);
}

/** Visible on the Page: published, due, not deleted. */
export function liveAt(p: FbPost, now: number): boolean {
  return !p.unpublished && p.publishAt <= now && p.deletedAt === null;
}

/** The post, or Graph's "does not exist" for a missing or deleted one. */
export function livePost(store: SandboxStore, id: string, method: string): FbPost {
  const p = g(store).posts[id];
  if (!p || p.deletedAt !== null) notFoundObject(store, id, method);
  return p;
}

export function createPost(
  store: SandboxStore,
  req: GraphRequest,
  page: FbPage,
  input: {
    kind: FbPost['kind'];
    message: string | null;
    link: string | null;
    photoIds: string[];
    schedule: number | null;
  },
): FbPost {
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
}

export function checkDuplicate(store: SandboxStore, page: FbPage, message: string, now: number): void {
  const window = store.state.profile.facebook.duplicateWindowSeconds;
  if (window <= 0) return;
  const prev = store.lastFbPostWithMessage(page.id, message);
  if (prev && prev.deletedAt === null && now - prev.createdAt < window * 1000) {
    graphFail(store, { code: 506, message: '(#506) Duplicate status message' });
  }
}

/** published=false + scheduled_publish_time, 10 minutes to 30 days ahead (profile). */
export function scheduleOf(store: SandboxStore, req: GraphRequest): number | null {
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
}

/** `attached_media` as a JSON array, or the form fields attached_media[0], attached_media[1], … */
export function attachedMedia(store: SandboxStore, req: GraphRequest, page: FbPage): FbPhoto[] {
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
    const photo = g(store).photos[fbid];
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
}

/** The `metric` parameter; one retired or unknown name fails the whole call, as on Graph. */
export function metricList(store: SandboxStore, req: GraphRequest, allowed: string[]): string[] {
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
}
