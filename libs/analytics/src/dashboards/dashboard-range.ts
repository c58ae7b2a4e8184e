import { DomainError } from '@warta/core';
import { DateTime } from 'luxon';

/** The longest range a dashboard reads at once (a year, leap day included). */
export const MAX_RANGE_DAYS = 366;

/** Whole local days, both ends included, as `YYYY-MM-DD` in the node's zone. */
export interface DayRange {
  from: string;
  to: string;
  days: number;
}

export interface ResolvedRange {
  range: DayRange;
  /** The period of equal length just before `range` (for "change against the previous period"). */
  previous: DayRange;
  /** Today in the node's zone. */
  today: string;
  zone: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Days a dashboard can be asked about. Postgres has no year 0 (luxon does, and `0000-01-01` used to
 * reach a query as a 500), and the previous period reaches up to a year further back.
 */
export const MIN_DASHBOARD_YEAR = 1970;
export const MAX_DASHBOARD_YEAR = 9999;

function parseDay(field: 'from' | 'to', value: string, zone: string): DateTime {
  const d = DAY.test(value) ? DateTime.fromISO(value, { zone }) : null;
  if (!d?.isValid) throw new DomainError('VALIDATION_FAILED', {}, [{ field, code: 'rule.date' }]);
  if (d.year < MIN_DASHBOARD_YEAR || d.year > MAX_DASHBOARD_YEAR)
    throw new DomainError('VALIDATION_FAILED', {}, [
      { field, code: 'rule.dateYears', params: { min: MIN_DASHBOARD_YEAR, max: MAX_DASHBOARD_YEAR } },
    ]);
  return d.startOf('day');
}

export function isoDay(d: DateTime): string {
  return d.toFormat('yyyy-MM-dd');
}

/**
 * Reads `from` / `to` as days in the node's zone. Missing `to` is today there; missing `from` is
 * `defaultDays` before `to`. Refuses a reversed range or one longer than MAX_RANGE_DAYS.
 */
export function resolveRange(
  input: { from?: string; to?: string },
  zone: string,
  now: Date,
  defaultDays = 30,
): ResolvedRange {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const to = input.to !== undefined ? parseDay('to', input.to, zone) : today;
  const from =
    input.from !== undefined ? parseDay('from', input.from, zone) : to.minus({ days: defaultDays - 1 });
  if (from > to) throw new DomainError('DASHBOARD_RANGE_REVERSED', { from: isoDay(from), to: isoDay(to) });
  const days = Math.round(to.diff(from, 'days').days) + 1;
  if (days > MAX_RANGE_DAYS) throw new DomainError('DASHBOARD_RANGE_TOO_LONG', { days, max: MAX_RANGE_DAYS });
  const prevTo = from.minus({ days: 1 });
  const prevFrom = prevTo.minus({ days: days - 1 });
  return {
    range: { from: isoDay(from), to: isoDay(to), days },
    previous: { from: isoDay(prevFrom), to: isoDay(prevTo), days },
    today: isoDay(today),
    zone,
  };
}

/** The instants bounding a day range in `zone`: [start of `from`, start of the day after `to`). */
export function rangeInstants(range: DayRange, zone: string): { start: Date; end: Date } {
  return {
    start: DateTime.fromISO(range.from, { zone }).startOf('day').toJSDate(),
    end: DateTime.fromISO(range.to, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
  };
}

/** Every day of a range, in order. */
export function daysOf(range: DayRange): string[] {
  const out: string[] = [];
  let d = DateTime.fromISO(range.from, { zone: 'UTC' });
  for (let i = 0; i < range.days; i++, d = d.plus({ days: 1 })) out.push(isoDay(d));
  return out;
}

export type TargetPeriod = 'week' | 'month';

/**
 * The target periods overlapping a range: ISO weeks (Monday first) or calendar months. Days are
 * already local to the node, so the arithmetic is on plain dates.
 */
export function periodsOverlapping(range: DayRange, period: TargetPeriod): { start: string; end: string }[] {
  const unit = period === 'week' ? 'week' : 'month';
  let start = DateTime.fromISO(range.from, { zone: 'UTC' }).startOf(unit);
  const last = DateTime.fromISO(range.to, { zone: 'UTC' });
  const out: { start: string; end: string }[] = [];
  while (start <= last) {
    const next = start.plus(period === 'week' ? { weeks: 1 } : { months: 1 });
    out.push({ start: isoDay(start), end: isoDay(next.minus({ days: 1 })) });
    start = next;
  }
  return out;
}
