import { DomainError } from '@warta/core';
import { daysOf, periodsOverlapping, rangeInstants, resolveRange } from './dashboard-range';

describe('dashboard ranges', () => {
  // 2026-11-27 23:30 UTC is already the 28th in Jakarta (UTC+7) and still the 27th in UTC.
  const now = new Date('2026-11-27T23:30:00Z');

  it('defaults to the 30 days ending today in the node zone, with the previous 30 before it', () => {
    const r = resolveRange({}, 'Asia/Jakarta', now);
    expect(r.today).toBe('2026-11-28');
    expect(r.range).toEqual({ from: '2026-10-30', to: '2026-11-28', days: 30 });
    expect(r.previous).toEqual({ from: '2026-09-30', to: '2026-10-29', days: 30 });
    expect(resolveRange({}, 'UTC', now).today).toBe('2026-11-27');
  });

  it('takes any range up to 366 days and refuses longer, reversed or impossible ones', () => {
    expect(resolveRange({ from: '2024-02-29', to: '2025-02-28' }, 'UTC', now).range.days).toBe(366);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as DomainError).code + JSON.stringify((e as DomainError).details);
      }
      return 'none';
    };
    expect(code(() => resolveRange({ from: '2024-02-28', to: '2025-02-28' }, 'UTC', now))).toMatch(
      /^DASHBOARD_RANGE_TOO_LONG/,
    );
    expect(code(() => resolveRange({ from: '2026-11-02', to: '2026-11-01' }, 'UTC', now))).toMatch(
      /^DASHBOARD_RANGE_REVERSED/,
    );
    expect(code(() => resolveRange({ from: '2026-02-29' }, 'UTC', now))).toBe(
      'VALIDATION_FAILED[{"field":"from","code":"rule.date"}]',
    );
    expect(code(() => resolveRange({ to: '28-11-2026' }, 'UTC', now))).toBe(
      'VALIDATION_FAILED[{"field":"to","code":"rule.date"}]',
    );
    // Luxon reads year 0000; Postgres has no year 0 (this was a 500 on every dashboard).
    expect(code(() => resolveRange({ from: '0000-01-01', to: '0000-01-02' }, 'UTC', now))).toBe(
      'VALIDATION_FAILED[{"field":"to","code":"rule.dateYears","params":{"min":1970,"max":9999}}]',
    );
    expect(code(() => resolveRange({ to: '1969-12-31' }, 'UTC', now))).toMatch(/rule\.dateYears/);
  });

  it('turns local days into instants of the zone', () => {
    const range = { from: '2026-11-01', to: '2026-11-01', days: 1 };
    expect(rangeInstants(range, 'Asia/Jayapura')).toEqual({
      start: new Date('2026-10-31T15:00:00Z'),
      end: new Date('2026-11-01T15:00:00Z'),
    });
    expect(daysOf({ from: '2026-02-27', to: '2026-03-01', days: 3 })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
  });

  it('weeks start on Monday and months are calendar months', () => {
    // 2026-11-01 is a Sunday.
    expect(periodsOverlapping({ from: '2026-11-01', to: '2026-11-09', days: 9 }, 'week')).toEqual([
      { start: '2026-10-26', end: '2026-11-01' },
      { start: '2026-11-02', end: '2026-11-08' },
      { start: '2026-11-09', end: '2026-11-15' },
    ]);
    expect(periodsOverlapping({ from: '2026-01-31', to: '2026-03-01', days: 30 }, 'month')).toEqual([
      { start: '2026-01-01', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-31' },
    ]);
  });
});
