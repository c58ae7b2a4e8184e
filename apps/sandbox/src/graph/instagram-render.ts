import { IgMedia } from '../core/sandbox-state';
import { SandboxStore } from '../core/sandbox-store';
import { FieldSpec } from './graph-fields';
import { fbTime, renderNode } from './graph-format';
import { GraphRequest } from './graph-request';
import { g } from './graph-routes';
import { igMediaMetrics } from './instagram-metrics';

/** An Instagram media object as Graph renders it, with the fields asked for. */
export function renderMedia(
  store: SandboxStore,
  req: GraphRequest,
  m: IgMedia,
  specs: FieldSpec[],
): Record<string, unknown> {
  const ig = g(store).igAccounts[m.igUserId];
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
    alt_text: () => g(store).containers[m.containerId]?.altText ?? undefined,
    children: (s) => ({
      data: m.childIds.map((c) =>
        renderMedia(
          store,
          req,
          g(store).igMedia[c],
          s.children ?? [{ name: 'id', modifiers: {}, children: null }],
        ),
      ),
    }),
  });
}
