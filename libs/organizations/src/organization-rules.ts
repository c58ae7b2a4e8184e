import { OrganizationKind } from '@warta/core';

/** Which kind of node may sit under which: a unit is a leaf; offices sit under directorates (or offices). */
export const ALLOWED_CHILD_KINDS: Record<OrganizationKind, OrganizationKind[]> = {
  directorate: ['directorate', 'regional_office', 'unit'],
  regional_office: ['regional_office', 'unit'],
  unit: [],
};

export function isValidTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** '#Kemenkumham Bengkulu' -> 'KemenkumhamBengkulu'; hashtags are stored without '#'. */
export function normaliseHashtag(tag: string): string {
  return tag.replace(/^#+/, '').replace(/[^\p{L}\p{N}_]/gu, '');
}
