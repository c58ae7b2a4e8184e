export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** How an unknown figure reads in an export: not 0, not an empty cell that looks like a gap. */
export const UNKNOWN = '—';

const NEEDS_QUOTES = /[",\r\n]/;
// A text cell starting with one of these is read as a formula by spreadsheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(v: string | number | boolean | null | undefined): string {
  // null is a figure nobody knows (a platform that does not report it); undefined is no cell at all.
  if (v === null) return UNKNOWN;
  if (v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, so spreadsheets open Indonesian text
 * correctly; text cells that would start a formula are prefixed with an apostrophe.
 */
export function toCsv<T>(columns: CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(c.value(r))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
