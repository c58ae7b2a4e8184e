import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COUNTERS, Counter } from './dashboard-types';

/** A post's latest counters. null = the platform did not report that counter (never read as 0). */
export type LatestPostMetrics = { capturedAt: Date } & Record<Counter, number | null>;

/**
 * The latest metric snapshot of a post, for its detail screen. Callers have already read the post
 * inside the caller's scope; this only looks up its snapshots.
 */
@Injectable()
export class LatestPostMetricsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async forPost(postId: string): Promise<LatestPostMetrics | null> {
    const rows: (Record<Counter, string | null> & { captured_at: Date })[] = await this.dataSource.query(
      `SELECT captured_at, ${COUNTERS.join(', ')} FROM metric_snapshots
        WHERE post_id = $1 ORDER BY captured_at DESC, id DESC LIMIT 1`,
      [postId],
    );
    const r = rows[0];
    if (!r) return null;
    const out = { capturedAt: r.captured_at } as LatestPostMetrics;
    // bigint arrives as a string; counters stay far below 2^53.
    for (const c of COUNTERS) out[c] = r[c] === null ? null : Number(r[c]);
    return out;
  }
}
