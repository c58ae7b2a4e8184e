import { FixedClock } from '@warta/core';
import { EngineClock } from './engine-clock';

describe('EngineClock', () => {
  it('is the process clock until the database has been heard, then the database time plus elapsed', async () => {
    const processClock = new FixedClock(new Date('2030-01-01T00:00:00Z'));
    const clock = new EngineClock(processClock);
    expect(clock.now().toISOString()).toBe('2030-01-01T00:00:00.000Z');
    clock.observe('2026-12-06T03:00:00.000Z');
    const first = clock.now().getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2026-12-06T03:00:00.000Z'));
    expect(first).toBeLessThan(Date.parse('2026-12-06T03:00:00.050Z'));
    await new Promise((r) => setTimeout(r, 30));
    // The process clock is pinned: the engine's runs on (monotonic), whatever the host's says.
    expect(clock.now().getTime() - first).toBeGreaterThanOrEqual(25);
    expect(clock.msUntil(new Date(first + 10_000))).toBeGreaterThan(9_000);
    expect(clock.msUntil(new Date(first - 10_000))).toBe(0);
    clock.observe(null);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(first);
  });
});
