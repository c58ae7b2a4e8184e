import { Inject, Injectable } from '@nestjs/common';
import { OrganizationKind, Platform } from '@warta/core';
import { AccessScope } from '@warta/database';
import { DataSource } from 'typeorm';
import {
  consistencyPage,
  ConsistencyPageRequest,
  consistencyRankingQuery,
  RawConsistencyResult,
} from './consistency-ranking.query';
import { DayRange } from './dashboard-range';
import { ChildRow, ConsistencyPage, DashboardNode, PostRow, TopPostSort } from './dashboard-rows';
import {
  COUNTERS,
  KnownCounters,
  PLATFORMS,
  sumColumns,
  sumReportedColumns,
  Totals,
  totalsFromRow,
} from './dashboard-types';

const ENGAGEMENTS = (a: string) => `(${a}.likes + ${a}.comments + ${a}.shares + ${a}.saves)`;
/** The post's account's followers at $4, looked up only when the post has no views. */
const FOLLOWERS_WHERE_NO_VIEWS = `CASE WHEN m.views > 0 THEN NULL ELSE
  (SELECT d.followers::float8 FROM account_followers_daily d WHERE d.social_account_id = m.social_account_id
      AND d.day <= $4::date ORDER BY d.day DESC LIMIT 1) END`;

/**
 * A subquery giving the subtree follower count of node `node` (an SQL expression) over `platforms`
 * (a text[] expression) at the end of day `to` and just before day `from`, with how many accounts
 * count (`accounts`, null or 0 when none): per platform two probes into the follower rollup's
 * running totals — the last row on or before `to`, the last row before `from`. Followers at the
 * start are the changes before the range plus the first counts of accounts first seen inside it
 * (every account's count just before the range, else its first one inside it).
 */
export function followersAtRangeEdges(node: string, platforms: string, from: string, to: string): string {
  return `
    SELECT sum(e.cum_accounts) AS accounts, sum(e.cum_delta)::float8 AS end_followers,
           sum(coalesce(b.cum_delta, 0) + e.cum_first - coalesce(b.cum_first, 0))::float8 AS start_followers
      FROM unnest(${platforms}) pl(platform)
      CROSS JOIN LATERAL (
        SELECT y.cum_delta, y.cum_first, y.cum_accounts FROM subtree_followers_daily y
         WHERE y.organization_id = ${node} AND y.platform = pl.platform AND y.day <= ${to}
         ORDER BY y.day DESC LIMIT 1) e
      LEFT JOIN LATERAL (
        SELECT y.cum_delta, y.cum_first FROM subtree_followers_daily y
         WHERE y.organization_id = ${node} AND y.platform = pl.platform AND y.day < ${from}
         ORDER BY y.day DESC LIMIT 1) b ON true`;
}

/**
 * The dashboards' reads. Every method takes the caller's AccessScope and the (already checked) node
 * and restricts to both, so a query cannot wander outside the caller's subtree. Day ranges are the
 * node's local days; rollup days are each node's own local days.
 */
