import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@warta/organizations';
import { DeliverPendingWebhooks } from './deliver-pending-webhooks.use-case';
import { ListNotifications } from './list-notifications.use-case';
import { MarkAllNotificationsRead, MarkNotificationRead } from './mark-notifications-read.use-cases';
import { NotificationRetentionRepository } from './notification-retention.repository';
import { NotificationsRepository } from './notifications.repository';
import { Notifier } from './notifier.service';
import {
  GetOrganizationWebhook,
  PutOrganizationWebhook,
  RemoveOrganizationWebhook,
  RotateWebhookSecret,
} from './organization-webhook.use-cases';
import { OrganizationWebhooksRepository } from './organization-webhooks.repository';
import { PurgeOldNotifications } from './purge-old-notifications.use-case';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookSender } from './webhook-sender.service';

const REPOSITORIES = [
  NotificationsRepository,
  OrganizationWebhooksRepository,
  WebhookDeliveriesRepository,
  NotificationRetentionRepository,
];
const PROVIDERS = [
  WebhookSender,
  Notifier,
  ListNotifications,
  MarkNotificationRead,
  MarkAllNotificationsRead,
  GetOrganizationWebhook,
  PutOrganizationWebhook,
  RemoveOrganizationWebhook,
  RotateWebhookSecret,
  DeliverPendingWebhooks,
  PurgeOldNotifications,
];

/**
 * In-app notifications (post failed / needs review, account needs reconnect) and each node's signed
 * webhook for the same events, with its outbox. Depends only on config, core, database, audit and
 * organizations, so accounts and publishing can both report through Notifier.
 */
// Repositories stay inside: accounts and publishing report through Notifier (DESIGN §3).
@Module({ imports: [OrganizationsModule], providers: [...REPOSITORIES, ...PROVIDERS], exports: PROVIDERS })
export class NotificationsModule {}
