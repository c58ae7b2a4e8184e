import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  bestTimesCsv,
  consistencyCsv,
  DashboardsService,
  ENGAGEMENT_RATE_DOC,
  leaderboardCsv,
  MIN_SAMPLES_PER_CELL,
  MIN_SAMPLES_TOTAL,
  overviewCsv,
  timeSeriesCsv,
  topPostsCsv,
} from '@warta/analytics';
import { Actor } from '@warta/core';
import type { Request, Response } from 'express';
import { CurrentActor } from '../common/current-actor.decorator';
import {
  ConsistencyQueryDto,
  DashboardQueryDto,
  LeaderboardQueryDto,
  TimeSeriesQueryDto,
  TopPostsQueryDto,
} from './dashboards.dto';
import {
  BestTimesView,
  ConsistencyView,
  LeaderboardView,
  OverviewView,
  TimeSeriesView,
  TopPostsView,
} from './dashboard-response.dto';

const SCOPE_DOC =
  "Sums the node's whole subtree; the node must be inside your analytics:read scope (404 otherwise). " +
  "Days are the node's local days. Add ?format=csv, or use the /export.csv route, for the table as CSV (UTF-8 with BOM).";

/** Supervisors' dashboards. Thin: parse, call DashboardsService, answer JSON or CSV. */
@ApiTags('dashboards')
@ApiBearerAuth()
@ApiProduces('application/json', 'text/csv')
@Controller('dashboards')
export class DashboardsController {
  constructor(private readonly dashboards: DashboardsService) {}

  @Get(['overview', 'overview/export.csv'])
  @ApiOkResponse({ type: OverviewView, description: 'JSON, or text/csv for the CSV export.' })
  @ApiOperation({
    summary: 'Totals per platform and change against the previous period of equal length',
    description: `${SCOPE_DOC} ${ENGAGEMENT_RATE_DOC}`,
  })
  async overview(
    @CurrentActor() actor: Actor,
    @Query() q: DashboardQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const out = await this.dashboards.overview(actor, q);
    return answer(req, res, q, 'overview', out, overviewCsv);
  }

  @Get(['timeseries', 'timeseries/export.csv'])
  @ApiOkResponse({ type: TimeSeriesView, description: 'JSON, or text/csv for the CSV export.' })
  @ApiOperation({
    summary: 'Daily series per platform and metric (missing days are 0)',
    description: SCOPE_DOC,
  })
  async timeSeries(
    @CurrentActor() actor: Actor,
    @Query() q: TimeSeriesQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const out = await this.dashboards.timeSeries(actor, q);
    return answer(req, res, q, 'timeseries', out, timeSeriesCsv);
  }

  @Get(['leaderboard', 'leaderboard/export.csv'])
  @ApiOkResponse({ type: LeaderboardView, description: 'JSON, or text/csv for the CSV export.' })
  @ApiOperation({
    summary: "Leaderboard of the node's child units (e.g. a Kanwil's UPTs)",
    description: `${SCOPE_DOC} Per child: posts, views, reach, engagements, engagement rate, followers at the end of the range and their growth over it. ${ENGAGEMENT_RATE_DOC}`,
  })
  async leaderboard(
    @CurrentActor() actor: Actor,
    @Query() q: LeaderboardQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const out = await this.dashboards.leaderboard(actor, q);
    return answer(req, res, q, 'leaderboard', out, leaderboardCsv);
  }

  @Get(['top-posts', 'top-posts/export.csv'])
  @ApiOkResponse({ type: TopPostsView, description: 'JSON, or text/csv for the CSV export.' })
  @ApiOperation({
    summary: 'Best posts published in the range, with their release and permalink',
    description: `${SCOPE_DOC} Metrics are each post's latest cumulative counters. ${ENGAGEMENT_RATE_DOC}`,
  })
  async topPosts(
    @CurrentActor() actor: Actor,
    @Query() q: TopPostsQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const out = await this.dashboards.topPosts(actor, q);
    return answer(req, res, q, 'top-posts', out, topPostsCsv);
  }

  @Get(['consistency', 'consistency/export.csv'])
  @ApiOkResponse({ type: ConsistencyView, description: 'JSON, or text/csv for the CSV export.' })
  @ApiOperation({
    summary: 'Posts published against posting targets, per node, platform and week or month',
    description:
      `${SCOPE_DOC} Lists every node in the subtree with a target (a unit without its own inherits its nearest ancestor's), ` +
      'the posts it published itself in each period overlapping the range (weeks ISO, Monday first; months calendar), ' +
      'and whether it is ahead, on track or behind over the periods that have ended. ' +
      'JSON rows come in pages, worst first (`limit`, default 50; `cursor` = the previous `nextCursor`; `status` for the rows ' +
      'of one status only); `summary` always covers every row (`nodesBehind`: nodes behind on some platform) and `behind` ' +
      'names the nodes furthest behind, worst first (`behindLimit`, default 10). The CSV export holds every row.',
  })
  async consistency(
    @CurrentActor() actor: Actor,
    @Query() q: ConsistencyQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = q.format === 'csv' || req.path.endsWith('/export.csv');
    const out = await this.dashboards.consistency(actor, {
      ...q,
      limit: csv ? undefined : (q.limit ?? 50),
      cursor: csv ? undefined : q.cursor,
      behindLimit: csv ? 0 : q.behindLimit,
    });
    return answer(req, res, q, 'consistency', out, consistencyCsv);
  }

  @Get(['best-times', 'best-times/export.csv'])
  @ApiOkResponse({ type: BestTimesView, description: 'JSON, or text/csv for the CSV export.' })
  @ApiOperation({
    summary: 'Best time to post: hour-of-week heatmap of engagement rate',
    description:
      `${SCOPE_DOC} From the subtree's own posts published in the range (default the last 90 days), by local weekday ` +
      `(1 = Monday) and hour: samples and mean engagement rate per post. Cells with fewer than ${MIN_SAMPLES_PER_CELL} ` +
      `samples are suppressed, and all of them when there are fewer than ${MIN_SAMPLES_TOTAL} in total (sufficient: false). ` +
      ENGAGEMENT_RATE_DOC,
  })
  async bestTimes(
    @CurrentActor() actor: Actor,
    @Query() q: DashboardQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const out = await this.dashboards.bestTimes(actor, q);
    return answer(req, res, q, 'best-times', out, bestTimesCsv);
  }
}

function answer<T extends { range: { from: string; to: string } }>(
  req: Request,
  res: Response,
  q: DashboardQueryDto,
  name: string,
  out: T,
  csv: (x: T) => string,
): T | string {
  if (q.format !== 'csv' && !req.path.endsWith('/export.csv')) return out;
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${name}-${out.range.from}-${out.range.to}.csv"`,
  );
  return csv(out);
}
