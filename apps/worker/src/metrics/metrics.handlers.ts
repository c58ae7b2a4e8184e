import { Injectable, Logger } from '@nestjs/common';
import { CollectAccountFollowers, CollectPostMetrics, PlanMetricCollection } from '@warta/analytics';
import { JobHandler, JobName } from '@warta/queue';

/** Thin: each handler calls one analytics use case and logs what it did. */
@Injectable()
export class MetricsHandlers {
  private readonly logger = new Logger('metrics');

  constructor(
    private readonly planMetricCollection: PlanMetricCollection,
    private readonly collectPostMetrics: CollectPostMetrics,
    private readonly collectAccountFollowers: CollectAccountFollowers,
  ) {}

  @JobHandler(JobName.PlanMetrics)
  async plan() {
    const result = await this.planMetricCollection.execute();
    if (result.posts) this.logger.log({ ...result }, 'planned metrics collection');
    return result;
  }

  @JobHandler(JobName.CollectMetrics)
  async collect() {
    const result = await this.collectPostMetrics.execute();
    if (result.claimed) this.logger.log({ ...result }, 'collected post metrics');
    return result;
  }

  @JobHandler(JobName.CollectFollowers)
  async followers() {
    const result = await this.collectAccountFollowers.execute();
    if (result.recorded || result.failed) this.logger.log({ ...result }, 'recorded follower counts');
    return result;
  }
}
