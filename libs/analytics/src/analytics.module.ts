import { Module } from '@nestjs/common';
import { AccountsModule } from '@warta/accounts';
import { AccountMetricsRepository } from './account-metrics.repository';
import { CollectAccountFollowers } from './collect-account-followers.use-case';
import { CollectPostMetrics } from './collect-post-metrics.use-case';
import { MetricCollectionPlanRepository } from './metric-collection-plan.repository';
import { MetricRollupsRepository } from './metric-rollups.repository';
import { MetricSnapshotsRepository } from './metric-snapshots.repository';
import { PlanMetricCollection } from './plan-metric-collection.use-case';

const REPOSITORIES = [
  MetricSnapshotsRepository,
  MetricRollupsRepository,
  MetricCollectionPlanRepository,
  AccountMetricsRepository,
];
const USE_CASES = [PlanMetricCollection, CollectPostMetrics, CollectAccountFollowers];

/** Engagement metrics collection: the per-post plan, snapshots, daily rollups and follower history. */
@Module({
  imports: [AccountsModule],
  providers: [...REPOSITORIES, ...USE_CASES],
  // Repositories stay inside: apps reach analytics through its use cases (DESIGN §3).
  exports: USE_CASES,
})
export class AnalyticsModule {}
