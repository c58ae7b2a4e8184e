import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccountsModule } from '@warta/accounts';
import { DashboardsModule } from '@warta/analytics';
import { AuditModule } from '@warta/audit';
import { APP_CONFIG, AppConfig, ConfigModule } from '@warta/config';
import { CoreModule } from '@warta/core';
import { DatabaseModule } from '@warta/database';
import { IdentityModule } from '@warta/identity';
import { MediaModule } from '@warta/media';
import { NotificationsModule } from '@warta/notifications';
import { OrganizationsModule } from '@warta/organizations';
import { PostQueriesModule, PublishingGauges, PublishingModule, QueueBoardAccess } from '@warta/publishing';
import { QueueModule } from '@warta/queue';
import { ReleasesModule } from '@warta/releases';
import { AccountsController } from './accounts/accounts.controller';
import { QueueBoardController } from './admin/queue-board.controller';
import { QueueBoardService } from './admin/queue-board.service';
import { ApprovalsController } from './approvals/approvals.controller';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { CalendarController } from './calendar/calendar.controller';
import { AuthGuard } from './common/auth.guard';
import { DashboardsController } from './dashboards/dashboards.controller';
import { ComposeController } from './compose/compose.controller';
import { DomainExceptionFilter } from './common/domain-exception.filter';
import { WartaValidationPipe } from './common/validation.pipe';
import { DraftsController } from './drafts/drafts.controller';
import { HealthController } from './health/health.controller';
import { MeController } from './me/me.controller';
import { MediaPublicController } from './media/media-public.controller';
import { MediaController } from './media/media.controller';
import { API_METRICS, createMetrics } from './metrics/http-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { OrganizationsController } from './organizations/organizations.controller';
import { PostsController } from './posts/posts.controller';
import { ReleasesController } from './releases/releases.controller';
import { PostingTargetsController } from './targets/posting-targets.controller';
import { UsersController } from './users/users.controller';
import { OrganizationWebhooksController } from './webhooks/organization-webhooks.controller';

@Module({
  imports: [
    ConfigModule,
    CoreModule,
    DatabaseModule,
    QueueModule,
    AuditModule,
    IdentityModule,
    OrganizationsModule,
    AccountsModule,
    MediaModule,
    ReleasesModule,
    NotificationsModule,
    DashboardsModule,
    PublishingModule,
    PostQueriesModule,
    TerminusModule,
    // A generous per-IP ceiling on every route; login has its own tighter rules on top.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.api.rateLimitPerMinute }],
      }),
    }),
  ],
  controllers: [
    AuthController,
    MeController,
    OrganizationsController,
    UsersController,
    AccountsController,
    MediaController,
    MediaPublicController,
    ReleasesController,
    ApprovalsController,
    DraftsController,
    ComposeController,
    AuditController,
    HealthController,
    MetricsController,
    NotificationsController,
    OrganizationWebhooksController,
    DashboardsController,
    PostingTargetsController,
    CalendarController,
    QueueBoardController,
    PostsController,
  ],
  providers: [
    PublishingGauges,
    {
      provide: API_METRICS,
      inject: [PublishingGauges],
      useFactory: (g: PublishingGauges) => createMetrics([g]),
    },
    QueueBoardAccess,
    QueueBoardService,
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
    { provide: APP_PIPE, useClass: WartaValidationPipe },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class ApiModule {}
