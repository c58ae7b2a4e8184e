import { DateTime } from 'luxon';
import type { Lang } from '../locales';

/**
 * Times are shown in the unit's zone, named the Indonesian way (WIB, WITA, WIT); other zones fall
 * back to their UTC offset. Indonesia has no daylight saving, so the offset decides the name.
 */
export function zoneName(zone: string, at: DateTime = DateTime.now()): string {
  const offset = at.setZone(zone).offset;
  if (offset === 7 * 60) return 'WIB';
  if (offset === 8 * 60) return 'WITA';
  if (offset === 9 * 60) return 'WIT';
  return at.setZone(zone).toFormat("'UTC'ZZ");
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'id-ID');

/** "Selasa, 15 Okt 2024 08.00 WIB" */
export function formatDateTime(iso: string, zone: string, lang: Lang): string {
  const dt = DateTime.fromISO(iso, { setZone: false }).setZone(zone).setLocale(locale(lang));
  if (!dt.isValid) return '—';
  return `${dt.toFormat('cccc, d LLL yyyy HH.mm')} ${zoneName(zone, dt)}`;
}

/** "15 Okt 08.00 WIB" — for lists where the weekday and year add nothing. */
export function formatShortDateTime(iso: string, zone: string, lang: Lang): string {
  const dt = DateTime.fromISO(iso).setZone(zone).setLocale(locale(lang));
  if (!dt.isValid) return '—';
  const sameYear = dt.year === DateTime.now().setZone(zone).year;
  return `${dt.toFormat(sameYear ? 'd LLL HH.mm' : 'd LLL yyyy HH.mm')} ${zoneName(zone, dt)}`;
}

/** A wall-clock time typed in the unit's zone ("2026-12-07", "08:00") as an ISO instant with offset. */
export function zonedToIso(date: string, time: string, zone: string): string | null {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) : null;
}

/** The unit's wall clock for an instant: { date: 'yyyy-MM-dd', time: 'HH:mm' }. */
export function isoToZoned(iso: string, zone: string): { date: string; time: string } {
  const dt = DateTime.fromISO(iso).setZone(zone);
  return { date: dt.toFormat('yyyy-MM-dd'), time: dt.toFormat('HH:mm') };
}

// A zone's offset changes only at a transition, and transitions fall on quarter hours: ask luxon
// (about 0.1 ms a call) once per zone and quarter hour.
const QUARTER_HOUR_MS = 15 * 60_000;
const offsetCache = new Map<string, number>();

/** The zone's UTC offset in minutes at an instant; null for an unknown zone. */
export function offsetMinutes(zone: string, ms: number): number | null {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  const key = `${zone}|${quarter}`;
  const known = offsetCache.get(key);
  if (known !== undefined) return known;
  const start = DateTime.fromMillis(quarter * QUARTER_HOUR_MS, { zone });
  if (!start.isValid) return null;
  const end = DateTime.fromMillis((quarter + 1) * QUARTER_HOUR_MS - 1, { zone });
  if (end.offset !== start.offset) return DateTime.fromMillis(ms, { zone }).offset;
  if (offsetCache.size > 20_000) offsetCache.clear();
  offsetCache.set(key, start.offset);
  return start.offset;
}

/** The day ('yyyy-MM-dd') an instant falls on in the unit's zone; quick enough for a month of posts. */
export function dayInZone(iso: string, zone: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const offset = offsetMinutes(zone, ms);
  if (offset === null) return null;
  const local = new Date(ms + offset * 60_000).toISOString();
  return local.length === 24 ? local.slice(0, 10) : DateTime.fromMillis(ms, { zone }).toISODate();
}

/** The wall clock in `zone` at an instant, as [year, month0, day, hour, minute, second, ms]. */
export function wallClockAt(zone: string, ms: number): number[] | null {
  const offset = offsetMinutes(zone, ms);
  if (offset === null) return null;
  const d = new Date(ms + offset * 60_000);
  return [
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  ];
}

/**
 * The offset in force in `zone` at a wall-clock time [year, month0, day, hour, minute, second, ms],
 * found as luxon finds it (guess with the offset at the wall time read as UTC, then correct; in a
 * spring-forward gap the later offset).
 */
export function offsetAtWallClock(zone: string, wall: number[]): number | null {
  const [y, mo, d, h = 0, mi = 0, s = 0, ms = 0] = wall;
  const local = Date.UTC(y, mo, d, h, mi, s, ms);
  const o1 = offsetMinutes(zone, local);
  if (o1 === null) return null;
  let guess = local - o1 * 60_000;
  const o2 = offsetMinutes(zone, guess)!;
  if (o1 === o2) return o1;
  guess -= (o2 - o1) * 60_000;
  const o3 = offsetMinutes(zone, guess)!;
  if (o2 === o3) return o2;
  return Math.max(o2, o3);
}
