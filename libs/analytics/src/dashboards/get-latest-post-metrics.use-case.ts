import { Injectable } from '@nestjs/common';
import { LatestPostMetrics, LatestPostMetricsRepository } from './latest-post-metrics.repository';

/**
 * A post's latest counters for its detail screen (null until collected). The caller has already
 * read the post inside their scope (publishing's GetPostDetail): analytics sits beside publishing,
 * not above it, so it cannot read the post itself.
 */
@Injectable()
export class GetLatestPostMetrics {
  constructor(private readonly metrics: LatestPostMetricsRepository) {}

  execute(postId: string): Promise<LatestPostMetrics | null> {
    return this.metrics.forPost(postId);
  }
}
