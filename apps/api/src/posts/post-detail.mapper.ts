import type { LatestPostMetrics } from '@warta/analytics';
import type { AuditEventView } from '@warta/audit';
import type { PostView } from '@warta/publishing';

/** GET posts/:id: the post, its latest metrics (null until collected) and its audited changes, oldest first. */
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
          capturedAt: metrics.capturedAt.toISOString(),
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
      at: e.createdAt,
      actorId: e.actorId,
      actorEmail: e.actorEmail,
      reason: e.reason,
      data: e.data,
    })),
  };
}
