import { isInsideAnySpan } from './text-span';
import { protectedSpans } from './protected-spans';

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’-]*$/u;
const CONNECTOR = /^(?:dan|dan\/atau|&)$/i;

/**
 * Replaces a long form the release itself abbreviates, "Kantor Wilayah Kementerian Hukum dan HAM
 * (Kanwil Kemenkumham)", by its short form, "Kanwil Kemenkumham": every word kept is the release's
 * own, so a reader meets the name the release gave. An all-capitals short form (UPT) must be the
 * initials of the words before it; a worded one (Kanwil Kemenkumham) must start with the first
 * three letters of the first word it replaces.
 */
export function compactAcronyms(text: string): string {
  return text.replace(/((?:\S+ ){1,10})\(([^()]{2,40})\)/gu, (whole, before: string, short: string) => {
    const words = before.trimEnd().split(' ');
    const start = longFormStart(words, short.trim());
    if (start < 0) return whole;
    return `${words.slice(0, start).join(' ')}${start > 0 ? ' ' : ''}${short.trim()}`;
  });
}

function longFormStart(words: string[], short: string): number {
  const shortWords = short.split(/\s+/);
  if (!shortWords.every((w) => CAPITALISED.test(w))) return -1;
  if (shortWords.length === 1 && /^[\p{Lu}]{2,8}$/u.test(short)) {
    // Initials: walk back over capitalised words (and "dan"), one per letter.
    const letters = [...short];
    let i = words.length - 1;
    for (let l = letters.length - 1; l >= 0; l--) {
      while (i >= 0 && CONNECTOR.test(words[i])) i--;
      if (i < 0 || words[i][0] !== letters[l] || !CAPITALISED.test(words[i])) return -1;
      if (l > 0) i--;
    }
    return i;
  }
  const prefix = shortWords[0].slice(0, 3).toLowerCase();
  for (let i = words.length - 2; i >= 0; i--) {
    const run = words.slice(i);
    if (!run.every((w) => CAPITALISED.test(w) || CONNECTOR.test(w))) return -1;
    if (words[i].toLowerCase().startsWith(prefix)) return i;
  }
  return -1;
}

// A trailing phrase may be left out before one of these: what remains still says who did what.
// prettier-ignore
const PHRASE_OPENERS = new Set([
  'beserta', 'serta', 'bersama', 'yang', 'dengan', 'untuk', 'dalam', 'sebagai', 'guna', 'di', 'pada',
  'melalui', 'dan', 'bagi', 'kepada', 'sekaligus', 'sehingga', 'agar',
]);
// Words a sentence cannot end on ("... oleh." reads as broken).
// prettier-ignore
const DANGLING = new Set([
  'dan', 'yang', 'di', 'ke', 'dari', 'untuk', 'serta', 'atau', 'oleh', 'dengan', 'pada', 'dalam', 'bahwa',
  'sebagai', 'kepada', 'bagi', 'agar', 'karena', 'namun', 'tetapi', 'juga', 'akan', 'telah', 'sudah',
  'para', 'ini', 'itu', 'adalah', 'yaitu', 'merupakan', 'langsung', 'kepala', 'rp', 'pukul', 'tanggal',
]);
const MIN_WORDS = 5;

/**
 * The longest opening of `sentence` that ends where a phrase ends (after a comma, or before
 * "beserta", "yang", "di"...), closed with a full stop, that `fits`: a shorter sentence rather than
 * a thought cut off with "…". Never inside a quotation, bracket, name or number; null when no such
 * opening of at least five words fits, or when the sentence is a quotation.
 */
export function shortenToClause(sentence: string, fits: (candidate: string) => boolean): string | null {
  if (/^["“‘]/.test(sentence.trim())) return null;
  const spans = protectedSpans(sentence);
  let best: string | null = null;
  const re = / +/g;
  let words = 0;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    words++;
    if (isInsideAnySpan(m.index, spans)) continue;
    const before = sentence.slice(0, m.index);
    const next = sentence.slice(m.index + m[0].length).split(' ')[0] ?? '';
    const last = before.split(' ').pop() ?? '';
    const atBoundary = /,$/.test(last) || PHRASE_OPENERS.has(next.toLowerCase());
    if (!atBoundary || words < MIN_WORDS) continue;
    const bare = last.replace(/[,;:]+$/, '');
    // Not on a connector, and not inside a list of degrees ("S.H., M.H."): the name keeps them all.
    if (DANGLING.has(bare.toLowerCase()) || /^\p{Lu}{1,3}\.(?:\p{L}+\.)+,?$/u.test(last)) continue;
    const kept = before.replace(/[\s,;:\u2013\u2014-]+$/, '');
    const candidate = /[.!?]$/.test(kept) ? kept : `${kept}.`;
    if (fits(candidate)) best = candidate;
  }
  return best;
}
