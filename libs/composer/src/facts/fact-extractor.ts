import { extractUrlsWithIndices } from '../text/twitter-text';
import { spanOverlapsAny, type TextSpan } from '../text/text-span';

export type FactKind = 'url' | 'phone' | 'date' | 'time' | 'number' | 'name';

export interface Fact extends TextSpan {
  kind: FactKind;
  /** As written in the text. */
  value: string;
  /** Layout-free comparison key: "15-10-2024", "09:00", "1250000", "kemenkumham.go.id/x". */
  key: string;
  /** Names only: the sequence opens a sentence, so its first word may just be a capitalised common word. */
  sentenceInitial?: boolean;
}

// prettier-ignore
const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, maret: 3, mar: 3, march: 3, april: 4,
  apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, agustus: 8, agu: 8, agt: 8,
  ags: 8, aug: 8, august: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nopember: 11, desember: 12, des: 12, dec: 12, december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const HASHTAG_OR_MENTION = /[#@][\p{L}\p{N}_.]+/gu;
const PHONE =
  /(?<![\p{N}])(?:\(0\d{2,4}\) ?\d{3,4}[ -]?\d{3,5}|(?:(?:\+62|62)[ -]?|0)\d{2,4}(?:[ -]?\d{2,5}){1,3})(?![\p{N}])/gu;
// Day-month(-year) or month-year only, anchored on digits, ASCII-only: a case-insensitive Unicode
// alternation scanned at every position was the slowest regex in the composer.
const DATE_TEXTUAL = new RegExp(
  `(?<![A-Za-z0-9])(?:(\\d{1,2}) (${MONTH_NAMES})\\.?(?: (\\d{4}))?|(${MONTH_NAMES})\\.? (\\d{4}))(?![A-Za-z0-9])`,
  'gi',
);
const TOKEN = /\S+/g;
const DATE_NUMERIC =
  /(?<![\p{N}/.])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?)(?![\p{N}/])/gu;
