import { DomainError } from '@warta/core';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isoInZone, nextFreeSlot, resolvePublishAt } from './publish-time';

const JAKARTA = 'Asia/Jakarta';
const now = new Date('2026-11-28T03:00:00Z'); // 10:00 WIB

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code + ':' + JSON.stringify(e.details ?? []) : String(e);
  }
  return 'no error';
};

describe('resolvePublishAt', () => {
  const ctx = { zone: JAKARTA, now, slots: [], taken: [] };

  it('reads an instant with its offset, whatever the zone', () => {
    expect(resolvePublishAt({ mode: 'at', publishAt: '2026-11-28T19:00:00+07:00' }, ctx).toISOString()).toBe(
      '2026-11-28T12:00:00.000Z',
    );
    expect(resolvePublishAt({ mode: 'at', publishAt: '2026-11-28T12:00:00Z' }, ctx).toISOString()).toBe(
      '2026-11-28T12:00:00.000Z',
    );
  });

  it("reads a local time in the node's zone (WIB, WITA, WIT)", () => {
    const at = (zone: string) =>
      resolvePublishAt({ mode: 'at', localTime: '2026-11-28T19:00' }, { ...ctx, zone }).toISOString();
    expect(at('Asia/Jakarta')).toBe('2026-11-28T12:00:00.000Z');
    expect(at('Asia/Makassar')).toBe('2026-11-28T11:00:00.000Z');
    expect(at('Asia/Jayapura')).toBe('2026-11-28T10:00:00.000Z');
  });

  it('refuses an instant without an offset, both or neither forms, and malformed local times', () => {
    expect(code(() => resolvePublishAt({ mode: 'at', publishAt: '2026-11-28T19:00:00' }, ctx))).toContain(
      'schedule.offset_required',
    );
    expect(
      code(() =>
        resolvePublishAt(
          { mode: 'at', publishAt: '2026-11-28T19:00:00Z', localTime: '2026-11-28T19:00' },
          ctx,
        ),
      ),
    ).toContain('schedule.one_of');
    expect(code(() => resolvePublishAt({ mode: 'at' }, ctx))).toContain('schedule.one_of');
    expect(code(() => resolvePublishAt({ mode: 'at', localTime: '2026-02-30T19:00' }, ctx))).toContain(
      'schedule.local_time',
    );
    expect(code(() => resolvePublishAt({ mode: 'at', localTime: '28/11/2026 19:00' }, ctx))).toContain(
      'schedule.local_time',
    );
  });

  it('reads "YYYY-MM-DD HH:mm" (a space for the T) as the same local time', () => {
    expect(resolvePublishAt({ mode: 'at', localTime: '2026-12-05 23:00' }, ctx)).toEqual(
      new Date('2026-12-05T16:00:00Z'),
    );
  });

  it('names a time in the past in the node zone (WIB / WITA / WIT), with the time it is now', () => {
    const err = (zone: string) => {
      try {
        resolvePublishAt({ mode: 'at', publishAt: '2026-11-28T01:00:00Z' }, { ...ctx, zone });
      } catch (e) {
        return (e as DomainError).params;
      }
      return null;
    };
    expect(err(JAKARTA)).toEqual({ publishAt: '28-11-2026 08:00 WIB', now: '28-11-2026 10:00 WIB' });
    expect(err('Asia/Makassar')).toEqual({
      publishAt: '28-11-2026 09:00 WITA',
      now: '28-11-2026 11:00 WITA',
    });
    expect(err('Asia/Jayapura')).toEqual({ publishAt: '28-11-2026 10:00 WIT', now: '28-11-2026 12:00 WIT' });
  });

  it('refuses a local time that does not exist in a zone with DST instead of shifting it', () => {
    // 2026-03-29 02:30 does not exist in Europe/Amsterdam (clocks jump 02:00 -> 03:00).
    const dst = { ...ctx, now: new Date('2026-03-01T00:00:00Z'), zone: 'Europe/Amsterdam' };
    expect(code(() => resolvePublishAt({ mode: 'at', localTime: '2026-03-29T02:30' }, dst))).toContain(
      'schedule.local_time',
    );
  });

  it('treats a minute in the past as now, refuses further back and more than a year ahead', () => {
    expect(resolvePublishAt({ mode: 'at', publishAt: '2026-11-28T02:59:30Z' }, ctx)).toEqual(now);
    expect(code(() => resolvePublishAt({ mode: 'at', publishAt: '2026-11-28T02:58:00Z' }, ctx))).toMatch(
      /^SCHEDULE_IN_PAST/,
    );
    expect(code(() => resolvePublishAt({ mode: 'at', publishAt: '2027-12-01T00:00:00Z' }, ctx))).toMatch(
      /^SCHEDULE_TOO_FAR/,
    );
    expect(resolvePublishAt({ mode: 'now' }, ctx)).toEqual(now);
  });
});

describe('nextFreeSlot', () => {
  const slots = ['19:00', '08:00', '12:00'];

  it('picks the next slot today, in the zone, at least a minute ahead', () => {
    expect(nextFreeSlot({ zone: JAKARTA, now, slots, taken: [] }).toISOString()).toBe(
      '2026-11-28T05:00:00.000Z',
    ); // 12:00 WIB
    const at1159 = new Date('2026-11-28T04:59:30Z');
    expect(nextFreeSlot({ zone: JAKARTA, now: at1159, slots, taken: [] }).toISOString()).toBe(
      '2026-11-28T12:00:00.000Z',
    ); // 19:00 WIB
  });

  it('skips slots the account already uses and rolls over to the next day', () => {
    const taken = [new Date('2026-11-28T05:00:00Z'), new Date('2026-11-28T12:00:00Z')];
    expect(nextFreeSlot({ zone: JAKARTA, now, slots, taken }).toISOString()).toBe('2026-11-29T01:00:00.000Z'); // 08:00 tomorrow
  });

  it('needs slots, and says so when every slot for a month is taken', () => {
    expect(code(() => nextFreeSlot({ zone: JAKARTA, now, slots: [], taken: [] }))).toMatch(
      /^NO_POSTING_SLOTS/,
    );
    const taken = Array.from({ length: 40 }, (_, d) =>
      DateTime.fromJSDate(now, { zone: JAKARTA }).startOf('day').plus({ days: d, hours: 8 }).toJSDate(),
    );
    expect(code(() => nextFreeSlot({ zone: JAKARTA, now, slots: ['08:00'], taken }))).toMatch(
      /^NO_FREE_SLOT/,
    );
  });

  it('property: the slot is in the future, on a listed local time, and not taken', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2026-01-01T00:00:00Z'),
          max: new Date('2027-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'),
        fc.integer({ min: 0, max: 6 }),
        (at, hm, zone, takenCount) => {
          const list = hm.map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
          const taken: Date[] = [];
          for (let i = 0; i < takenCount; i++)
            taken.push(nextFreeSlot({ zone, now: at, slots: list, taken }));
          const slot = nextFreeSlot({ zone, now: at, slots: list, taken });
          expect(slot.getTime()).toBeGreaterThanOrEqual(at.getTime() + 60_000);
          expect(list).toContain(DateTime.fromJSDate(slot, { zone }).toFormat('HH:mm'));
          expect(taken.map((d) => d.getTime())).not.toContain(slot.getTime());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('isoInZone', () => {
  it("writes times with the node's offset", () => {
    expect(isoInZone(new Date('2026-11-28T12:00:00Z'), JAKARTA)).toBe('2026-11-28T19:00:00+07:00');
    expect(isoInZone(null, JAKARTA)).toBeNull();
  });
});
