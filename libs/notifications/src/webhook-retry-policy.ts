/** Tries per delivery before it is marked failed for good. */
export const WEBHOOK_MAX_ATTEMPTS = 8;
const FIRST_DELAY_MS = 10_000;
const MAX_DELAY_MS = 3_600_000;

/**
 * Wait after failed attempt number `attempt` (1-based): 10 s, 30 s, 90 s, 4.5 min, 13.5 min, 40.5 min,
 * then 1 h; null once WEBHOOK_MAX_ATTEMPTS have failed (about 2 h 10 min after the first try).
 */
export function webhookRetryDelayMs(attempt: number): number | null {
  if (attempt >= WEBHOOK_MAX_ATTEMPTS) return null;
  return Math.min(FIRST_DELAY_MS * 3 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
}
