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
 * multi-row INSERTs of up to ROWS_PER_STATEMENT rows, each sent as one JSON document
 * (json_to_recordset): one parameter, parsed once by the server, about 1.5x the rows/s of one array
 * parameter per column, whose per-element quoting costs more on both sides.
 */
@Injectable()
export class MetricSnapshotsRepository {
  async insertMany(manager: EntityManager, rows: readonly NewMetricSnapshot[]): Promise<number> {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
      await manager.query(
        `INSERT INTO metric_snapshots (post_id, organization_id, social_account_id, platform, captured_at,
           views, reach, likes, comments, shares, saves, clicks, raw, source)
         SELECT p, o, a, f, t, v, r, l, c, s, b, k, w, src
           FROM json_to_recordset($1::json) AS x(p uuid, o uuid, a uuid, f text, t timestamptz,
             v bigint, r bigint, l bigint, c bigint, s bigint, b bigint, k bigint, w jsonb, src text)`,
        [
          JSON.stringify(
            chunk.map((x) => ({
              p: x.postId,
              o: x.organizationId,
              a: x.socialAccountId,
              f: x.platform,
              t: x.capturedAt,
              v: x.views,
              r: x.reach,
              l: x.likes,
              c: x.comments,
              s: x.shares,
              b: x.saves,
              k: x.clicks,
              w: x.raw,
              src: x.source,
            })),
          ),
        ],
      );
    }
    return rows.length;
  }
}
