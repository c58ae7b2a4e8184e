import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from './webhook-retry-policy';

describe('webhook retry policy', () => {
  it('backs off exponentially from 10 s, capped at 1 h, and gives up after the 8th failed attempt', () => {
    const delays = Array.from({ length: 9 }, (_, i) => webhookRetryDelayMs(i + 1));
    expect(delays).toEqual([10_000, 30_000, 90_000, 270_000, 810_000, 2_430_000, 3_600_000, null, null]);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(8);
    const total = delays.reduce<number>((sum, d) => sum + (d ?? 0), 0);
    // The receiver gets about two hours to come back before a delivery is failed for good.
    expect(total / 3_600_000).toBeGreaterThan(2);
    expect(total / 3_600_000).toBeLessThan(2.5);
  });
});
