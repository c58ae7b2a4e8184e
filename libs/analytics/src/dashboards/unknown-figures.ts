import type { Platform } from '@warta/core';
import { Counter, UNREPORTED } from './dashboard-types';

/**
 * How much of a summed figure is known, given the platforms it is summed over:
 * - `known`: every platform reports the counter (or there is nothing to sum: 0 is then true);
 * - `unknown`: none of them reports it (X's reach alone): the rollup's 0 must read as null;
 * - `partly_unknown`: some do, some don't (reach over X and Facebook posts): the sum covers only the
 *   platforms that report it, and the reader must be told.
 */
export type FigureKnowledge = 'known' | 'partly_unknown' | 'unknown';

export function figureKnowledge(counter: Counter, platforms: readonly Platform[]): FigureKnowledge {
  const unreporting = platforms.filter((p) => UNREPORTED[p].includes(counter)).length;
  if (unreporting === 0) return 'known';
  return unreporting === platforms.length ? 'unknown' : 'partly_unknown';
}

/** The rollup's sum as a person reads it: null when nobody reported the figure. */
export function knownSum(counter: Counter, sum: number, platforms: readonly Platform[]): number | null {
  return figureKnowledge(counter, platforms) === 'unknown' ? null : sum;
}
