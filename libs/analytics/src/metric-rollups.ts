import { DateTime } from 'luxon';

/** The counters every snapshot and rollup carries, in column order. */
export const METRIC_NAMES = ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** A snapshot's counters: null = the platform did not report it (unknown, never zero). */
export type MetricValues = Record<MetricName, number | null>;
/** A rollup's counters: unknown counts as 0 once aggregated. */
export type MetricTotals = Record<MetricName, number>;

export interface SnapshotForRollup extends MetricValues {
  /** Insertion order: breaks ties between snapshots captured at the same instant (latest wins). */
  id: number;
  postId: string;
  organizationId: string;
  socialAccountId: string;
  platform: string;
  capturedAt: Date;
}

export interface PostDailyRow extends MetricTotals {
  postId: string;
  /** ISO date (YYYY-MM-DD) in the post's node zone. */
  day: string;
  organizationId: string;
  socialAccountId: string;
  platform: string;
}

export interface NodeDailyRow extends MetricTotals {
  organizationId: string;
  platform: string;
  day: string;
}

export interface Rollups {
  postDaily: PostDailyRow[];
  nodeDaily: NodeDailyRow[];
}

/** The calendar day an instant falls on in an IANA zone (what `(t AT TIME ZONE zone)::date` gives). */
export function localDay(at: Date, zone: string): string {
  const d = DateTime.fromJSDate(at, { zone });
  if (!d.isValid) throw new Error(`invalid zone ${zone}`);
  return d.toISODate()!;
}

const zeroTotals = (): MetricTotals => ({
  views: 0,
  reach: 0,
  likes: 0,
  comments: 0,
  shares: 0,
  saves: 0,
  clicks: 0,
});

/**
 * The reference computation of both rollups from raw snapshots (the database maintains the same
 * figures incrementally; the property test holds the two equal):
 * - a post has a daily row for each local day with at least one snapshot; each metric is the
 *   latest non-null value captured on or before the end of that day (0 while never known);
 * - a node's daily gain on a platform is, over its own posts, the sum of each post's row minus the
 *   post's previous row (a post's first row gains its whole value). Days without a row gain nothing.
 */
export function computeRollups(
  snapshots: readonly SnapshotForRollup[],
  zoneOf: (organizationId: string) => string,
): Rollups {
  const byPost = new Map<string, SnapshotForRollup[]>();
  for (const s of snapshots) {
    const list = byPost.get(s.postId);
    if (list) list.push(s);
    else byPost.set(s.postId, [s]);
  }

  const postDaily: PostDailyRow[] = [];
  const nodeDaily = new Map<string, NodeDailyRow>();
  for (const [postId, list] of byPost) {
    const sorted = [...list].sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime() || a.id - b.id);
    const first = sorted[0];
    const zone = zoneOf(first.organizationId);
    const known: MetricTotals = zeroTotals();
    const previous: MetricTotals = zeroTotals();
    let i = 0;
    while (i < sorted.length) {
      const day = localDay(sorted[i].capturedAt, zone);
      while (i < sorted.length && localDay(sorted[i].capturedAt, zone) === day) {
        for (const m of METRIC_NAMES) {
          const v = sorted[i][m];
          if (v !== null) known[m] = v;
        }
        i++;
      }
      postDaily.push({
        postId,
        day,
        organizationId: first.organizationId,
        socialAccountId: first.socialAccountId,
        platform: first.platform,
        ...known,
      });
      const key = `${first.organizationId}|${first.platform}|${day}`;
      let node = nodeDaily.get(key);
      if (!node) {
        node = { organizationId: first.organizationId, platform: first.platform, day, ...zeroTotals() };
        nodeDaily.set(key, node);
      }
      for (const m of METRIC_NAMES) {
        node[m] += known[m] - previous[m];
        previous[m] = known[m];
      }
    }
  }
  return { postDaily, nodeDaily: [...nodeDaily.values()] };
}
