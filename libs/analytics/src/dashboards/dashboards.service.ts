import { Inject, Injectable } from '@nestjs/common';
import { Actor, Clock, DomainError, Platform } from '@warta/core';
import { AccessScope } from '@warta/database';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DateTime } from 'luxon';
import {
  daysOf,
  isoDay,
  periodsOverlapping,
  rangeInstants,
  resolveRange,
  TargetPeriod,
} from './dashboard-range';
import { DashboardNode, TopPostSort } from './dashboard-rows';
import {
  addTotals,
  ConsistencyStatus,
  Counter,
  COUNTERS,
  emptyTotals,
  PLATFORMS,
  reportedTotals,
  SERIES_METRICS,
  SeriesMetric,
  Totals,
  UNREPORTED,
} from './dashboard-types';
import {
  BestTimes,
  Consistency,
  ConsistencyRow,
  DashboardQuery,
  HeatmapCell,
  Leaderboard,
  LEADERBOARD_PARTIAL_FIGURES,
  LeaderboardRow,
  LeaderboardSort,
  MetricBlock,
  NodeSummary,
  Overview,
  OverviewRow,
  PeriodStatus,
  TimeSeries,
  TopPost,
  TopPosts,
} from './dashboard-views';
import { DashboardsRepository } from './dashboards.repository';
import { change, engagementRate, engagements, rolledUpEngagements } from './engagement';
import { figureKnowledge, knownSum } from './unknown-figures';

/** Names in Indonesian order (one collator: `localeCompare(x, 'id')` builds one per call). */
const NAMES = new Intl.Collator('id');

/** A heatmap cell needs this many posts with a rate before it is shown. */
export const MIN_SAMPLES_PER_CELL = 3;
/** Below this many posts with a rate in total, the whole heatmap is marked insufficient. */
export const MIN_SAMPLES_TOTAL = 30;
/** How many of the nodes behind the consistency answer names unless asked for more (or fewer). */
export const BEHIND_SHOWN = 10;
/** The most it names in one answer; past that, `?status=behind` pages through the rows. */
export const MAX_BEHIND_SHOWN = 100;

/** `unknown`: counters nobody in the block reports, shown as null rather than the rollup's 0. */
function block(t: Totals, followers: number | null, unknown: readonly Counter[] = []): MetricBlock {
  const known: MetricBlock = { ...t, engagements: null, engagementRate: null };
  for (const c of unknown) known[c] = null;
  return { ...known, engagements: engagements(known), engagementRate: engagementRate(known, followers) };
}

function nodeSummary(n: DashboardNode): NodeSummary {
  return { id: n.id, name: n.name, kind: n.kind, timezone: n.timezone };
}

/**
 * Supervisors' dashboards over a node's subtree: the node must be inside the caller's
 * analytics:read scope (404 otherwise, 403 when visible but not readable), days are the node's
 * local days, and every read goes through the rollups (never the raw snapshots).
 */
