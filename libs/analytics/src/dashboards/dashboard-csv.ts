import { toCsv } from './csv';
import { COUNTERS } from './dashboard-types';
import { BestTimes, Consistency, Leaderboard, Overview, TimeSeries, TopPosts } from './dashboard-views';

const BLOCK_KEYS = ['postsPublished', ...COUNTERS, 'engagements', 'engagementRate'] as const;

/** One row per platform and metric: current, previous and the change. */
export function overviewCsv(o: Overview): string {
  const rows = o.rows.flatMap((r) =>
    BLOCK_KEYS.map((k) => ({
      platform: r.platform,
      metric: k,
      cur: r.current[k],
      prev: r.previous[k],
      ch: r.change[k],
      partly: (r.partlyUnknown as readonly string[]).includes(k),
    })),
  );
  return toCsv(
    [
      { header: 'from', value: () => o.range.from },
      { header: 'to', value: () => o.range.to },
      { header: 'platform', value: (r) => r.platform },
      { header: 'metric', value: (r) => r.metric },
      { header: 'current', value: (r) => r.cur },
      { header: 'previous', value: (r) => r.prev },
      { header: 'change', value: (r) => r.ch.absolute },
      { header: 'change_percent', value: (r) => r.ch.percent },
      // The figure leaves out platforms which never report it (all platforms' reach: X is not in it).
      { header: 'partly_unknown', value: (r) => r.partly },
    ],
    rows,
  );
}

/** One row per day and platform, one column per metric. */
export function timeSeriesCsv(t: TimeSeries): string {
  // A null value (a counter the platform never reports) is written as "—", never 0.
  const rows = new Map<string, Record<string, string | number | null>>();
  for (const s of t.series) {
    for (const p of s.points) {
      const key = `${p.day}|${s.platform}`;
      const row = rows.get(key) ?? { day: p.day, platform: s.platform };
      row[s.metric] = p.value;
      rows.set(key, row);
    }
  }
  return toCsv(
    [
      { header: 'day', value: (r) => r.day },
      { header: 'platform', value: (r) => r.platform },
      // snake_case like every other export's header ("posts_published", not "postsPublished").
      ...t.metrics.map((m) => ({
        header: m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        value: (r: Record<string, string | number | null>) => r[m],
      })),
    ],
    [...rows.values()].sort((a, b) => String(a.day).localeCompare(String(b.day))),
  );
}

export function leaderboardCsv(l: Leaderboard): string {
  return toCsv(
    [
      { header: 'rank', value: (r) => r.rank },
      { header: 'organization_id', value: (r) => r.organizationId },
      { header: 'name', value: (r) => r.name },
      { header: 'posts_published', value: (r) => r.postsPublished },
      { header: 'views', value: (r) => r.views },
      { header: 'reach', value: (r) => r.reach },
      { header: 'engagements', value: (r) => r.engagements },
      { header: 'engagement_rate', value: (r) => r.engagementRate },
      { header: 'followers', value: (r) => r.followers },
      { header: 'follower_growth', value: (r) => r.followerGrowth },
      // Figures that leave out platforms which never report them ("reach": X's posts are not in it).
      { header: 'partly_unknown', value: (r) => r.partlyUnknown.join(' ') },
    ],
    l.rows,
  );
}

export function topPostsCsv(t: TopPosts): string {
  return toCsv(
    [
      { header: 'rank', value: (r) => r.rank },
      { header: 'post_id', value: (r) => r.postId },
      { header: 'organization', value: (r) => r.organizationName },
      { header: 'platform', value: (r) => r.platform },
      { header: 'published_at', value: (r) => r.publishedAt },
      { header: 'release_title', value: (r) => r.release.title },
      { header: 'permalink', value: (r) => r.permalink },
      ...[...COUNTERS, 'engagements' as const].map((c) => ({
        header: c,
        value: (r: TopPosts['rows'][number]) => r.metrics?.[c] ?? null,
      })),
      { header: 'engagement_rate', value: (r) => r.engagementRate },
    ],
    t.rows,
  );
}

/** One row per node, platform and period. */
export function consistencyCsv(c: Consistency): string {
  const rows = c.rows.flatMap((r) => c.periods.map((p, i) => ({ r, p, i })));
  return toCsv(
    [
      { header: 'organization_id', value: (x) => x.r.organizationId },
      { header: 'name', value: (x) => x.r.name },
      { header: 'platform', value: (x) => x.r.platform },
      { header: 'period', value: () => c.period },
      { header: 'period_start', value: (x) => x.p.start },
      { header: 'period_end', value: (x) => x.p.end },
      { header: 'published', value: (x) => x.r.publishedPerPeriod[x.i] },
      { header: 'target', value: (x) => x.r.target },
      { header: 'period_status', value: (x) => x.r.periodStatuses[x.i] },
      { header: 'overall_status', value: (x) => x.r.status },
    ],
    rows,
  );
}

export function bestTimesCsv(b: BestTimes): string {
  return toCsv(
    [
      { header: 'day_of_week', value: (r) => r.dayOfWeek },
      { header: 'hour', value: (r) => r.hour },
      { header: 'samples', value: (r) => r.samples },
      { header: 'engagement_rate', value: (r) => r.engagementRate },
      { header: 'suppressed', value: (r) => r.suppressed },
    ],
    b.cells,
  );
}
