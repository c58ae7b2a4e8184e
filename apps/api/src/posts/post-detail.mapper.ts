import type { LatestPostMetrics } from '@warta/analytics';
import type { AuditEventView } from '@warta/audit';
import { isoInZone, type PostView } from '@warta/publishing';

/**
 * GET posts/:id: the post, its latest metrics (null until collected) and its audited changes, oldest
 * first; every time in the post's zone, like its publishAt.
 */
export function postDetailView(
  view: PostView,
  metrics: LatestPostMetrics | null,
  newestFirst: AuditEventView[],
) {
  return {
    ...view,
    attempts: view.attempts ?? [],
    metrics: metrics
      ? {
          capturedAt: isoInZone(metrics.capturedAt, view.publishZone),
          views: metrics.views,
          reach: metrics.reach,
          likes: metrics.likes,
          comments: metrics.comments,
          shares: metrics.shares,
          saves: metrics.saves,
          clicks: metrics.clicks,
        }
      : null,
    history: [...newestFirst].reverse().map((e) => ({
      action: e.action,
      at: isoInZone(new Date(e.createdAt), view.publishZone),
      actorId: e.actorId,
      actorEmail: e.actorEmail,
      reason: e.reason,
      data: e.data,
    })),
  };
}
