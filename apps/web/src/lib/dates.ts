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
