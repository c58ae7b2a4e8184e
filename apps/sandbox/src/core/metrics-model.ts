import { Engagement } from './sandbox-state';
import { unitHash } from './seeded-random';

/** [min, max] share of views that turn into each interaction; the exact rate is fixed per post by the seed. */
export type RateSpec = Record<string, readonly [number, number]>;

export interface GrowthInput {
  seed: number;
  id: string;
  /** When the post went live (ms). */
  since: number;
  /** Now, or when the post was deleted: metrics stop growing then (ms). */
  until: number;
  followers: number;
  /** Time constant of the saturation curve, in hours (X fast, Facebook/Instagram slower). */
  tauHours: number;
  autoGrowth: boolean;
}

/**
 * Organic metrics: views follow a saturating curve A·(1 − e^(−t/τ)) whose size and speed are fixed
 * by (seed, post id), and every other count is a fixed share of views, floored. Both steps are
 * non-decreasing in t, so snapshots taken later never show less.
 */
export function organicMetrics(input: GrowthInput, rates: RateSpec): Record<string, number> {
  const out: Record<string, number> = { views: 0 };
  for (const k of Object.keys(rates)) out[k] = 0;
  if (!input.autoGrowth) return out;
  const ageHours = Math.max(0, input.until - input.since) / 3_600_000;
  const audience = Math.max(50, input.followers) * (0.3 + 1.2 * unitHash(input.seed, input.id, 'audience'));
  const tau = input.tauHours * (0.5 + unitHash(input.seed, input.id, 'tau'));
  const views = Math.floor(audience * (1 - Math.exp(-ageHours / tau)));
  out.views = views;
  for (const [k, [min, max]] of Object.entries(rates)) {
    const rate = min + (max - min) * unitHash(input.seed, input.id, k);
    out[k] = Math.floor(views * rate);
  }
  return out;
}

/** Explicit counts added through /__sandbox/engage (0 when none). */
export function explicit(e: Engagement | undefined, key: string): number {
  return e?.[key] ?? 0;
}

/** Every explicit interaction also counts as a view, so views never trail interactions. */
export function explicitInteractions(e: Engagement | undefined): number {
  if (!e) return 0;
  let sum = 0;
  for (const [k, v] of Object.entries(e)) if (k !== 'views' && k !== 'reach' && k !== 'followers') sum += v;
  return sum;
}

export const ENGAGEMENT_KEYS = [
  'views',
  'reach',
  'likes',
  'comments',
  'shares',
  'clicks',
  'saves',
  'bookmarks',
  'retweets',
  'quotes',
  'replies',
  'profileClicks',
  'follows',
] as const;

export const REACTION_TYPES = ['like', 'love', 'wow', 'haha', 'sad', 'angry', 'care'] as const;
