import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, ORGANIZATION_KIND, PLATFORM } from '../openapi/api-schemas';

const NUM_OR_NULL = { type: Number, nullable: true } as const;
const PLATFORM_OR_ALL = { enum: ['x', 'facebook', 'instagram', 'all'], enumName: 'PlatformOrAll' } as const;
const SERIES_METRIC = {
  enum: ['postsPublished', 'views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks', 'engagements'],
  enumName: 'SeriesMetric',
} as const;

export class DashboardNodeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ ...ORGANIZATION_KIND }) kind: string;
  @ApiProperty({ example: 'Asia/Jakarta' }) timezone: string;
}

export class DayRangeView {
  @ApiProperty({ format: 'date', description: 'First local day (inclusive).' }) from: string;
  @ApiProperty({ format: 'date', description: 'Last local day (inclusive).' }) to: string;
  @ApiProperty() days: number;
}

/** Counters of a period; a counter the platform never reports (X reach, ...) is null, never 0. */
export class MetricBlockView {
  @ApiProperty() postsPublished: number;
  @ApiProperty({ ...NUM_OR_NULL }) views: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) reach: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) likes: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) comments: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) shares: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) saves: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) clicks: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) engagements: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) engagementRate: number | null;
}

export class MetricChangeView {
  @ApiProperty({ ...NUM_OR_NULL }) absolute: number | null;
  @ApiProperty({ ...NUM_OR_NULL, description: 'null when the previous value was 0.' }) percent: number | null;
}

export class MetricChangesView {
  @ApiProperty({ type: MetricChangeView }) postsPublished: MetricChangeView;
  @ApiProperty({ type: MetricChangeView }) views: MetricChangeView;
  @ApiProperty({ type: MetricChangeView }) reach: MetricChangeView;
  @ApiProperty({ type: MetricChangeView }) likes: MetricChangeView;
  @ApiProperty({ type: MetricChangeView }) comments: MetricChangeView;
  @ApiProperty({ type: MetricChangeView }) shares: MetricChangeView;
  @ApiProperty({ type: MetricChangeView }) saves: MetricChangeView;
  @ApiProperty({ type: MetricChangeView }) clicks: MetricChangeView;
  @ApiProperty({ type: MetricChangeView }) engagements: MetricChangeView;
  @ApiProperty({ type: MetricChangeView }) engagementRate: MetricChangeView;
}

export class OverviewRowView {
  @ApiProperty({ ...PLATFORM_OR_ALL }) platform: string;
  @ApiProperty({ type: MetricBlockView }) current: MetricBlockView;
  @ApiProperty({ type: MetricBlockView }) previous: MetricBlockView;
  @ApiProperty({ type: MetricChangesView }) change: MetricChangesView;
  @ApiProperty({
    enum: ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks'],
    enumName: 'MetricCounter',
    isArray: true,
    description:
      'Counters that leave out some of the row\'s platforms because they never report them: on the "all" row, "reach" over X and Facebook figures is Facebook\'s reach only (when X alone has figures, reach is null instead). Always empty on a platform\'s own row.',
  })
  partlyUnknown: string[];
}

export class OverviewView {
  @ApiProperty({ type: DashboardNodeView }) node: DashboardNodeView;
  @ApiProperty({ type: DayRangeView }) range: DayRangeView;
  @ApiProperty({ type: DayRangeView }) previousRange: DayRangeView;
  @ApiProperty({ type: [OverviewRowView] }) rows: OverviewRowView[];
}

export class SeriesPointView {
  @ApiProperty({ format: 'date' }) day: string;
  @ApiProperty({
    ...NUM_OR_NULL,
    description:
      'null for a counter the platform never reports (X reach, Facebook saves, Instagram link clicks), never 0.',
  })
  value: number | null;
}

export class SeriesView {
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty({ ...SERIES_METRIC }) metric: string;
  @ApiProperty({ type: [SeriesPointView] }) points: SeriesPointView[];
}

export class TimeSeriesView {
  @ApiProperty({ type: DashboardNodeView }) node: DashboardNodeView;
  @ApiProperty({ type: DayRangeView }) range: DayRangeView;
  @ApiProperty({ ...SERIES_METRIC, isArray: true }) metrics: string[];
  @ApiProperty({ type: [SeriesView] }) series: SeriesView[];
}

export class LeaderboardRowView {
  @ApiProperty() rank: number;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ ...ORGANIZATION_KIND }) kind: string;
  @ApiProperty() postsPublished: number;
  @ApiProperty() views: number;
  @ApiProperty({
    ...NUM_OR_NULL,
    description: "null when none of the row's platforms reports reach (X alone).",
  })
  reach: number | null;
  @ApiProperty() engagements: number;
  @ApiProperty({ ...NUM_OR_NULL }) engagementRate: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) followers: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) followerGrowth: number | null;
  @ApiProperty({
    enum: ['reach'],
    enumName: 'LeaderboardFigure',
    isArray: true,
    description:
      'Figures that leave out some of the row\'s platforms because they never report them: "reach" over X and Facebook posts is Facebook\'s reach only.',
  })
  partlyUnknown: string[];
}

