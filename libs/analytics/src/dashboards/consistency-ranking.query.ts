import { Platform } from '@warta/core';
import { AccessScope } from '@warta/database';
import { TargetPeriod } from './dashboard-range';
import { DashboardNode, ConsistencyPage, ConsistencySummary, ConsistencyTargetRow } from './dashboard-rows';
import { ConsistencyStatus } from './dashboard-types';

/** What one page of the consistency table asks for (see DashboardsRepository.consistency). */
export interface ConsistencyPageRequest {
  period: TargetPeriod;
  platform?: Platform;
  status?: ConsistencyStatus;
  periods: { start: string; ended: boolean }[];
  offset: number;
  limit: number | null;
  /** How many of the nodes behind to name, worst first. */
  behindShown: number;
}

/** The query's one row, as Postgres answers it. */
export interface RawConsistencyResult {
  rows: RawConsistencyRow[];
  summary: ConsistencySummary;
  behind: [string, string, Platform[]][] | null;
}

type RawConsistencyRow = Omit<ConsistencyTargetRow, 'organizationId' | 'perPeriod'> & {
  id: string;
  /** Posts per period start ('YYYY-MM-DD'), periods without any absent; null when none has. */
  perStart: Record<string, number> | null;
};

const ORDER = 'x.published - x.expected, x.name COLLATE "id-x-icu", x.platform, x.id';

/**
 * The consistency ranking's SQL and parameters, one CTE per step: the subtree's effective targets,
 * the posts per period, each row scored against its target, the ranking, then the page, the summary
 * and the nodes behind in one pass over it. $1-$9 are fixed, the scope's parameters follow from
 * $10, then the optional platform and status.
 */
export function consistencyRankingQuery(
  scope: AccessScope,
  node: DashboardNode,
  q: ConsistencyPageRequest,
): { sql: string; params: unknown[] } {
  const s = scope.sql('n.path', 10);
  const params: unknown[] = [];
  const param = (value: unknown) => `$${10 + s.params.length + params.push(value) - 1}`;
  const platformParam = q.platform ? param(q.platform) : null;
  const statusParam = q.status ? param(q.status) : null;
  // Periods are consecutive, so the ended ones are a prefix: posts up to the last one's start.
  const ended = q.periods.filter((p) => p.ended);
  // Every row (CSV): each row's posts per period come with the counts; a page looks up its own.
  const everyRow = q.limit === null;
  const sql = `WITH ${effectiveTargets(s.clause, platformParam ? `AND t.platform = ${platformParam}` : '')},
         ${postsPerPeriod(everyRow)},
         ${scoredAgainstTargets(everyRow)},
         ${ranked(statusParam)}
         ${pageSummaryAndBehind(everyRow, statusParam)}`;
  return {
    sql,
    params: [
      node.path,
      q.period,
      q.periods[0].start,
      q.periods[q.periods.length - 1].start,
      ended.length ? ended[ended.length - 1].start : null,
      ended.length,
      q.offset,
      q.limit,
      q.behindShown,
      ...s.params,
      ...params,
    ],
  };
}

/** The CTE's answer as the repository gives it: each row's posts in every period asked for. */
export function consistencyPage(row: RawConsistencyResult, periods: { start: string }[]): ConsistencyPage {
  return {
    rows: row.rows.map((r) => ({
      organizationId: r.id,
      name: r.name,
      slug: r.slug,
      kind: r.kind,
      platform: r.platform,
      count: r.count,
      sourceId: r.sourceId,
      perPeriod: periods.map((p) => r.perStart?.[p.start] ?? 0),
      published: r.published,
      expected: r.expected,
      status: r.status,
    })),
    summary: row.summary,
    behind: (row.behind ?? []).map(([organizationId, name, platforms]) => ({
      organizationId,
      name,
      platforms,
    })),
  };
}

/** `sub`, `inherited`, `targets`: the subtree's nodes and each one's effective target per platform. */
function effectiveTargets(scopeClause: string, targetPlatform: string): string {
  return `sub AS (
           SELECT n.id, n.parent_id, n.name, n.slug, n.kind FROM organizations n
            WHERE starts_with(n.path, $1) AND ${scopeClause}),
         inherited AS (
           -- What a unit without a target of its own inherits: per parent of the subtree's units, the
           -- nearest target among the parent and its ancestors (a unit's ancestors are its parent's).
           SELECT DISTINCT ON (p.id, t.platform) p.id AS parent_id, t.platform, t.count, t.organization_id AS source_id
             FROM organizations p
             CROSS JOIN LATERAL unnest(string_to_array(btrim(p.path, '/'), '/')::uuid[]) WITH ORDINALITY AS a(id, depth)
             JOIN posting_targets t ON t.organization_id = a.id AND t.period = $2 ${targetPlatform}
            WHERE p.id IN (SELECT parent_id FROM sub WHERE kind = 'unit')
            ORDER BY p.id, t.platform, a.depth DESC),
         targets AS (
           -- An inner node's target is for each unit under it (inherited below); the node itself is
           -- held to it only on a platform where it has an account of its own, the only way it could
           -- meet it. A Kanwil without accounts is never ranked against its units' target.
           SELECT s.id, s.name, s.slug, s.kind, t.platform, t.count, t.organization_id AS source_id
             FROM sub s JOIN posting_targets t ON t.organization_id = s.id AND t.period = $2 ${targetPlatform}
            WHERE s.kind = 'unit' OR EXISTS (
              SELECT 1 FROM social_accounts a
               WHERE a.organization_id = s.id AND a.platform = t.platform AND a.status <> 'disconnected')
           UNION ALL
           SELECT s.id, s.name, s.slug, s.kind, i.platform, i.count, i.source_id
             FROM sub s JOIN inherited i ON i.parent_id = s.parent_id
            WHERE s.kind = 'unit' AND NOT EXISTS (
              SELECT 1 FROM posting_targets t WHERE t.organization_id = s.id AND t.period = $2 AND t.platform = i.platform))`;
}

