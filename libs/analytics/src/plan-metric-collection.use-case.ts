import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock } from '@warta/core';
import { DataSource } from 'typeorm';
import { MetricCollectionPlanRepository, PlannedPosts } from './metric-collection-plan.repository';

/** Posts planned per transaction: short transactions, and a backlog still clears in a few rounds. */
const POSTS_PER_ROUND = 500;
const MAX_ROUNDS = 20;

/**
 * Gives every published post its collection plan (config.analytics.snapshotScheduleMinutes after
 * `published_at`) and counts it in its node's `posts_published`, in one transaction per round, so
 * a post is planned and counted exactly once however many workers run this.
 */
@Injectable()
export class PlanMetricCollection {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly plan: MetricCollectionPlanRepository,
  ) {}

  async execute(): Promise<PlannedPosts> {
    const total: PlannedPosts = { posts: 0, steps: 0 };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const planned = await this.dataSource.transaction((m) =>
        this.plan.planPublished(
          m,
          this.clock.now(),
          this.config.analytics.snapshotScheduleMinutes,
          POSTS_PER_ROUND,
        ),
      );
      total.posts += planned.posts;
      total.steps += planned.steps;
      if (planned.posts < POSTS_PER_ROUND) break;
    }
    return total;
  }
}