export class LeaderboardView {
  @ApiProperty({ type: DashboardNodeView }) node: DashboardNodeView;
  @ApiProperty({ type: DayRangeView }) range: DayRangeView;
  @ApiProperty({
    enum: ['reach', 'views', 'posts', 'engagements', 'engagementRate', 'followerGrowth'],
    enumName: 'LeaderboardSort',
  })
  sort: string;
  @ApiProperty({ type: [LeaderboardRowView] }) rows: LeaderboardRowView[];
}

export class TopPostReleaseView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class TopPostMetricsView {
  @ApiProperty({ ...NUM_OR_NULL }) views: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) reach: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) likes: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) comments: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) shares: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) saves: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) clicks: number | null;
  @ApiProperty({ ...NUM_OR_NULL }) engagements: number | null;
}

export class TopPostView {
  @ApiProperty() rank: number;
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty({ ...DATE_TIME }) publishedAt: string;
  @ApiProperty({ type: String, nullable: true }) permalink: string | null;
  @ApiProperty({ type: TopPostReleaseView }) release: TopPostReleaseView;
  @ApiProperty({ type: TopPostMetricsView, nullable: true }) metrics: TopPostMetricsView | null;
  @ApiProperty({ ...NUM_OR_NULL }) engagementRate: number | null;
}

export class TopPostsView {
  @ApiProperty({ type: DashboardNodeView }) node: DashboardNodeView;
  @ApiProperty({ type: DayRangeView }) range: DayRangeView;
  @ApiProperty({ enum: ['engagements', 'views', 'reach', 'engagementRate'], enumName: 'TopPostSort' })
  sort: string;
  @ApiProperty({ type: [TopPostView] }) rows: TopPostView[];
}

const CONSISTENCY_STATUS = {
  enum: ['ahead', 'on_track', 'behind', 'in_progress'],
  enumName: 'ConsistencyStatus',
} as const;

export class ConsistencyPeriodView {
  @ApiProperty({ format: 'date' }) start: string;
  @ApiProperty({ format: 'date' }) end: string;
  @ApiProperty() ended: boolean;
}

export class ConsistencyRowView {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty({ ...ORGANIZATION_KIND }) kind: string;
  @ApiProperty({ ...PLATFORM }) platform: string;
  @ApiProperty() target: number;
  @ApiProperty({ format: 'uuid', description: 'The node the target is set on (itself or an ancestor).' })
  targetSetOn: string;
  @ApiProperty({ type: [Number] }) publishedPerPeriod: number[];
  @ApiProperty({ enum: ['ahead', 'met', 'behind', 'in_progress'], enumName: 'PeriodStatus', isArray: true })
  periodStatuses: string[];
  @ApiProperty() published: number;
  @ApiProperty() expected: number;
  @ApiProperty() periodsMet: number;
  @ApiProperty() periodsBehind: number;
  @ApiProperty({ ...CONSISTENCY_STATUS }) status: string;
}

export class ConsistencySummaryView {
  @ApiProperty() rows: number;
  @ApiProperty() nodes: number;
  @ApiProperty() nodesBehind: number;
  @ApiProperty() ahead: number;
  @ApiProperty() on_track: number;
  @ApiProperty() behind: number;
  @ApiProperty() in_progress: number;
}

export class BehindNodeView {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ ...PLATFORM, isArray: true }) platforms: string[];
}

export class ConsistencyView {
  @ApiProperty({ type: DashboardNodeView }) node: DashboardNodeView;
  @ApiProperty({ type: DayRangeView }) range: DayRangeView;
  @ApiProperty({ enum: ['week', 'month'], enumName: 'TargetPeriod' }) period: string;
  @ApiProperty({ type: [ConsistencyPeriodView] }) periods: ConsistencyPeriodView[];
  @ApiProperty({ type: [ConsistencyRowView] }) rows: ConsistencyRowView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ type: ConsistencySummaryView }) summary: ConsistencySummaryView;
  @ApiProperty({ type: [BehindNodeView] }) behind: BehindNodeView[];
}

export class HeatmapCellView {
  @ApiProperty({ description: '1 = Monday.' }) dayOfWeek: number;
  @ApiProperty() hour: number;
  @ApiProperty() samples: number;
  @ApiProperty({ ...NUM_OR_NULL }) engagementRate: number | null;
  @ApiProperty() suppressed: boolean;
}

export class BestTimesView {
  @ApiProperty({ type: DashboardNodeView }) node: DashboardNodeView;
  @ApiProperty({ type: DayRangeView }) range: DayRangeView;
  @ApiProperty() minSamplesPerCell: number;
  @ApiProperty() minSamplesTotal: number;
  @ApiProperty() totalSamples: number;
  @ApiProperty() sufficient: boolean;
  @ApiProperty({ type: [HeatmapCellView] }) cells: HeatmapCellView[];
  @ApiProperty({ type: [HeatmapCellView] }) best: HeatmapCellView[];
}
