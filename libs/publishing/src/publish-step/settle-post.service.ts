import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { NotificationKind, Notifier } from '@warta/notifications';
import { PostState } from '../post-state';
import type { PublishRow } from '../publish-row';
import { PublishingMetrics } from '../publishing-metrics';
import { PublishingPostsRepository } from '../publishing-posts.repository';

export interface SettleInput {
  row: PublishRow;
  from: PostState[];
  to: PostState.Failed | PostState.NeedsReview;
  reason: string;
  message: string;
  kind: NotificationKind;
  /** When given, only while the post is still leased by this owner. */
  leaseOwner?: string;
  params?: Record<string, string | number | null>;
}

/**
 * Ends a post in FAILED or NEEDS_REVIEW with a reason a person can act on: the change, its audit
 * event and the notification of its node commit together. False when the post moved on meanwhile.
 */
@Injectable()
export class SettlePost {
  constructor(
    private readonly posts: PublishingPostsRepository,
    private readonly audit: AuditTrail,
    private readonly notifier: Notifier,
    private readonly metrics: PublishingMetrics,
  ) {}

  execute(s: SettleInput): Promise<boolean> {
    const { row, to, reason, message } = s;
    return this.posts.transaction(async (m) => {
      const updated = await this.posts.guardedUpdate(
        {
          id: row.id,
          version: row.version,
          from: s.from,
          ...(s.leaseOwner !== undefined ? { leaseOwner: s.leaseOwner } : {}),
          set: {
            state: to,
            leaseOwner: null,
            leaseUntil: null,
            nextAttemptAt: null,
            lastErrorClass: reason,
            lastErrorMessage: message.slice(0, 1000),
          },
        },
        m,
      );
      if (!updated) return false;
      await this.audit.append(m, {
        organizationId: row.organizationId,
        actorId: null,
        action: to === PostState.Failed ? 'post.failed' : 'post.needs_review',
        subjectType: 'post',
        subjectId: row.id,
        reason: `${reason}: ${message}`.slice(0, 1000),
        data: { version: row.version, platform: row.platform, from: row.state },
      });
      await this.notifier.notify(m, {
        organizationId: row.organizationId,
        kind: s.kind,
        postId: row.id,
        socialAccountId: row.socialAccountId,
        reason,
        params: { platform: row.platform, error: message.slice(0, 300), ...(s.params ?? {}) },
      });
      this.metrics.outcome(row.platform, to === PostState.Failed ? 'failed' : 'needs_review');
      return true;
    });
  }
}
