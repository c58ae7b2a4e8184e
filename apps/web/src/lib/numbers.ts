import type { Lang } from '../locales';

/** Numbers in the reader's format: 12.345 in Indonesian, 12,345 in English; unknown is "—", never 0. */
export function formatNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID').format(value);
}
