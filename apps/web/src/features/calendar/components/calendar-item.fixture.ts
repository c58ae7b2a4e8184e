import type { CalendarItem } from '../api/types';

/** A calendar item for tests: a scheduled X post at 08:00 WIB, version 3. */
export const item = (over: Partial<CalendarItem> = {}): CalendarItem => ({
  id: 'p-1',
  releaseId: 'r-1',
  releaseTitle: 'Kunjungan keluarga dibuka kembali',
  organizationId: 'o-1',
  organizationName: 'Rutan Kelas IIB Bengkulu',
  socialAccountId: 'a-1',
  account: { handle: 'rutan_bengkulu', displayName: 'Humas Rutan' },
  platform: 'x',
  state: 'scheduled',
  version: 3,
  zone: 'Asia/Jakarta',
  at: '2026-12-07T08:00:00.000+07:00',
  publishAt: '2026-12-07T08:00:00.000+07:00',
  publishedAt: null,
  permalink: null,
  lastError: null,
  ...over,
});
