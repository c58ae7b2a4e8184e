import { Platform } from '@warta/core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TargetPeriod } from './dashboard-range';

export interface PostingTarget {
  id: string;
  organizationId: string;
  platform: Platform;
  period: TargetPeriod;
  count: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `id, organization_id, platform, period, count, version, created_at, updated_at`;

function toTarget(r: Record<string, unknown>): PostingTarget {
  return {
    id: r.id as string,
    organizationId: r.organization_id as string,
    platform: r.platform as Platform,
    period: r.period as TargetPeriod,
    count: Number(r.count),
    version: Number(r.version),
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}

/**
 * posting_targets rows of one node. Callers have already checked the node against the caller's
 * scope (AccessScopeService.requireNode), which is why these take a node id.
 */
@Injectable()
export class PostingTargetsRepository {
  async forNode(m: EntityManager, organizationId: string): Promise<PostingTarget[]> {
    const rows = await m.query(
      `SELECT ${COLUMNS} FROM posting_targets WHERE organization_id = $1 ORDER BY platform, period`,
      [organizationId],
    );
    return rows.map(toTarget);
  }

  /** Targets set on the node's ancestors, nearest first per (platform, period) - what its units inherit. */
  async inheritedBy(m: EntityManager, path: string, organizationId: string): Promise<PostingTarget[]> {
    const rows = await m.query(
      `SELECT DISTINCT ON (t.platform, t.period) ${COLUMNS.split(', ')
        .map((c) => `t.${c}`)
        .join(', ')}
         FROM unnest(string_to_array(btrim($1::text, '/'), '/')::uuid[]) WITH ORDINALITY AS a(id, depth)
         JOIN posting_targets t ON t.organization_id = a.id
        WHERE a.id <> $2
        ORDER BY t.platform, t.period, a.depth DESC`,
      [path, organizationId],
    );
    return rows.map(toTarget);
  }

  async find(
    m: EntityManager,
    key: { organizationId: string; platform: Platform; period: TargetPeriod },
  ): Promise<PostingTarget | null> {
    const rows = await m.query(
      `SELECT ${COLUMNS} FROM posting_targets WHERE organization_id = $1 AND platform = $2 AND period = $3 FOR UPDATE`,
      [key.organizationId, key.platform, key.period],
    );
    return rows[0] ? toTarget(rows[0]) : null;
  }

  /** Inserts a new target; null when one appeared meanwhile (the caller reports a conflict). */
  async insert(
    m: EntityManager,
    t: { organizationId: string; platform: Platform; period: TargetPeriod; count: number; now: Date },
  ): Promise<PostingTarget | null> {
    const rows = await m.query(
      `INSERT INTO posting_targets (organization_id, platform, period, count, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (organization_id, platform, period) DO NOTHING
       RETURNING ${COLUMNS}`,
      [t.organizationId, t.platform, t.period, t.count, t.now],
    );
    return rows[0] ? toTarget(rows[0]) : null;
  }

  async update(
    m: EntityManager,
    id: string,
    version: number,
    count: number,
    now: Date,
  ): Promise<PostingTarget | null> {
    const rows = await m.query(
      `UPDATE posting_targets SET count = $3, version = version + 1, updated_at = $4
        WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
      [id, version, count, now],
    );
    return rows[0]?.[0] ? toTarget(rows[0][0]) : null;
  }

  async delete(m: EntityManager, id: string, version: number): Promise<boolean> {
    const rows = await m.query(`DELETE FROM posting_targets WHERE id = $1 AND version = $2 RETURNING id`, [
      id,
      version,
    ]);
    return (rows[0]?.length ?? 0) > 0;
  }
}