@Injectable()
export class DashboardsService {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly repo: DashboardsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private async open(
    actor: Actor,
    organizationId: string,
  ): Promise<{ scope: AccessScope; node: DashboardNode }> {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.AnalyticsRead);
    const node = await this.repo.node(scope, organizationId);
    if (node) return { scope, node };
    // Not readable: say 404 or 403 exactly as everywhere else.
    await this.scopes.requireNode(actor.userId, organizationId, Permission.AnalyticsRead);
    throw new DomainError('NOT_FOUND');
  }

  async overview(actor: Actor, q: DashboardQuery): Promise<Overview> {
    const { scope, node } = await this.open(actor, q.organizationId);
    const r = resolveRange(q, node.timezone, this.clock.now());
    const totals = await this.repo.subtreeTotals(scope, node, [r.range, r.previous], q.platform);
    const platforms = q.platform ? [q.platform] : PLATFORMS;
    // Followers matter only where a platform reported engagements but no views.
    const needFollowers = platforms.some((p) =>
      (totals.get(p) ?? []).some((t) => t.views === 0 && rolledUpEngagements(t) > 0),
    );
    const [followersNow, followersBefore] = needFollowers
      ? await Promise.all([
          this.repo.subtreeFollowers(scope, node, r.range.to, q.platform),
          this.repo.subtreeFollowers(scope, node, r.previous.to, q.platform),
        ])
      : [new Map<Platform, number>(), new Map<Platform, number>()];
    const rows: OverviewRow[] = [];
    let cur = emptyTotals();
    let prev = emptyTotals();
    let fNow: number | null = null;
    let fBefore: number | null = null;
    for (const p of platforms) {
      const [c, pr] = totals.get(p) ?? [emptyTotals(), emptyTotals()];
      cur = addTotals(cur, reportedTotals(c, p));
      prev = addTotals(prev, reportedTotals(pr, p));
      const fn = followersNow.get(p) ?? null;
      const fb = followersBefore.get(p) ?? null;
      if (fn !== null) fNow = (fNow ?? 0) + fn;
      if (fb !== null) fBefore = (fBefore ?? 0) + fb;
      rows.push(overviewRow(p, block(c, fn, UNREPORTED[p]), block(pr, fb, UNREPORTED[p])));
    }
    // The all row sums the platforms with any figure in either range (as a leaderboard row sums
    // its own): a counter is unknown there when none of them reports it (X alone: reach is null,
    // not the rollup's 0), partly unknown when some do not.
    const summed = platforms.filter((p) => totals.has(p));
    const unknownToAll = COUNTERS.filter((c) => figureKnowledge(c, summed) === 'unknown');
    const partlyUnknown = COUNTERS.filter((c) => figureKnowledge(c, summed) === 'partly_unknown');
    if (!q.platform)
      rows.push(
        overviewRow('all', block(cur, fNow, unknownToAll), block(prev, fBefore, unknownToAll), partlyUnknown),
      );
    return { node: nodeSummary(node), range: r.range, previousRange: r.previous, rows };
  }

  async timeSeries(actor: Actor, q: DashboardQuery & { metric?: SeriesMetric }): Promise<TimeSeries> {
    const { scope, node } = await this.open(actor, q.organizationId);
    const r = resolveRange(q, node.timezone, this.clock.now());
    const rows = await this.repo.subtreeDaily(scope, node, r.range, q.platform);
    const metrics: SeriesMetric[] = q.metric ? [q.metric] : [...SERIES_METRICS];
    const days = daysOf(r.range);
    const byKey = new Map(rows.map((x) => [`${x.platform}|${x.day}`, x.totals]));
    const series: TimeSeries['series'] = [];
    for (const platform of q.platform ? [q.platform] : PLATFORMS) {
      for (const metric of metrics) {
        series.push({
          platform,
          metric,
          points: days.map((day) => {
            const t = byKey.get(`${platform}|${day}`) ?? emptyTotals();
            if (metric === 'engagements') return { day, value: rolledUpEngagements(t) };
            if (metric === 'postsPublished') return { day, value: t.postsPublished };
            return { day, value: knownSum(metric, t[metric], [platform]) };
          }),
        });
      }
    }
    return { node: nodeSummary(node), range: r.range, metrics, series };
  }

  async leaderboard(actor: Actor, q: DashboardQuery & { sort?: LeaderboardSort }): Promise<Leaderboard> {
    const { scope, node } = await this.open(actor, q.organizationId);
    const r = resolveRange(q, node.timezone, this.clock.now());
    const sort = q.sort ?? 'reach';
    const kids = await this.repo.children(scope, node, r.range, q.platform);
    const rows = kids.map((k): LeaderboardRow => {
      // Filtered to one platform, that platform decides even on a quiet range (X's reach is unknown).
      const platforms = q.platform ? [q.platform] : k.platforms;
      return {
        rank: 0,
        organizationId: k.organizationId,
        name: k.name,
        slug: k.slug,
        kind: k.kind,
        postsPublished: k.totals.postsPublished,
        views: k.totals.views,
        reach: knownSum('reach', k.totals.reach, platforms),
        engagements: rolledUpEngagements(k.totals),
        engagementRate: engagementRate(k.totals, k.followersEnd),
        followers: k.followersEnd,
        followerGrowth:
          k.followersEnd !== null && k.followersStart !== null ? k.followersEnd - k.followersStart : null,
        partlyUnknown: LEADERBOARD_PARTIAL_FIGURES.filter(
          (f) => figureKnowledge(f, platforms) === 'partly_unknown',
        ),
      };
    });
    const key: Record<LeaderboardSort, (x: LeaderboardRow) => number | null> = {
      reach: (x) => x.reach,
      views: (x) => x.views,
      posts: (x) => x.postsPublished,
      engagements: (x) => x.engagements,
      engagementRate: (x) => x.engagementRate,
      followerGrowth: (x) => x.followerGrowth,
    };
    rows.sort((a, b) => {
      const va = key[sort](a);
      const vb = key[sort](b);
      if (va !== vb) return vb === null ? -1 : va === null ? 1 : vb - va;
      return NAMES.compare(a.name, b.name);
    });
    rows.forEach((x, i) => (x.rank = i + 1));
    return { node: nodeSummary(node), range: r.range, sort, rows };
  }

  async topPosts(
    actor: Actor,
    q: DashboardQuery & { sort?: TopPostSort; limit?: number },
  ): Promise<TopPosts> {
    const { scope, node } = await this.open(actor, q.organizationId);
    const r = resolveRange(q, node.timezone, this.clock.now());
    const sort = q.sort ?? 'engagements';
    const posts = await this.repo.topPosts(scope, node, rangeInstants(r.range, node.timezone), {
      platform: q.platform,
      sort,
      limit: q.limit ?? 10,
      followersDay: r.range.to,
    });
    const rows: TopPost[] = posts.map((p, i) => ({
      rank: i + 1,
      postId: p.postId,
      organizationId: p.organizationId,
      organizationName: p.organizationName,
      platform: p.platform,
      // In the node's zone, like every other time the dashboards give (an ISO instant all the same).
      publishedAt: DateTime.fromJSDate(p.publishedAt, { zone: node.timezone }).toISO()!,
      permalink: p.permalink,
      release: { id: p.releaseId, title: p.releaseTitle },
      metrics: p.counters ? { ...p.counters, engagements: engagements(p.counters) } : null,
      engagementRate: p.counters ? engagementRate(p.counters, p.followers) : null,
    }));
    return { node: nodeSummary(node), range: r.range, sort, rows };
  }

  /**
   * `limit` absent: every row (the CSV export); otherwise one page from `cursor`. Ranking, paging,
   * the summary and `behind` are done in SQL, so a page costs its own rows here.
   */
  async consistency(
    actor: Actor,
    q: DashboardQuery & {
      period?: TargetPeriod;
      status?: ConsistencyStatus;
      limit?: number;
      cursor?: string;
      behindLimit?: number;
    },
  ): Promise<Consistency> {
    const offset = decodeOffsetCursor(q.cursor);
    const { scope, node } = await this.open(actor, q.organizationId);
    const r = resolveRange(q, node.timezone, this.clock.now());
    const period = q.period ?? 'week';
    const periods = periodsOverlapping(r.range, period).map((p) => ({ ...p, ended: p.end < r.today }));
    const page = await this.repo.consistency(scope, node, {
      period,
      platform: q.platform,
      status: q.status,
      periods,
      offset,
      limit: q.limit ?? null,
      behindShown: q.behindLimit ?? BEHIND_SHOWN,
    });
    const rows: ConsistencyRow[] = page.rows.map((t) => {
      const statuses = t.perPeriod.map((n, i): PeriodStatus =>
        n > t.count ? 'ahead' : n === t.count ? 'met' : periods[i].ended ? 'behind' : 'in_progress',
      );
      return {
        organizationId: t.organizationId,
        name: t.name,
        slug: t.slug,
        kind: t.kind,
        platform: t.platform,
        target: t.count,
        targetSetOn: t.sourceId,
        publishedPerPeriod: t.perPeriod,
        periodStatuses: statuses,
        published: t.published,
        expected: t.expected,
        periodsMet: statuses.filter((x, i) => periods[i].ended && x !== 'behind').length,
        periodsBehind: statuses.filter((x) => x === 'behind').length,
        status: t.status,
      };
    });
    const end = offset + rows.length;
    return {
      node: nodeSummary(node),
      range: r.range,
      period,
      periods,
      rows,
      nextCursor:
        q.limit !== undefined && end < (q.status ? page.summary[q.status] : page.summary.rows)
          ? encodeOffsetCursor(end)
          : null,
      summary: page.summary,
      behind: page.behind,
    };
  }

  async bestTimes(actor: Actor, q: DashboardQuery): Promise<BestTimes> {
    const { scope, node } = await this.open(actor, q.organizationId);
    const r = resolveRange(q, node.timezone, this.clock.now(), 90);
    const cells = await this.repo.hourOfWeek(scope, node, rangeInstants(r.range, node.timezone), {
      zone: node.timezone,
      platform: q.platform,
      followersDay: r.range.to,
    });
    const byCell = new Map(cells.map((c) => [`${c.dayOfWeek}|${c.hour}`, c]));
    const totalSamples = cells.reduce((a, c) => a + c.samples, 0);
    const sufficient = totalSamples >= MIN_SAMPLES_TOTAL;
    const out: HeatmapCell[] = [];
    for (let dow = 1; dow <= 7; dow++) {
      for (let hour = 0; hour < 24; hour++) {
        const c = byCell.get(`${dow}|${hour}`);
        const samples = c?.samples ?? 0;
        const suppressed = !sufficient || samples < MIN_SAMPLES_PER_CELL;
        out.push({
          dayOfWeek: dow,
          hour,
          samples,
          engagementRate: suppressed || c?.rate == null ? null : Math.round(c.rate * 1e6) / 1e6,
          suppressed,
        });
      }
    }
    const best = out
      .filter((c) => c.engagementRate !== null)
      .sort((a, b) => b.engagementRate! - a.engagementRate! || b.samples - a.samples)
      .slice(0, 5);
    return {
      node: nodeSummary(node),
      range: r.range,
      minSamplesPerCell: MIN_SAMPLES_PER_CELL,
      minSamplesTotal: MIN_SAMPLES_TOTAL,
      totalSamples,
      sufficient,
      cells: out,
      best,
    };
  }
}

function overviewRow(
  platform: Platform | 'all',
  current: MetricBlock,
  previous: MetricBlock,
  partlyUnknown: Counter[] = [],
): OverviewRow {
  const ch = {} as OverviewRow['change'];
  for (const k of Object.keys(current) as (keyof MetricBlock)[]) {
    const c = current[k];
    const p = previous[k];
    if (c === null || p === null) ch[k] = { absolute: null, percent: null };
    else if (k === 'engagementRate')
      ch[k] = { absolute: Math.round((c - p) * 1e6) / 1e6, percent: change(c, p).percent };
    else ch[k] = change(c, p);
  }
  return { platform, current, previous, change: ch, partlyUnknown };
}

/** A consistency page cursor is the opaque offset of its first row in the ranked rows. */
function encodeOffsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const offset = (parsed as { offset?: unknown } | null)?.offset;
    if (typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through
  }
  throw new DomainError('INVALID_CURSOR');
}

/** Today in a zone, as a day (exported for the demo seed and tests). */
export function todayIn(zone: string, now: Date): string {
  return isoDay(DateTime.fromJSDate(now, { zone }));
}
