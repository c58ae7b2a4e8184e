import { FbPage, FbPost, SocialComment } from '../core/sandbox-state';
import { SandboxStore } from '../core/sandbox-store';
import { FieldSpec } from './graph-fields';
import { fbTime, limitOf, renderNode } from './graph-format';
import { GraphRequest } from './graph-request';
import { g } from './graph-routes';
import { fbPostMetrics } from './facebook-metrics';
import { liveAt } from './facebook-posting';

/** A Page post as Graph renders it, with the fields asked for (edges with `summary` counts). */
export function renderPost(
  store: SandboxStore,
  req: GraphRequest,
  p: FbPost,
  specs: FieldSpec[],
): Record<string, unknown> {
  const page = g(store).pages[p.pageId];
  let metrics: ReturnType<typeof fbPostMetrics> | null = null;
  const m = () => (metrics ??= fbPostMetrics(store, p, req.now));
  const countEdge = (spec: FieldSpec, total: number, extraSummary: Record<string, unknown>): unknown => {
    const out: Record<string, unknown> = { data: [] };
    const limit = limitOf(spec.modifiers.limit, 25);
    if (spec.name === 'comments' && limit > 0) {
      out.data = p.commentIds
        .map((c) => g(store).comments[c])
        .filter((c): c is SocialComment => !!c && c.deletedAt === null)
        .slice(0, limit)
        .map((c) =>
          renderComment(
            store,
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
    full_picture: () => (p.photoIds[0] ? photoSrc(store, req, p.photoIds[0]) : undefined),
    from: () => ({ name: page.name, id: page.id }),
    shares: () => (m().shares > 0 ? { count: m().shares } : undefined),
    reactions: (s) => countEdge(s, m().reactionsTotal, { viewer_reaction: 'NONE' }),
    likes: (s) => countEdge(s, m().reactions.like ?? 0, { can_like: true, has_liked: false }),
    comments: (s) => countEdge(s, m().comments, { order: 'ranked', can_comment: true }),
    attachments: () => postAttachments(store, req, p),
  });
}

/** A photo's URL: where it was fetched from, or the sandbox's copy of an uploaded file. */
function photoSrc(store: SandboxStore, req: GraphRequest, photoId: string): string {
  const photo = g(store).photos[photoId];
  return photo?.url ?? `${req.ctx.baseUrl}/__media/fb-${photoId}`;
}

function postAttachments(store: SandboxStore, req: GraphRequest, p: FbPost): unknown {
  const localId = p.id.split('_')[1];
  if (p.photoIds.length > 1) {
    return {
      data: [
        {
          media_type: 'album',
          type: 'album',
          target: { id: localId },
          subattachments: {
            data: p.photoIds.map((id) => {
              const ph = g(store).photos[id];
              return {
                media: { image: { src: photoSrc(store, req, id), width: ph?.width, height: ph?.height } },
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
    const ph = g(store).photos[p.photoIds[0]];
    return {
      data: [
        {
          media_type: 'photo',
          type: 'photo',
          media: {
            image: { src: photoSrc(store, req, p.photoIds[0]), width: ph?.width, height: ph?.height },
          },
          target: { id: p.photoIds[0] },
        },
      ],
    };
  }
  if (p.link) return { data: [{ media_type: 'link', type: 'share', url: p.link, unshimmed_url: p.link }] };
  return { data: [] };
}

/** A Facebook or Instagram comment. */
export function renderComment(
  store: SandboxStore,
  c: SocialComment,
  specs: FieldSpec[],
): Record<string, unknown> {
  return renderNode(store, 'Comment', specs, {
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

/** A Page's `instagram_business_account` (or `connected_instagram_account`) field. */
export function igField(store: SandboxStore, page: FbPage, spec: FieldSpec): unknown {
  if (!page.igUserId) return undefined;
  const ig = g(store).igAccounts[page.igUserId];
  if (!ig) return undefined;
  return renderNode(store, 'IGUser', spec.children ?? [{ name: 'id', modifiers: {}, children: null }], {
    id: () => ig.id,
    username: () => ig.username,
    name: () => ig.name,
    followers_count: () => ig.followers + (store.state.engagement[ig.id]?.followers ?? 0),
    follows_count: () => ig.follows,
  });
}
