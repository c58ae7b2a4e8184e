import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccountsModule } from '@warta/accounts';
import { AnalyticsModule } from '@warta/analytics';
import { AuditModule } from '@warta/audit';
import { APP_CONFIG, AppConfig, ConfigModule } from '@warta/config';
import { CoreModule } from '@warta/core';
import { DatabaseModule } from '@warta/database';
import { IdentityModule } from '@warta/identity';
import { NotificationsModule } from '@warta/notifications';
import { PublishingModule } from '@warta/publishing';
import { ALL_QUEUES, QueueModule, redisConnectionOptions } from '@warta/queue';
import { WorkerHealthServer } from './health/worker-health.server';
import { JobDispatcher } from './job-dispatcher.service';
import { AccountMaintenanceHandlers } from './maintenance/account-maintenance.handlers';
import { MaintenanceHandlers } from './maintenance/maintenance.handlers';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { MetricsHandlers } from './metrics/metrics.handlers';
import { MetricsProcessor } from './metrics/metrics.processor';
import { WebhookDeliveryTimer } from './notifications/webhook-delivery.timer';
import { DispatchReconcilerTimer } from './publishing/dispatch-reconciler.timer';
import { PublishHandlers } from './publishing/publish.handlers';
import {
  PublishFacebookProcessor,
  PublishInstagramProcessor,
  PublishXProcessor,
} from './publishing/publish.processors';
import { RedisPolicyCheck } from './redis-policy.check';
import { RepeatableJobFailures } from './repeatable-job-failures';
import { RepeatableJobs } from './repeatable-jobs.service';

@Module({
  imports: [
    ConfigModule,
    CoreModule,
    DatabaseModule,
    QueueModule,
    AuditModule,
    IdentityModule,
    AccountsModule,
    NotificationsModule,
    PublishingModule,
    AnalyticsModule,
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisConnectionOptions(config.redisUrl),
        prefix: config.queuePrefix,
      }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [
    JobDispatcher,
    MaintenanceHandlers,
    AccountMaintenanceHandlers,
    MaintenanceProcessor,
    MetricsHandlers,
    MetricsProcessor,
    RepeatableJobs,
    { provide: RepeatableJobFailures, useFactory: () => new RepeatableJobFailures() },
    RedisPolicyCheck,
    WorkerHealthServer,
    WebhookDeliveryTimer,
    PublishHandlers,
    PublishXProcessor,
    PublishFacebookProcessor,
    PublishInstagramProcessor,
    DispatchReconcilerTimer,
  ],
})
export class WorkerModule {}
