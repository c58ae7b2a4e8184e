/**
 * Counters a rate is computed from; null (or views 0 in a rollup) means the platform did not
 * report it: unknown, never zero.
 */
export interface EngagementCounts {
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
}

/** The interactions the platform reported, added up; null when it reported none of them. */
export function engagements(c: EngagementCounts): number | null {
  const known = [c.likes, c.comments, c.shares, c.saves].filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

/** Engagements of rolled-up totals, where nothing is null (unreported figures were added as 0). */
export function rolledUpEngagements(c: {
  likes: number;
  comments: number;
  shares: number;
  saves: number;
}): number {
  return c.likes + c.comments + c.shares + c.saves;
}

/**
 * Engagement rate = (likes + comments + shares + saves) / views; where views are unknown (0), the
 * same engagements / followers; null when neither is known. Rounded to 6 decimals.
 */
export function engagementRate(c: EngagementCounts, followers: number | null): number | null {
  const denominator = c.views !== null && c.views > 0 ? c.views : followers && followers > 0 ? followers : 0;
  const interactions = engagements(c);
  // A rate from an unknown figure is unknown too.
  if (!denominator || interactions === null) return null;
  return Math.round((interactions / denominator) * 1e6) / 1e6;
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