/** `counts`: posts each subtree node published itself per platform, over the ended periods and at most in one. */
function postsPerPeriod(everyRow: boolean): string {
  return `counts AS (
           SELECT d.organization_id, d.platform,
                  sum(d.posts_published) FILTER (WHERE d.start <= $5::date)::int AS published,
                  max(d.posts_published) AS most${everyRow ? ', json_object_agg(d.start, d.posts_published) AS per_start' : ''}
             FROM node_platform_periods d
            WHERE d.organization_id IN (SELECT id FROM sub) AND d.period = $2
              AND d.start BETWEEN $3::date AND $4::date AND d.posts_published > 0
            GROUP BY 1, 2)`;
}

/** `scored`: each target row with what it expects over the ended periods ($6) and its status. */
function scoredAgainstTargets(everyRow: boolean): string {
  return `scored AS (
           SELECT t.*, coalesce(c.published, 0) AS published, $6::int * t.count AS expected,${everyRow ? ' c.per_start,' : ''}
                  CASE WHEN $6::int = 0 THEN CASE WHEN coalesce(c.most, 0) >= t.count THEN 'on_track' ELSE 'in_progress' END
                       WHEN coalesce(c.published, 0) > $6::int * t.count THEN 'ahead'
                       WHEN coalesce(c.published, 0) = $6::int * t.count THEN 'on_track'
                       ELSE 'behind' END AS status
             FROM targets t LEFT JOIN counts c ON c.organization_id = t.id AND c.platform = t.platform)`;
}

/** `ranked`: the rows worst first, with where each stands overall, in its status and in its node. */
function ranked(statusParam: string | null): string {
  return `ranked AS (
           SELECT x.*, row_number() OVER (ORDER BY ${ORDER}) AS position,
                  -- Where a row stands among the rows of the status asked for.
                  ${statusParam ? `count(*) FILTER (WHERE x.status = ${statusParam}) OVER (ORDER BY ${ORDER}) AS listed,` : ''}
                  -- A node's rows, worst first (within a node the name and id are the same): its first
                  -- row behind stands for it in "behind", with every platform it is behind on.
                  row_number() OVER node_rows AS nth_of_node,
                  count(*) FILTER (WHERE x.status = 'behind') OVER node_rows AS nth_behind,
                  array_agg(x.platform) FILTER (WHERE x.status = 'behind')
                    OVER (node_rows ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS behind_platforms
             FROM scored x
           WINDOW node_rows AS (PARTITION BY x.id ORDER BY x.published - x.expected, x.platform))`;
}

/** The final SELECT: the page ($7 offset, $8 limit), the summary and the first $9 nodes behind. */
function pageSummaryAndBehind(everyRow: boolean, statusParam: string | null): string {
  return `-- One pass over the ranking: the page, the summary and the nodes behind are aggregates of it
         -- with their own filters (a page row's per-period counts are read for page rows only).
         SELECT
           coalesce(json_agg(json_build_object(
                     'id', r.id, 'name', r.name, 'slug', r.slug, 'kind', r.kind, 'platform', r.platform,
                     'count', r.count, 'sourceId', r.source_id, 'published', r.published, 'expected', r.expected,
                     'status', r.status,
                     'perStart', ${
                       everyRow
                         ? 'r.per_start'
                         : `(SELECT json_object_agg(d.start, d.posts_published) FROM node_platform_periods d
                              WHERE d.organization_id = r.id AND d.period = $2 AND d.start BETWEEN $3::date AND $4::date
                                AND d.platform = r.platform AND d.posts_published > 0)`
                     }) ORDER BY r.position)
                    FILTER (WHERE ${statusParam ? `r.status = ${statusParam} AND r.listed` : 'r.position'} > $7
                              AND ($8::int IS NULL OR ${statusParam ? 'r.listed' : 'r.position'} <= $7 + $8)), '[]') AS rows,
           json_build_object(
             'rows', count(*), 'nodes', count(*) FILTER (WHERE r.nth_of_node = 1),
             'nodesBehind', count(*) FILTER (WHERE r.status = 'behind' AND r.nth_behind = 1),
             'ahead', count(*) FILTER (WHERE r.status = 'ahead'),
             'on_track', count(*) FILTER (WHERE r.status = 'on_track'),
             'behind', count(*) FILTER (WHERE r.status = 'behind'),
             'in_progress', count(*) FILTER (WHERE r.status = 'in_progress')) AS summary,
           array_to_json((array_agg(json_build_array(r.id, r.name, r.behind_platforms) ORDER BY r.position)
                    FILTER (WHERE r.status = 'behind' AND r.nth_behind = 1))[1:$9]) AS behind
           FROM ranked r`;
}
