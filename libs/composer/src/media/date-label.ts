import { DateTime } from 'luxon';
import type { Language } from '@warta/core';

/**
 * "Selasa, 15 Oktober 2024" in the node's zone. A date-only value is that calendar day in the zone; a
 * timestamp is converted first, so 23:30 UTC shows as the next day in WIB, as the unit experienced it.
 * Returns undefined for an unreadable date rather than printing "Invalid DateTime" on a card.
 */
export function formatDateLabel(
  iso: string | undefined,
  zone: string,
  language: Language,
): string | undefined {
  if (!iso) return undefined;
  let date = DateTime.fromISO(iso, { zone, setZone: false });
  if (!date.isValid) date = DateTime.fromISO(iso, { zone: 'Asia/Jakarta' });
  if (!date.isValid) return undefined;
  return date.setLocale(language === 'en' ? 'en-GB' : 'id').toFormat('cccc, d LLLL yyyy');
}