@Injectable()
export class DashboardsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async node(scope: AccessScope, organizationId: string): Promise<DashboardNode | null> {
    const s = scope.sql('o.path', 2);
    const rows: DashboardNode[] = await this.dataSource.query(
      `SELECT o.id, o.path, o.name, o.kind, o.timezone FROM organizations o WHERE o.id = $1 AND ${s.clause}`,
      [organizationId, ...s.params],
    );
    return rows[0] ?? null;
  }

  /** Subtree totals per platform for several day ranges at once (index i of each answer = ranges[i]). */
  async subtreeTotals(
    scope: AccessScope,
    node: DashboardNode,
    ranges: DayRange[],
    platform?: Platform,
  ): Promise<Map<Platform, Totals[]>> {
    const s = scope.sql('o.path', 2);
    const params: unknown[] = [node.id, ...s.params];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const cases = ranges.map(
      (r, i) => `WHEN t.day BETWEEN ${p(r.from)}::date AND ${p(r.to)}::date THEN ${i}`,
    );
    const min = ranges.reduce((m, r) => (r.from < m ? r.from : m), ranges[0].from);
    const max = ranges.reduce((m, r) => (r.to > m ? r.to : m), ranges[0].to);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.platform, CASE ${cases.join(' ')} END AS bucket, ${sumColumns('t')}
         FROM subtree_platform_daily t JOIN organizations o ON o.id = t.organization_id
        WHERE t.organization_id = $1 AND ${s.clause}
          AND t.day BETWEEN ${p(min)}::date AND ${p(max)}::date
          ${platform ? `AND t.platform = ${p(platform)}` : ''}
        GROUP BY 1, 2`,
      params,
    );
    const out = new Map<Platform, Totals[]>();
    for (const r of rows) {
      if (r.bucket === null) continue;
      const list = out.get(r.platform as Platform) ?? ranges.map(() => totalsFromRow({}));
      list[Number(r.bucket)] = totalsFromRow(r);
      out.set(r.platform as Platform, list);
    }
    return out;
  }

  /** Subtree totals per platform and local day. */
  async subtreeDaily(
    scope: AccessScope,
    node: DashboardNode,
    range: DayRange,
    platform?: Platform,
  ): Promise<{ day: string; platform: Platform; totals: Totals }[]> {
    const s = scope.sql('o.path', 4);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.day::text AS day, t.platform, ${sumColumns('t')}
         FROM subtree_platform_daily t JOIN organizations o ON o.id = t.organization_id
        WHERE t.organization_id = $1 AND t.day BETWEEN $2::date AND $3::date AND ${s.clause}
          ${platform ? `AND t.platform = $${4 + s.params.length}` : ''}
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [node.id, range.from, range.to, ...s.params, ...(platform ? [platform] : [])],
    );
    return rows.map((r) => ({
      day: r.day as string,
      platform: r.platform as Platform,
      totals: totalsFromRow(r),
    }));
  }

  /**
   * Followers per platform at the end of `day` over the subtree's accounts (each account's latest
   * daily count on or before it); platforms without any count are absent.
   */
  async subtreeFollowers(
    scope: AccessScope,
    node: DashboardNode,
    day: string,
    platform?: Platform,
  ): Promise<Map<Platform, number>> {
    const s = scope.sql('o.path', 3);
    const rows: { platform: Platform; followers: number }[] = await this.dataSource.query(
      `SELECT a.platform, sum(f.followers)::float8 AS followers
         FROM organizations o
         JOIN social_accounts a ON a.organization_id = o.id
         CROSS JOIN LATERAL (SELECT d.followers FROM account_followers_daily d
                              WHERE d.social_account_id = a.id AND d.day <= $2::date
                              ORDER BY d.day DESC LIMIT 1) f
        WHERE starts_with(o.path, $1) AND ${s.clause}
          ${platform ? `AND a.platform = $${3 + s.params.length}` : ''}
        GROUP BY 1`,
      [node.path, day, ...s.params, ...(platform ? [platform] : [])],
    );
    return new Map(rows.map((r) => [r.platform, Number(r.followers)]));
  }

  /** The node's children with their subtree totals and follower counts at both ends of the range. */
  async children(
    scope: AccessScope,
    node: DashboardNode,
    range: DayRange,
    platform?: Platform,
  ): Promise<ChildRow[]> {
    const s = scope.sql('k.path', 5);
    const pf = platform ? `$${5 + s.params.length}` : null;
    // Per child: its subtree rows in the range, and its followers at both edges of it.
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT k.id, k.name, k.slug, k.kind, t.*,
              CASE WHEN f.accounts > 0 THEN f.end_followers END AS end_followers,
              CASE WHEN f.accounts > 0 THEN f.start_followers END AS start_followers
         FROM organizations k
         CROSS JOIN LATERAL (
           SELECT ${sumReportedColumns('x')}, coalesce(array_agg(DISTINCT x.platform::text), '{}') AS platforms
             FROM subtree_platform_daily x
            WHERE x.organization_id = k.id AND x.day BETWEEN $2::date AND $3::date
              ${pf ? `AND x.platform = ${pf}` : ''}) t
         CROSS JOIN LATERAL (${followersAtRangeEdges('k.id', '$4::text[]', '$2::date', '$3::date')}) f
        WHERE k.parent_id = $1 AND ${s.clause}`,
      [
        node.id,
        range.from,
        range.to,
        platform ? [platform] : PLATFORMS,
        ...s.params,
        ...(platform ? [platform] : []),
      ],
    );
    return rows.map((r) => ({
      organizationId: r.id as string,
      name: r.name as string,
      slug: r.slug as string,
      kind: r.kind as OrganizationKind,
      totals: totalsFromRow(r),
      platforms: r.platforms as Platform[],
      followersEnd: r.end_followers === null ? null : Number(r.end_followers),
      followersStart: r.start_followers === null ? null : Number(r.start_followers),
    }));
  }

  /**
   * The subtree's best `limit` posts published in [start, end) by `sort`, among posts with at least
   * one snapshot, each with its latest cumulative counters and, where views are unknown, its
   * account's followers at `followersDay`.
   */
  async topPosts(
    scope: AccessScope,
    node: DashboardNode,
    window: { start: Date; end: Date },
    opts: { platform?: Platform; sort: TopPostSort; limit: number; followersDay: string },
  ): Promise<PostRow[]> {
    const s = scope.sql('o.path', 6);
    const params: unknown[] = [
      node.path,
      window.start,
      window.end,
      opts.followersDay,
      opts.limit,
      ...s.params,
    ];
    const sortExpr: Record<TopPostSort, string> = {
      engagements: ENGAGEMENTS('m'),
      views: 'm.views',
      reach: 'm.reach',
      engagementRate: `${ENGAGEMENTS('m')}::float8 / NULLIF(CASE WHEN m.views > 0 THEN m.views ELSE f.followers END, 0)`,
    };
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT q.*, u.*, p.permalink, p.release_id, r.title AS release_title FROM (
         SELECT m.post_id AS id, m.organization_id, o.name AS organization_name, m.platform, m.published_at,
                ${COUNTERS.map((c) => `m.${c}::float8 AS ${c}`).join(', ')}, f.followers
           FROM organizations o
           JOIN post_metrics_latest m ON m.organization_id = o.id AND m.published_at >= $2 AND m.published_at < $3
           CROSS JOIN LATERAL (SELECT ${FOLLOWERS_WHERE_NO_VIEWS} AS followers) f
          WHERE starts_with(o.path, $1) AND ${s.clause}
            ${opts.platform ? `AND m.platform = $${params.push(opts.platform)}` : ''}
          ORDER BY ${sortExpr[opts.sort]} DESC NULLS LAST, m.published_at DESC, m.post_id
          LIMIT $5
       ) q JOIN posts p ON p.id = q.id JOIN releases r ON r.id = p.release_id
       -- The rollups add up what was reported (NULL as 0); the snapshots still know what never was.
       CROSS JOIN LATERAL (
         SELECT ${COUNTERS.map((c) => `coalesce(bool_and(s.${c} IS NULL), false) AS ${c}_unknown`).join(', ')}
           FROM metric_snapshots s WHERE s.post_id = q.id) u
       ORDER BY ${sortExpr[opts.sort].replace(/\bm\./g, 'q.').replace(/\bf\./g, 'q.')} DESC NULLS LAST, q.published_at DESC, q.id`,
      params,
    );
    return rows.map((r) => ({
      postId: r.id as string,
      organizationId: r.organization_id as string,
      organizationName: r.organization_name as string,
      platform: r.platform as Platform,
      publishedAt: r.published_at as Date,
      permalink: (r.permalink as string | null) ?? null,
      releaseId: r.release_id as string,
      releaseTitle: r.release_title as string,
      counters: Object.fromEntries(
        COUNTERS.map((c) => [c, r[`${c}_unknown`] === true ? null : Number(r[c])]),
      ) as KnownCounters,
      followers: r.followers === null || r.followers === undefined ? null : Number(r.followers),
    }));
  }

  /**
   * Hour-of-week cells (ISO weekday 1 = Monday, hour 0-23, in `zone`) of the subtree's posts
   * published in [start, end) with at least one snapshot: how many have a rate, and their mean.
   */
  async hourOfWeek(
    scope: AccessScope,
    node: DashboardNode,
    window: { start: Date; end: Date },
    opts: { zone: string; platform?: Platform; followersDay: string },
  ): Promise<{ dayOfWeek: number; hour: number; samples: number; rate: number | null }[]> {
    const s = scope.sql('o.path', 6);
    const params: unknown[] = [
      node.path,
      window.start,
      window.end,
      opts.followersDay,
      opts.zone,
      ...s.params,
    ];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT extract(isodow FROM m.published_at AT TIME ZONE $5)::int AS dow,
              extract(hour FROM m.published_at AT TIME ZONE $5)::int AS hour,
              count(x.rate)::int AS samples, avg(x.rate)::float8 AS rate
         FROM organizations o
         JOIN post_metrics_latest m ON m.organization_id = o.id AND m.published_at >= $2 AND m.published_at < $3
         CROSS JOIN LATERAL (SELECT ${FOLLOWERS_WHERE_NO_VIEWS} AS followers) f
         CROSS JOIN LATERAL (
           SELECT ${ENGAGEMENTS('m')}::float8 / NULLIF(CASE WHEN m.views > 0 THEN m.views ELSE f.followers END, 0) AS rate) x
        WHERE starts_with(o.path, $1) AND ${s.clause}
          ${opts.platform ? `AND m.platform = $${params.push(opts.platform)}` : ''}
        GROUP BY 1, 2`,
      params,
    );
    return rows.map((r) => ({
      dayOfWeek: Number(r.dow),
      hour: Number(r.hour),
      samples: Number(r.samples),
      rate: r.rate === null ? null : Number(r.rate),
    }));
  }

  /**
   * One page of the consistency table, ranked in SQL, with its summary over every row and the nodes
   * furthest behind. Rows are the subtree's effective posting targets for a period kind (a node's
   * own target, or for a unit without one on a platform, the nearest ancestor's, so a Kanwil can set
   * one for all its units; an inner node gets a row of its own only where it has an account on the
   * platform, see libs/analytics/README.md), each with the posts the node published itself in each period (from
   * node_platform_periods) and its status over the periods that have ended; worst first (published
   * minus expected), then by name in Indonesian order (the ICU collation `id`, as Intl.Collator('id')
   * in the service), platform and id. `status` pages only the rows with that status (the summary
   * still covers every row). `limit` null: every row from `offset` (the CSV export).
   */
  async consistency(
    scope: AccessScope,
    node: DashboardNode,
    q: ConsistencyPageRequest,
  ): Promise<ConsistencyPage> {
    const { sql, params } = consistencyRankingQuery(scope, node, q);
    const [row]: RawConsistencyResult[] = await this.dataSource.query(sql, params);
    return consistencyPage(row, q.periods);
  }
}
