export const COUNTERS = ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks'] as const;
export type Counter = (typeof COUNTERS)[number];
/** What a time series can plot: the counters, posts published and engagements. */
export const SERIES_METRICS = ['postsPublished', ...COUNTERS, 'engagements'] as const;
export type SeriesMetric = (typeof SERIES_METRICS)[number];

export type Counters = Record<Counter, number>;
export interface Totals extends Counters {
  postsPublished: number;
}

/** A consistency row over the periods that have ended (or, before any has, whether one is met yet). */
export const CONSISTENCY_STATUSES = ['ahead', 'on_track', 'behind', 'in_progress'] as const;
export type ConsistencyStatus = (typeof CONSISTENCY_STATUSES)[number];

import type { Platform } from '@warta/core';
export { PLATFORMS } from '@warta/core';

/**
 * Counters a platform never reports (X has no reach, Facebook no saves, Instagram no link clicks):
 * the snapshot stores NULL, and every figure a person reads for that platform is unknown (null in
 * JSON, "—" in CSV), never 0. The rollups add up what was reported, so they cannot say this.
 */
export const UNREPORTED: Record<Platform, readonly Counter[]> = {
  x: ['reach'],
  facebook: ['saves'],
  instagram: ['clicks'],
};

/** Counters as a person reads them: null where unknown. */
export type KnownCounters = Record<Counter, number | null>;

export function emptyTotals(): Totals {
  return { postsPublished: 0, views: 0, reach: 0, likes: 0, comments: 0, shares: 0, saves: 0, clicks: 0 };
}

export function addTotals(a: Totals, b: Totals): Totals {
  const out = emptyTotals();
  for (const k of Object.keys(out) as (keyof Totals)[]) out[k] = a[k] + b[k];
  return out;
}

/**
 * `t` without the counters `platform` never reports (zeroed): what it adds to a sum across platforms,
 * as `sumReportedColumns` does in SQL, so a rollup row's X reach cannot creep into the total.
 */
export function reportedTotals(t: Totals, platform: Platform): Totals {
  const out = { ...t };
  for (const c of UNREPORTED[platform]) out[c] = 0;
  return out;
}

/** SQL select list of summed counters (`sum(x.views)::float8 AS views`, ...), from rollup columns. */
export function sumColumns(alias: string): string {
  return [
    `coalesce(sum(${alias}.posts_published), 0)::int AS posts_published`,
    ...COUNTERS.map((c) => `coalesce(sum(${alias}.${c}), 0)::float8 AS ${c}`),
  ].join(', ');
}

/**
 * Like `sumColumns`, but each counter summed only over the platforms that report it, so a figure a
 * platform never reports cannot creep into a sum across platforms (a rollup row written by an older
 * demo seed, or a backfill, with an X reach).
 */
export function sumReportedColumns(alias: string): string {
  return [
    `coalesce(sum(${alias}.posts_published), 0)::int AS posts_published`,
    ...COUNTERS.map((c) => {
      const silent = (Object.keys(UNREPORTED) as Platform[]).filter((p) => UNREPORTED[p].includes(c));
      const only = silent.length
        ? ` FILTER (WHERE ${alias}.platform::text NOT IN (${silent.map((p) => `'${p}'`).join(', ')}))`
        : '';
      return `coalesce(sum(${alias}.${c})${only}, 0)::float8 AS ${c}`;
    }),
  ].join(', ');
}

export function totalsFromRow(r: Record<string, unknown>): Totals {
  const t = emptyTotals();
  t.postsPublished = Number(r.posts_published ?? 0);
  for (const c of COUNTERS) t[c] = Number(r[c] ?? 0);
  return t;
}
