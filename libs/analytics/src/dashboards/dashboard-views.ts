import { Platform } from '@warta/core';
import { DayRange, TargetPeriod } from './dashboard-range';
import { BehindNode, ConsistencySummary, TopPostSort } from './dashboard-rows';
import { ConsistencyStatus, Counter, KnownCounters, SeriesMetric, Totals } from './dashboard-types';

// What DashboardsService answers, one shape per dashboard (JSON as is, CSV through dashboard-csv.ts).

export interface DashboardQuery {
  organizationId: string;
  from?: string;
  to?: string;
  platform?: Platform;
}

export interface NodeSummary {
  id: string;
  name: string;
  kind: string;
  timezone: string;
}

/** A platform's (or all platforms') figures over a range; null where the platform reports no such figure. */
export type MetricBlock = Omit<Totals, Counter> &
  KnownCounters & {
    engagements: number | null;
    engagementRate: number | null;
  };

export interface OverviewRow {
  platform: Platform | 'all';
  current: MetricBlock;
  previous: MetricBlock;
  change: Record<keyof MetricBlock, { absolute: number | null; percent: number | null }>;
  /**
   * Counters of this row that leave out some of its platforms because they never report them: the
   * all row's `reach` over X and Facebook figures is Facebook's reach only. Always empty on a
   * platform's own row (its counter is known, or null when it never reports it).
   */
  partlyUnknown: Counter[];
}

export interface Overview {
  node: NodeSummary;
  range: DayRange;
  previousRange: DayRange;
  rows: OverviewRow[];
}

export interface TimeSeries {
  node: NodeSummary;
  range: DayRange;
  metrics: SeriesMetric[];
  /** A point's value is null for a counter the platform never reports (X reach, ...), never 0. */
  series: { platform: Platform; metric: SeriesMetric; points: { day: string; value: number | null }[] }[];
}

export type LeaderboardSort =
  'reach' | 'views' | 'posts' | 'engagements' | 'engagementRate' | 'followerGrowth';

export interface LeaderboardRow {
  rank: number;
  organizationId: string;
  name: string;
  slug: string;
  kind: string;
  postsPublished: number;
  views: number;
  /** null when none of the row's platforms reports reach (X alone). */
  reach: number | null;
  engagements: number;
  engagementRate: number | null;
  followers: number | null;
  followerGrowth: number | null;
  /**
   * Figures of this row that leave out some of its platforms because they never report them:
   * `reach` over X and Facebook posts is Facebook's reach only.
   */
  partlyUnknown: LeaderboardFigure[];
}

/** The row figures that can be partly unknown (views, likes, ... are reported by every platform). */
export const LEADERBOARD_PARTIAL_FIGURES = ['reach'] as const;
export type LeaderboardFigure = (typeof LEADERBOARD_PARTIAL_FIGURES)[number];

export interface Leaderboard {
  node: NodeSummary;
  range: DayRange;
  sort: LeaderboardSort;
  rows: LeaderboardRow[];
}

export interface TopPost {
  rank: number;
  postId: string;
  organizationId: string;
  organizationName: string;
  platform: Platform;
  publishedAt: string;
  permalink: string | null;
  release: { id: string; title: string };
  metrics: (KnownCounters & { engagements: number | null }) | null;
  engagementRate: number | null;
}

export interface TopPosts {
  node: NodeSummary;
  range: DayRange;
  sort: TopPostSort;
  rows: TopPost[];
}

export type PeriodStatus = 'ahead' | 'met' | 'behind' | 'in_progress';

export interface ConsistencyRow {
  organizationId: string;
  name: string;
  slug: string;
  kind: string;
  platform: Platform;
  target: number;
  targetSetOn: string;
  /** Posts the node published itself in each of `Consistency.periods`, and how that compares. */
  publishedPerPeriod: number[];
  periodStatuses: PeriodStatus[];
  /** Over the periods that have ended: posts published and the target they add up to. */
  published: number;
  expected: number;
  periodsMet: number;
  periodsBehind: number;
  status: ConsistencyStatus;
}

export interface Consistency {
  node: NodeSummary;
  range: DayRange;
  period: TargetPeriod;
  periods: { start: string; end: string; ended: boolean }[];
  /** One page of the rows (all of them when no limit was asked, e.g. for CSV), worst first. */
  rows: ConsistencyRow[];
  /** Cursor of the next page of `rows`, null on the last one. */
  nextCursor: string | null;
  /** Over every row, not just this page (nor just the status asked for). */
  summary: ConsistencySummary;
  /**
   * The nodes furthest behind on some platform, worst first (at most `behindLimit`, whatever the
   * page); `summary.nodesBehind` counts them all and `?status=behind` pages through every row behind.
   */
  behind: BehindNode[];
}

export interface HeatmapCell {
  dayOfWeek: number;
  hour: number;
  samples: number;
  engagementRate: number | null;
  suppressed: boolean;
}

export interface BestTimes {
  node: NodeSummary;
  range: DayRange;
  minSamplesPerCell: number;
  minSamplesTotal: number;
  totalSamples: number;
  sufficient: boolean;
  cells: HeatmapCell[];
  best: HeatmapCell[];
}
