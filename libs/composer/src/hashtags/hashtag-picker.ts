import { X_LIMITS } from '../platform-limits';

/**
 * Picks hashtags in priority order while they fit; a long tag that does not fit does not stop a
 * shorter later one, but order is never changed.
 */
export function pickHashtagsThatFit(
  candidates: readonly string[],
  fits: (tags: string[]) => boolean,
  max: number = X_LIMITS.maxHashtags,
): { chosen: string[]; dropped: string[] } {
  const chosen: string[] = [];
  const dropped: string[] = [];
  for (const tag of candidates) {
    if (chosen.length < max && fits([...chosen, tag])) chosen.push(tag);
    else dropped.push(tag);
  }
  return { chosen, dropped };
}
