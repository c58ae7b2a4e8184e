import { DateTime, IANAZone, Zone } from 'luxon';

/**
 * ISO 8601 in a zone, as luxon's `toISO()` writes it, at a list's pace.
 *
 * luxon asks `Intl` for the zone's offset on every call (about 0.1 ms each); a calendar month of
 * 2,000 posts has 6,000 times, which took half a second. A zone's offset only changes at a
 * transition, and transitions fall on quarter hours, so the offset is asked once per zone and
 * quarter hour and remembered.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const MAX_REMEMBERED = 50_000;

const zones = new Map<string, Zone | null>();
const knownZones = new Map<string, boolean>();
const offsets = new Map<string, number>();

export interface ZonedIsoOptions {
  /** Leave out ".000" when the milliseconds are zero (luxon's `suppressMilliseconds`). */
  suppressMilliseconds?: boolean;
}

/** `d` written in `zone` with its offset ("2026-12-01T08:00:00.000+07:00"); null for an unknown zone. */
export function zonedIso(d: Date, zone: string, options: ZonedIsoOptions = {}): string | null {
  const z = zoneNamed(zone);
  const ms = d.getTime();
  if (!z || Number.isNaN(ms)) return null;
  const offset = offsetAt(z, ms);
  const local = new Date(ms + offset * 60_000).toISOString();
  // Years past 9999 are written with six digits and a sign; leave those rare cases to luxon.
  if (local.length !== 24) return DateTime.fromMillis(ms, { zone: z }).toISO(options);
  const keepMs = !(options.suppressMilliseconds && ms % 1000 === 0);
  return local.slice(0, keepMs ? 23 : 19) + offsetSuffix(z, offset);
}

/**
 * Whether `name` is an IANA zone this runtime knows, remembered per name (luxon's
 * `IANAZone.isValidZone` builds a new `Intl.DateTimeFormat` on every call: about 0.4 ms).
 */
export function isKnownZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    known = IANAZone.isValidZone(name);
    if (knownZones.size >= MAX_REMEMBERED) knownZones.clear();
    knownZones.set(name, known);
  }
  return known;
}

function zoneNamed(name: string): Zone | null {
  let z = zones.get(name);
  if (z === undefined) {
    const probe = DateTime.fromMillis(0, { zone: name });
    z = probe.isValid ? probe.zone : null;
    if (zones.size >= MAX_REMEMBERED) zones.clear();
    zones.set(name, z);
  }
  return z;
}

function offsetAt(zone: Zone, ms: number): number {
  if (zone.isUniversal) return zone.offset(ms);
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  const key = `${zone.name}|${quarter}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const start = zone.offset(quarter * QUARTER_HOUR_MS);
  // A transition inside this quarter hour (none known today): ask for the instant itself.
  if (zone.offset((quarter + 1) * QUARTER_HOUR_MS - 1) !== start) return zone.offset(ms);
  if (offsets.size >= MAX_REMEMBERED) offsets.clear();
  offsets.set(key, start);
  return start;
}

function offsetSuffix(zone: Zone, offset: number): string {
  if (zone.isUniversal && offset === 0) return 'Z';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
