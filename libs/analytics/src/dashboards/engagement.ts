/** Counters a rate is computed from; views 0 means the platform did not report views. */
export interface EngagementCounts {
  views: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
}

export function engagements(c: EngagementCounts): number {
  return c.likes + c.comments + c.shares + c.saves;
}

/**
 * Engagement rate = (likes + comments + shares + saves) / views; where views are unknown (0), the
 * same engagements / followers; null when neither is known. Rounded to 6 decimals.
 */
export function engagementRate(c: EngagementCounts, followers: number | null): number | null {
  const denominator = c.views > 0 ? c.views : followers && followers > 0 ? followers : 0;
  if (!denominator) return null;
  return Math.round((engagements(c) / denominator) * 1e6) / 1e6;
}

/** Change from `previous` to `current`: absolute, and percent (null when previous is 0). */
export function change(current: number, previous: number): { absolute: number; percent: number | null } {
  return {
    absolute: current - previous,
    percent: previous === 0 ? null : Math.round(((current - previous) / previous) * 1000) / 10,
  };
}

export const ENGAGEMENT_RATE_DOC =
  'Engagement rate = (likes + comments + shares + saves) / views; where a platform reports no views, ' +
  'the same engagements / followers (the accounts’ follower count at the end of the range); null when ' +
  'neither is known. Counters are summed first, so it is a weighted rate, not an average of rates.';
