import fc from 'fast-check';
import { DateTime } from 'luxon';
import { dayInZone, isoToZoned, offsetAtWallClock, wallClockAt, zonedToIso } from './dates';

const ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'UTC',
  'America/New_York',
  'Australia/Lord_Howe',
];

describe("dates in the unit's zone", () => {
  it('dayInZone gives the day luxon gives, for any instant written in any offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        (ms, writtenIn, zone) => {
          const iso = DateTime.fromMillis(ms, { zone: writtenIn }).toISO()!;
          expect(dayInZone(iso, zone)).toBe(DateTime.fromISO(iso).setZone(zone).toISODate());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('23:30 WIB is still that day for a WIB unit and already the next for a WIT one', () => {
    expect(dayInZone('2026-12-08T16:30:00.000Z', 'Asia/Jakarta')).toBe('2026-12-08');
    expect(dayInZone('2026-12-08T16:30:00.000Z', 'Asia/Jayapura')).toBe('2026-12-09');
    expect(dayInZone('nonsense', 'Asia/Jakarta')).toBeNull();
    expect(dayInZone('2026-12-08T16:30:00Z', 'Mars/Olympus')).toBeNull();
  });

  it("a wall-clock time typed in the unit's zone goes there and back", () => {
    const iso = zonedToIso('2026-12-07', '08:00', 'Asia/Makassar');
    expect(iso).toBe('2026-12-07T08:00:00+08:00');
    expect(isoToZoned(iso!, 'Asia/Makassar')).toEqual({ date: '2026-12-07', time: '08:00' });
    expect(isoToZoned(iso!, 'Asia/Jakarta')).toEqual({ date: '2026-12-07', time: '07:00' });
  });

  it("wall clock and offset agree with luxon, DST changes included (the calendar's zone)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const dt = DateTime.fromMillis(ms, { zone });
          expect(wallClockAt(zone, ms)).toEqual([
            dt.year,
            dt.month - 1,
            dt.day,
            dt.hour,
            dt.minute,
            dt.second,
            dt.millisecond,
          ]);
          // A wall time that exists: the offset found leads back to that very wall time.
          const w = [dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, 0, 0];
          const offset = offsetAtWallClock(zone, w)!;
          const instant = Date.UTC(w[0], w[1], w[2], w[3], w[4]) - offset * 60_000;
          expect(wallClockAt(zone, instant)).toEqual(w);
        },
      ),
      { numRuns: 3000 },
    );
    // New York skips 02:00-03:00 on 2026-03-08: the later offset, as luxon.
    const gap = DateTime.fromObject(
      { year: 2026, month: 3, day: 8, hour: 2, minute: 30 },
      { zone: 'America/New_York' },
    );
    expect(offsetAtWallClock('America/New_York', [2026, 2, 8, 2, 30])).toBe(gap.offset);
    // It repeats 01:00-02:00 on 2026-11-01: either offset names a real instant (luxon's pick depends
    // on today's date).
    expect([-240, -300]).toContain(offsetAtWallClock('America/New_York', [2026, 10, 1, 1, 30]));
  });
});
