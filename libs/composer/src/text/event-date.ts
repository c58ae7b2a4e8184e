import { DateTime } from 'luxon';

// prettier-ignore
const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7, agustus: 8, september: 9,
  oktober: 10, november: 11, nopember: 11, desember: 12,
};
const DAY = "(Senin|Selasa|Rabu|Kamis|Jumat|Jum’at|Jum'at|Sabtu|Minggu)";
const WEEKDAY: Record<string, number> = {
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  sabtu: 6,
  minggu: 7,
};
// "Selasa (15/10)", "Selasa (15/10/2024)", "Selasa, 15 Oktober 2024", "pada 15 Oktober 2024".
const NUMERIC = new RegExp(`${DAY},? ?\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?\\)`, 'u');
const TEXTUAL = new RegExp(
  `(?:${DAY},? |\\b(?:pada|tanggal) )(?:tanggal )?(\\d{1,2}) (${Object.keys(MONTHS).join('|')})(?: (\\d{4}))?\\b`,
  'iu',
);
// A weekday names the year: "Selasa (15/10)" is 2024 even in a release typed in 2026.
const WEEKDAY_YEARS_BACK = 3;
// How far from the release's own date an event without a year may be: releases report events of
// the last weeks, sometimes announce the next ones.
const MAX_MONTHS_AWAY = 6;

/**
 * The day the event took place, as the release states it in its opening ("Selasa (15/10)"), as
 * 'YYYY-MM-DD'. A date without a year takes the year that puts it nearest to `reference` (the
 * release's own date, read in `zone`). Null when the opening names no date, or an impossible one.
 */
export function readEventDate(story: string, reference: string | undefined, zone: string): string | null {
  const opening = story.slice(0, 600);
  const numeric = NUMERIC.exec(opening);
  const textual = TEXTUAL.exec(opening);
  const first =
    numeric && (!textual || numeric.index <= textual.index)
      ? { weekday: numeric[1], day: Number(numeric[2]), month: Number(numeric[3]), year: numeric[4] }
      : textual
        ? {
            weekday: textual[1],
            day: Number(textual[2]),
            month: MONTHS[textual[3].toLowerCase()],
            year: textual[4],
          }
        : null;
  if (!first) return null;
  const ref = reference ? DateTime.fromISO(reference, { zone }) : null;
  const year = first.year
    ? Number(first.year.length === 2 ? `20${first.year}` : first.year)
    : nearestYear(first, ref?.isValid ? ref : null);
  if (year === null) return null;
  const date = DateTime.fromObject({ year, month: first.month, day: first.day }, { zone });
  return date.isValid ? date.toISODate() : null;
}

function nearestYear(
  { weekday, day, month }: { weekday?: string; day: number; month: number },
  ref: DateTime | null,
): number | null {
  if (!ref) return null;
  const named = weekday ? WEEKDAY[weekday.toLowerCase().replace(/[’']/g, '')] : undefined;
  if (named) {
    const years = Array.from({ length: WEEKDAY_YEARS_BACK + 2 }, (_, i) => ref.year + 1 - i)
      .map((year) => DateTime.fromObject({ year, month, day }, { zone: ref.zone }))
      .filter((d) => d.isValid && d.weekday === named)
      .sort((a, b) => Math.abs(a.diff(ref).milliseconds) - Math.abs(b.diff(ref).milliseconds));
    if (years.length) return years[0].year;
  }
  for (const year of [ref.year, ref.year - 1, ref.year + 1]) {
    const d = DateTime.fromObject({ year, month, day }, { zone: ref.zone });
    if (d.isValid && Math.abs(d.diff(ref, 'months').months) <= MAX_MONTHS_AWAY) return year;
  }
  return null;
}
