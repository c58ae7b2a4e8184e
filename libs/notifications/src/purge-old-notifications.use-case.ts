import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock } from '@warta/core';
import { NotificationRetentionRepository } from './notification-retention.repository';

const DAY_MS = 86_400_000;

/**
 * The retention rule of notifications and webhook deliveries (libs/notifications/README.md), run by
 * the worker's repeatable maintenance job. Deliveries go first: a notification deleted later takes
 * its remaining deliveries with it (ON DELETE CASCADE), which is counted in `notifications` only.
 */
@Injectable()
export class PurgeOldNotifications {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: NotificationRetentionRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(): Promise<{ webhookDeliveries: number; notifications: number }> {
    const now = this.clock.now().getTime();
    const r = this.config.notifications.retention;
    const ago = (days: number) => new Date(now - days * DAY_MS);
    const webhookDeliveries = await this.retention.deleteWebhookDeliveries(
      ago(r.deliveredWebhookDays),
      ago(r.failedWebhookDays),
    );
    const notifications = await this.retention.deleteNotifications(ago(r.readDays), ago(r.unreadDays));
    return { webhookDeliveries, notifications };
  }
}