const TIME = /(?<![\p{N}.,:])([01]?\d|2[0-4])[.:]([0-5]\d)(?![\p{N}]|[.,]\d)(?: ?(WIB|WITA|WIT))?/gu;
const NUMBER = /(?<![\p{N}])\d+(?:[.,]\d+)*/gu;
const TITLE = String.raw`(?:(?:Dr|dr|Prof|Ir|Drs|Dra|H|Hj|KH)\. )*`;
const CAPITALISED_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}+)*`;
const NAME = new RegExp(`${TITLE}${CAPITALISED_WORD}(?: ${CAPITALISED_WORD})+`, 'gu');
const TITLED_SINGLE = new RegExp(`(?:(?:Dr|dr|Prof|Ir|Drs|Dra|H|Hj|KH)\\. )+${CAPITALISED_WORD}`, 'gu');

/**
 * Finds the facts a reader would hold a post to: links, phone numbers, dates, times, numbers and
 * capitalised name sequences, each with its position. Kinds are taken most specific first (a
 * phone number is not also three numbers) and hashtags/mentions are skipped: they are our own
 * additions, not claims.
 */
export function extractFacts(text: string): Fact[] {
  const taken: TextSpan[] = matchSpans(text, HASHTAG_OR_MENTION);
  const facts: Fact[] = [];
  const accept = (fact: Fact): void => {
    if (fact.end <= fact.start || spanOverlapsAny(fact, taken)) return;
    taken.push(fact);
    facts.push(fact);
  };
  for (const url of findUrls(text)) accept(makeFact('url', text, url.start, url.end, urlKey(url.url)));
  collect(text, PHONE, (m) =>
    accept(makeFact('phone', text, m.index, m.index + m[0].length, phoneKey(m[0]))),
  );
  collect(text, DATE_TEXTUAL, (m) => {
    const [day, month, year] = m[2] ? [m[1], m[2], m[3]] : [undefined, m[4], m[5]];
    accept(
      makeFact(
        'date',
        text,
        m.index,
        m.index + m[0].length,
        dateKey(day, String(MONTHS[month.toLowerCase()]), year),
      ),
    );
  });
  collect(text, DATE_NUMERIC, (m) => {
    const [day, month, year] = m[1] ? [m[3], m[2], m[1]] : [m[4], m[5], m[6]];
    if (!isValidDayMonth(Number(day), Number(month))) return;
    accept(makeFact('date', text, m.index, m.index + m[0].length, dateKey(day, month, year)));
  });
  collect(text, TIME, (m) => {
    const key = `${m[1].padStart(2, '0')}:${m[2]}`;
    accept(makeFact('time', text, m.index, m.index + m[0].length, key));
  });
  collect(text, NUMBER, (m) =>
    accept(makeFact('number', text, m.index, m.index + m[0].length, numberKey(m[0]))),
  );
  collect(text, NAME, (m) => accept(nameFact(text, m.index, m.index + m[0].length)));
  collect(text, TITLED_SINGLE, (m) => accept(nameFact(text, m.index, m.index + m[0].length)));
  return facts.sort((a, b) => a.start - b.start);
}

/**
 * Links as X recognises them (with or without a scheme). twitter-text's extractor is slow on long
 * prose, so it only reads the few tokens that look like a link.
 */
export function findUrls(text: string): Array<TextSpan & { url: string }> {
  const urls: Array<TextSpan & { url: string }> = [];
  if (!mayContainUrl(text)) return urls;
  collect(text, TOKEN, (m) => {
    if (!mayContainUrl(m[0])) return;
    for (const url of extractUrlsWithIndices(m[0], { extractUrlsWithoutProtocol: true })) {
      urls.push({ url: url.url, start: m.index + url.indices[0], end: m.index + url.indices[1] });
    }
  });
  return urls;
}

/**
 * Cheap pre-check: false means the text certainly holds no link X would count as one (a link needs
 * "://" or a letter/digit, a dot and two letters, as in "go.id"). Walks the dots instead of running
 * a Unicode regex over the whole text, which showed up first in profiles.
 */
export function mayContainUrl(text: string): boolean {
  if (text.includes('://')) return true;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (i > 0 && isLetterOrDigit(text[i - 1]) && isLetter(text[i + 1]) && isLetter(text[i + 2])) return true;
  }
  return false;
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(ch);
}

function isLetterOrDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code >= 48 && code <= 57) || isLetter(ch);
}

/** Every number-like token, including those inside dates, times, phones and links: the fact checker's pool. */
export function extractNumberKeys(text: string): Set<string> {
  const keys = new Set<string>();
  collect(text, NUMBER, (m) => {
    keys.add(numberKey(m[0]));
    for (const part of m[0].split(/[.,]/)) keys.add(numberKey(part));
  });
  return keys;
}

export function numberKey(raw: string): string {
  let canonical = raw;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw)) canonical = raw.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) canonical = raw.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(raw)) canonical = raw.replace(',', '.');
  if (!/^\d+(?:\.\d+)?$/.test(canonical) || canonical.replace('.', '').length > 15) return raw;
  return String(Number(canonical));
}

export function phoneKey(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

export function urlKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** "d-m-y" with "?" for a missing part, so "15/10" and "15 Oktober 2024" can be compared. */
export function dateKey(day: string | undefined, month: string, year: string | undefined): string {
  const fullYear = year && year.length === 2 ? `20${year}` : year;
  return `${day ? Number(day) : '?'}-${Number(month)}-${fullYear ?? '?'}`;
}

export function nameKey(raw: string): string {
  // Plain toLowerCase: Indonesian has no locale-specific casing, and the locale-aware call is slow.
  return raw.toLowerCase().replace(/\s{2,}|[^\S ]/g, ' ');
}

function nameFact(text: string, start: number, end: number): Fact {
  const fact = makeFact('name', text, start, end, nameKey(text.slice(start, end)));
  fact.sentenceInitial = isSentenceInitial(text, start);
  return fact;
}

function isSentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(?:[.!?…]["”’)]?\s+|\n\s*|[-–—]\s+|^\s+)$/.test(before);
}

function isValidDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function makeFact(kind: FactKind, text: string, start: number, end: number, key: string): Fact {
  return { kind, value: text.slice(start, end), start, end, key };
}

function matchSpans(text: string, pattern: RegExp): TextSpan[] {
  const spans: TextSpan[] = [];
  collect(text, pattern, (m) => spans.push({ start: m.index, end: m.index + m[0].length }));
  return spans;
}

function collect(text: string, pattern: RegExp, onMatch: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) onMatch(m);
}
