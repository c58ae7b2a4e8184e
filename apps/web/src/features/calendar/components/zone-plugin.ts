import { createPlugin } from '@fullcalendar/core';
import { NamedTimeZoneImpl } from '@fullcalendar/core/internal';
import { offsetAtWallClock, wallClockAt } from '@web/lib/dates';
import { DateTime } from 'luxon';

/**
 * FullCalendar's named time zone (the unit's), with the offsets remembered per quarter hour.
 * `@fullcalendar/luxon3` asks luxon for every date it places, which asks `Intl` each time: a month
 * of 2,000 posts spent a tenth of a second there.
 */
class RememberedOffsetsZone extends NamedTimeZoneImpl {
  offsetForArray(a: number[]): number {
    return offsetAtWallClock(this.timeZoneName, a) ?? 0;
  }

  timestampToArray(ms: number): number[] {
    return wallClockAt(this.timeZoneName, ms) ?? utcArray(ms);
  }
}

function utcArray(ms: number): number[] {
  const d = DateTime.fromMillis(ms, { zone: 'UTC' });
  return [d.year, d.month - 1, d.day, d.hour, d.minute, d.second, d.millisecond];
}

export const unitZonePlugin = createPlugin({
  name: 'warta-unit-zone',
  namedTimeZonedImpl: RememberedOffsetsZone,
});
