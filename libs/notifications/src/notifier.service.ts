import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@warta/core';
import { EntityManager } from 'typeorm';
import { NotificationsRepository } from './notifications.repository';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { isNotificationKind, NotificationKind } from './notification-kind';

export interface NotificationEvent {
  organizationId: string; // the node the post/account belongs to
  kind: NotificationKind;
  postId?: string | null;
  socialAccountId?: string | null;
  /** A short machine-readable reason code (e.g. 'too_late', 'ambiguous_match', 'validation', 'auth_revoked') */
  reason: string;
  /** Extra facts for the message/payload: platform, handle, permalink, platform error text, releaseTitle... (no tokens) */
  params?: Record<string, string | number | null>;
}

/**
 * Records that something needs a person: one notification on the node, plus one pending webhook
 * delivery for the node and every ancestor whose active webhook subscribes to the kind. Both are
 * written inside the caller's transaction, so they exist exactly when the state change they report
 * commits; HTTP happens later, in the worker (DeliverPendingWebhooks), never in this transaction.
 */
@Injectable()
export class Notifier {
  constructor(
    @Inject(Clock) private readonly clock: Clock,
    private readonly notifications: NotificationsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {}

  /** Inserts the notification (and webhook outbox rows) inside the caller's transaction. */
  async notify(manager: EntityManager, event: NotificationEvent): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Notifier.notify must run inside the transaction of the change it reports');
    }
    if (!isNotificationKind(event.kind)) throw new Error(`unknown notification kind ${String(event.kind)}`);
    const now = this.clock.now();
    const id = await this.notifications.insert(manager, {
      organizationId: event.organizationId,
      kind: event.kind,
      postId: event.postId ?? null,
      socialAccountId: event.socialAccountId ?? null,
      reason: event.reason,
      params: cleanParams(event.params),
      createdAt: now,
    });
    await this.deliveries.enqueueForSubscribers(manager, {
      notificationId: id,
      organizationId: event.organizationId,
      kind: event.kind,
      dueAt: now,
    });
  }
}

/** Keeps scalar params only (strings capped), so a caller cannot stuff objects or megabytes into a row. */
function cleanParams(params: NotificationEvent['params']): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === null || typeof v === 'number') out[k] = v;
    else if (typeof v === 'string') out[k] = v.length > 1000 ? `${v.slice(0, 999)}…` : v;
  }
  return out;
}
