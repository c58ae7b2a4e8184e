import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { isKnownZone, zonedIso } from './zoned-iso';

const ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'UTC',
  'Etc/GMT-7',
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe', // a 30-minute DST shift
  'Asia/Kathmandu', // +05:45
  'America/St_Johns', // -03:30 with DST
];
// 1970 .. 9999, as the api accepts.
const instant = fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });

describe('zonedIso', () => {
  it('writes what luxon writes, for any instant in any zone, with and without milliseconds', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.boolean(), (ms, zone, suppressMilliseconds) => {
        const d = new Date(ms);
        expect(zonedIso(d, zone, { suppressMilliseconds })).toBe(
          DateTime.fromJSDate(d, { zone }).toISO({ suppressMilliseconds }),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('is right on both sides of a DST change, minute by minute', () => {
    // New York springs forward on 2026-03-08 at 07:00 UTC; Lord Howe falls back on 2026-04-05 at 15:00 UTC.
    for (const [zone, at] of [
      ['America/New_York', Date.UTC(2026, 2, 8, 7)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
    ] as const) {
      for (let m = -90; m <= 90; m++) {
        const d = new Date(at + m * 60_000 + 123);
        expect(zonedIso(d, zone)).toBe(DateTime.fromJSDate(d, { zone }).toISO());
      }
    }
  });

  it('writes the Indonesian zones with their offsets and UTC as Z', () => {
    const d = new Date('2026-12-01T01:00:00Z');
    expect(zonedIso(d, 'Asia/Jakarta')).toBe('2026-12-01T08:00:00.000+07:00');
    expect(zonedIso(d, 'Asia/Makassar', { suppressMilliseconds: true })).toBe('2026-12-01T09:00:00+08:00');
    expect(zonedIso(d, 'Asia/Jayapura')).toBe('2026-12-01T10:00:00.000+09:00');
    expect(zonedIso(d, 'UTC')).toBe('2026-12-01T01:00:00.000Z');
  });

  it('answers null for an unknown zone or an invalid date, as luxon does', () => {
    expect(zonedIso(new Date(0), 'Mars/Olympus')).toBeNull();
    expect(zonedIso(new Date(NaN), 'Asia/Jakarta')).toBeNull();
  });

  it('knows the zones luxon knows, asked twice or more', () => {
    for (const name of [...ZONES, 'Mars/Olympus', 'UTC+7', '', 'asia/jakarta', 'Asia/Jakarta']) {
      expect(isKnownZone(name)).toBe(IANAZone.isValidZone(name));
      expect(isKnownZone(name)).toBe(IANAZone.isValidZone(name));
    }
  });
});
