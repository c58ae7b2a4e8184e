import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MetricValues } from './metric-rollups';

export interface NewMetricSnapshot extends MetricValues {
  postId: string;
  organizationId: string;
  socialAccountId: string;
  platform: string;
  capturedAt: Date;
  raw: Record<string, unknown>;
  source: string;
}

/** Rows per INSERT statement: one round trip each, well inside Postgres' parameter and memory limits. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * `metric_snapshots` is append-only (a trigger refuses UPDATE and DELETE): snapshots go in as
 * multi-row INSERTs, one array parameter per column, so a batch of any size is a few statements.
 */
@Injectable()
export class MetricSnapshotsRepository {
  async insertMany(manager: EntityManager, rows: readonly NewMetricSnapshot[]): Promise<number> {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
      await manager.query(
        `INSERT INTO metric_snapshots (post_id, organization_id, social_account_id, platform, captured_at,
           views, reach, likes, comments, shares, saves, clicks, raw, source)
         SELECT post_id, organization_id, social_account_id, platform, captured_at,
           views, reach, likes, comments, shares, saves, clicks, raw::jsonb, source
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[],
             $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[],
             $13::text[], $14::text[])
             AS t(post_id, organization_id, social_account_id, platform, captured_at,
               views, reach, likes, comments, shares, saves, clicks, raw, source)`,
        [
          chunk.map((r) => r.postId),
          chunk.map((r) => r.organizationId),
          chunk.map((r) => r.socialAccountId),
          chunk.map((r) => r.platform),
          chunk.map((r) => r.capturedAt.toISOString()),
          chunk.map((r) => r.views),
          chunk.map((r) => r.reach),
          chunk.map((r) => r.likes),
          chunk.map((r) => r.comments),
          chunk.map((r) => r.shares),
          chunk.map((r) => r.saves),
          chunk.map((r) => r.clicks),
          chunk.map((r) => JSON.stringify(r.raw)),
          chunk.map((r) => r.source),
        ],
      );
    }
    return rows.length;
  }
}
