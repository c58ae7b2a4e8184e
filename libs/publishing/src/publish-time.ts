import { DomainError, zonedIso } from '@warta/core';
import { DateTime } from 'luxon';

/** How a person says when: an instant with its offset, a local time in the node's zone, now, or the next free slot. */
export type ScheduleRequest =
  { mode: 'at'; publishAt?: string; localTime?: string } | { mode: 'now' } | { mode: 'next_slot' };

export interface PublishTimeContext {
  /** The node's IANA zone: local times and slots are read in it. */
  zone: string;
  now: Date;
  /** The account's posting slots, "HH:MM" local. */
  slots: string[];
  /** Times the account already has a post at (scheduled or on its way); a slot there is taken. */
  taken: Date[];
}

/** A little in the past is "now" (a clock or a slow form), further back is refused. */
const PAST_GRACE_MS = 60_000;
const MAX_AHEAD_DAYS = 366;
const SLOT_SEARCH_DAYS = 31;
export const SLOT_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const OFFSET_PATTERN = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** Pure: the instant a post should go out, in UTC, from what a person asked for. */
export function resolvePublishAt(req: ScheduleRequest, ctx: PublishTimeContext): Date {
  const now = ctx.now.getTime();
  if (req.mode === 'now') return ctx.now;
  if (req.mode === 'next_slot') return nextFreeSlot(ctx);
  const at = readInstant(req, ctx.zone);
  if (at.getTime() < now - PAST_GRACE_MS) {
    // Shown in the node's zone, named, with the time it is now: "05-12-2026 22:00 WIB".
    throw new DomainError('SCHEDULE_IN_PAST', {
      publishAt: localLabel(at, ctx.zone),
      now: localLabel(ctx.now, ctx.zone),
    });
  }
  if (at.getTime() > now + MAX_AHEAD_DAYS * 86_400_000) {
    throw new DomainError('SCHEDULE_TOO_FAR', { days: MAX_AHEAD_DAYS });
  }
  return at.getTime() < now ? ctx.now : at;
}

function readInstant(req: { publishAt?: string; localTime?: string }, zone: string): Date {
  if ((req.publishAt === undefined) === (req.localTime === undefined)) {
    throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'publishAt', code: 'schedule.one_of' }]);
  }
  if (req.publishAt !== undefined) {
    if (!OFFSET_PATTERN.test(req.publishAt)) {
      throw new DomainError('VALIDATION_FAILED', {}, [
        { field: 'publishAt', code: 'schedule.offset_required' },
      ]);
    }
    const dt = DateTime.fromISO(req.publishAt, { setZone: true });
    if (!dt.isValid)
      throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'publishAt', code: 'rule.isoDate' }]);
    return dt.toJSDate();
  }
  // "2026-12-05 23:00" is how people write it; read it as the ISO form it stands for.
  const local = req.localTime!.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d{2}:\d{2})/, '$1T');
  const dt = LOCAL_PATTERN.test(local) ? DateTime.fromISO(local, { zone }) : null;
  // A local time that does not exist in the zone (a DST gap) is refused rather than shifted.
  if (
    !dt?.isValid ||
    dt.toFormat(local.length > 16 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm") !== local
  ) {
    throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'localTime', code: 'schedule.local_time' }]);
  }
  return dt.toJSDate();
}

/**
 * The first posting slot after now (at least a minute ahead, so the job has time to be queued)
 * that the account has not used yet.
 */
export function nextFreeSlot(ctx: PublishTimeContext): Date {
  const slots = [...new Set(ctx.slots)].filter((s) => SLOT_PATTERN.test(s)).sort();
  if (!slots.length) throw new DomainError('NO_POSTING_SLOTS');
  const taken = new Set(ctx.taken.map((d) => Math.floor(d.getTime() / 60_000)));
  const earliest = ctx.now.getTime() + 60_000;
  let day = DateTime.fromJSDate(ctx.now, { zone: ctx.zone }).startOf('day');
  for (let i = 0; i <= SLOT_SEARCH_DAYS; i++, day = day.plus({ days: 1 })) {
    for (const slot of slots) {
      const [h, m] = slot.split(':').map(Number);
      const at = day.set({ hour: h, minute: m });
      if (at.hour !== h || at.minute !== m) continue; // not a real local time that day
      const ms = at.toMillis();
      if (ms < earliest || taken.has(Math.floor(ms / 60_000))) continue;
      return at.toJSDate();
    }
  }
  throw new DomainError('NO_FREE_SLOT', { days: SLOT_SEARCH_DAYS });
}

// Indonesia's three zones by the names people use; elsewhere the offset.
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** A time as a person in the node reads it: "05-12-2026 22:00 WIB" (or "UTC+10" outside Indonesia). */
export function localLabel(d: Date, zone: string): string {
  const dt = DateTime.fromJSDate(d, { zone });
  return `${dt.toFormat('dd-MM-yyyy HH:mm')} ${ZONE_NAMES[zone] ?? `UTC${dt.toFormat('ZZ')}`}`;
}

/** ISO 8601 with the zone's offset, as the API shows times. */
export function isoInZone(d: Date | null, zone: string | null): string | null {
  if (!d) return null;
  return zonedIso(d, zone ?? 'UTC', { suppressMilliseconds: true });
}
