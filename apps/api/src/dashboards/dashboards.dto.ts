import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { Platform } from '@warta/core';
import {
  BEHIND_SHOWN,
  CONSISTENCY_STATUSES,
  LeaderboardSort,
  MAX_BEHIND_SHOWN,
  MAX_RANGE_DAYS,
  PLATFORMS,
  SERIES_METRICS,
  SeriesMetric,
  TopPostSort,
} from '@warta/analytics';
import type { ConsistencyStatus, TargetPeriod } from '@warta/analytics';

/** `?organizationId=&from=&to=&platform=&format=` shared by every dashboard. */
export class DashboardQueryDto {
  @ApiProperty({
    description: 'The node whose subtree is summed; must be inside your scope (404 otherwise).',
  })
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({
    description: `First day (YYYY-MM-DD, the node's zone). Default: 30 days before \`to\` (90 for best-times). At most ${MAX_RANGE_DAYS} days.`,
    example: '2026-11-01',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string;

  @ApiPropertyOptional({
    description: "Last day, included (YYYY-MM-DD, the node's zone). Default: today.",
    example: '2026-11-30',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string;

  @ApiPropertyOptional({ enum: PLATFORMS }) @IsOptional() @IsIn(PLATFORMS) platform?: Platform;

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    description: 'csv: the table as CSV (same as the /export.csv route).',
  })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class TimeSeriesQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({ enum: SERIES_METRICS, description: 'One metric only (default: all).' })
  @IsOptional()
  @IsIn(SERIES_METRICS)
  metric?: SeriesMetric;
}

const LEADERBOARD_SORTS: LeaderboardSort[] = [
  'reach',
  'views',
  'posts',
  'engagements',
  'engagementRate',
  'followerGrowth',
];
export class LeaderboardQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({ enum: LEADERBOARD_SORTS, default: 'reach' })
  @IsOptional()
  @IsIn(LEADERBOARD_SORTS)
  sort?: LeaderboardSort;
}

const TOP_POST_SORTS: TopPostSort[] = ['engagements', 'views', 'reach', 'engagementRate'];
export class TopPostsQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({ enum: TOP_POST_SORTS, default: 'engagements' })
  @IsOptional()
  @IsIn(TOP_POST_SORTS)
  sort?: TopPostSort;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class ConsistencyQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({
    enum: ['week', 'month'],
    default: 'week',
    description: "ISO weeks (Monday first) or calendar months, in the node's zone.",
  })
  @IsOptional()
  @IsIn(['week', 'month'])
  period?: TargetPeriod;

  @ApiPropertyOptional({
    enum: CONSISTENCY_STATUSES,
    description:
      'Only the rows with this status, in pages and in the CSV (the summary still covers every row).',
  })
  @IsOptional()
  @IsIn(CONSISTENCY_STATUSES)
  status?: ConsistencyStatus;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_BEHIND_SHOWN,
    default: BEHIND_SHOWN,
    description: 'How many of the nodes furthest behind `behind` names (all rows behind: `status=behind`).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_BEHIND_SHOWN)
  behindLimit?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 500,
    default: 50,
    description: 'Rows per page (JSON only: the CSV export always holds every row).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (nextCursor).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
