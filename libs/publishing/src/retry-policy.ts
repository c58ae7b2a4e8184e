/** Exponential backoff with full jitter, capped: 2 s, 4 s, 8 s ... up to 5 minutes. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(300_000, 2_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base / 2 + (random() * base) / 2);
}

/** Wait for the platform's reset, plus a little jitter so a storm of posts does not return at once. */
export function afterReset(resetAt: Date, now: Date, random: () => number = Math.random): Date {
  const wait = Math.max(1_000, resetAt.getTime() - now.getTime());
  return new Date(now.getTime() + wait + Math.round(random() * 2_000));
}

/** Transient failures of a step before we give up and ask a person. */
export const MAX_PUBLISH_ATTEMPTS = 8;
/** Reads of the platform while reconciling before the outcome is declared unreadable. */
export const MAX_RECONCILE_TRIES = 5;
