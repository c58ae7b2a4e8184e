import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { zonedToIso } from '@web/lib/dates';
import type { PostFilter } from '../api/types';

export type DayRange = [string | null, string | null];

/** The posts list's filters (states, platform, days of the unit's calendar) and the query they make. */
export function usePostFilters(organizationId: string, zone: string) {
  const [states, setStates] = useState<string[]>([]);
  const [platform, setPlatform] = useState<PostFilter['platform']>(null);
  const [range, setRange] = useState<DayRange>([null, null]);

  const filter: PostFilter = useMemo(
    () => ({
      organizationId,
      states,
      platform,
      // A day picked in the unit's calendar runs from its midnight to the next, in the unit's zone.
      from: range[0] ? zonedToIso(range[0], '00:00', zone) : null,
      to: range[1] ? nextMidnight(range[1], zone) : null,
    }),
    [organizationId, zone, states, platform, range],
  );

  return {
    states,
    setStates,
    platform,
    setPlatform,
    range,
    setRange,
    filter,
    /** Any filter is set. */
    filtered: states.length > 0 || platform !== null || range[0] !== null,
    clear: () => {
      setStates([]);
      setPlatform(null);
      setRange([null, null]);
    },
  };
}

export type PostFilters = ReturnType<typeof usePostFilters>;

/** The midnight after a day of the unit's calendar, as an instant with the unit's offset. */
function nextMidnight(date: string, zone: string): string | null {
  const dt = DateTime.fromISO(date, { zone }).plus({ days: 1 });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}
