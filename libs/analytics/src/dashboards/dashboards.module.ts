import { Module } from '@nestjs/common';
import { AuditModule } from '@warta/audit';
import { OrganizationsModule } from '@warta/organizations';
import { DashboardsRepository } from './dashboards.repository';
import { DashboardsService } from './dashboards.service';
import { GetLatestPostMetrics } from './get-latest-post-metrics.use-case';
import { LatestPostMetricsRepository } from './latest-post-metrics.repository';
import { PostingTargetsRepository } from './posting-targets.repository';
import { DeletePostingTarget, ListPostingTargets, SetPostingTarget } from './posting-targets.use-cases';

const REPOSITORIES = [DashboardsRepository, PostingTargetsRepository, LatestPostMetricsRepository];
const USE_CASES = [
  DashboardsService,
  ListPostingTargets,
  SetPostingTarget,
  DeletePostingTarget,
  GetLatestPostMetrics,
];

/**
 * Supervisors' dashboards (read from the rollups, scoped to the caller's subtree), posting targets,
 * and a post's latest metrics for its detail screen.
 */
@Module({
  imports: [OrganizationsModule, AuditModule],
  providers: [...REPOSITORIES, ...USE_CASES],
  exports: USE_CASES,
})
export class DashboardsModule {}
