import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { int8Array, jsonbArray, textArray, timestamptzArray, uuidArray } from '@warta/database';
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

const INSERT = `
  INSERT INTO metric_snapshots (post_id, organization_id, social_account_id, platform, captured_at,
    views, reach, likes, comments, shares, saves, clicks, raw, source)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], $6::bigint[],
    $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::jsonb[], $14::text[])`;

function columns(rows: readonly NewMetricSnapshot[]): Buffer[] {
  return [
    uuidArray(rows.map((x) => x.postId)),
    uuidArray(rows.map((x) => x.organizationId)),
    uuidArray(rows.map((x) => x.socialAccountId)),
    textArray(rows.map((x) => x.platform)),
    timestamptzArray(rows.map((x) => x.capturedAt)),
    int8Array(rows.map((x) => x.views)),
    int8Array(rows.map((x) => x.reach)),
    int8Array(rows.map((x) => x.likes)),
    int8Array(rows.map((x) => x.comments)),
    int8Array(rows.map((x) => x.shares)),
    int8Array(rows.map((x) => x.saves)),
    int8Array(rows.map((x) => x.clicks)),
    jsonbArray(rows.map((x) => x.raw)),
    textArray(rows.map((x) => x.source)),
  ];
}

/**
 * `metric_snapshots` is append-only (a trigger refuses UPDATE and DELETE): snapshots go in as
 * multi-row INSERTs of up to ROWS_PER_STATEMENT rows, one array parameter per column in
 * PostgreSQL's binary format (binary-array-params): the server receives uuids, instants and counters
 * as they are stored instead of parsing text, which cost more than the insert itself with a JSON
 * document (json_to_recordset) or text arrays. The next statement's arrays are built while the
 * server runs the previous one.
 */
@Injectable()
export class MetricSnapshotsRepository {
  async insertMany(manager: EntityManager, rows: readonly NewMetricSnapshot[]): Promise<number> {
    let previous: Promise<unknown> | undefined;
    let latest: Promise<unknown> | undefined;
    try {
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        latest = manager.query(INSERT, columns(rows.slice(i, i + ROWS_PER_STATEMENT)));
        // Observed at once, so its failure is not unhandled while the previous one is awaited.
        latest.catch(() => undefined);
        await previous;
        previous = latest;
      }
      await latest;
    } catch (e) {
      // Statements on a session run in order: let the last one sent settle before the caller goes on.
      await latest?.catch(() => undefined);
      throw e;
    }
    return rows.length;
  }
}
