import { isInsideAnySpan, type TextSpan } from './text-span';

export interface Truncation {
  /** The shortened text, ellipsis included. */
  text: string;
  /** Where the original was cut. */
  cutAt: number;
  boundary: 'sentence' | 'clause' | 'word';
}

export interface TruncateOptions {
  /** Spans a cut must not fall inside: quotes, brackets, names, numbers, dates, links. */
  protectedSpans?: readonly TextSpan[];
  /** Appended to the cut text; "…" weighs 2 on X. */
  ellipsis?: string;
  /** A clause cut is preferred unless it keeps less than this share of the best word cut. */
  minClauseShare?: number;
}

// Words that promise more to come; a cut right after one reads as broken ("... bersama dan…").
// prettier-ignore
const DANGLING = new Set([
  'dan', 'yang', 'di', 'ke', 'dari', 'untuk', 'serta', 'atau', 'oleh', 'dengan', 'pada', 'dalam', 'bahwa',
  'sebagai', 'kepada', 'bagi', 'agar', 'supaya', 'karena', 'namun', 'tetapi', 'juga', 'akan', 'telah',
  'sudah', 'para', 'sang', 'si', 'the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'at',
  'for', 'with', 'by', 'Kepala', 'Rp', 'No.', 'Jl.', 'pukul', 'tanggal', 'nomor',
]);
const TRAILING_JUNK = /[\s,;:\u2013\u2014-]+$/;
const CLAUSE_END = /[,;:]$/;
const SENTENCE_END = /\p{Ll}[.!?]["”’]?$/u;
// A whole sentence is worth a shorter piece than a clause is: nothing is left dangling.
const SENTENCE_SHARE = 0.4;

/**
 * Shortens `text` to the longest prefix that still `fits` once the ellipsis is added, cutting only
 * between words, never inside a protected span and never right after a connector. A clause boundary
 * (after a comma, semicolon or colon, or before a dash) is preferred when it keeps most of the text.
 * Returns null when no cut fits: the caller then picks another source (e.g. the title).
 */
export function truncateToFit(
  text: string,
  fits: (candidate: string) => boolean,
  options: TruncateOptions = {},
): Truncation | null {
  const ellipsis = options.ellipsis ?? '\u2026';
  const spans = options.protectedSpans ?? [];
  const candidates = cutCandidates(text, spans);
  const render = (cut: number): string => text.slice(0, cut).replace(TRAILING_JUNK, '') + ellipsis;

  const bestWord = largestFitting(candidates, (c) => fits(render(c.cut)));
  if (!bestWord) return null;
  const minShare = options.minClauseShare ?? 0.6;
  // A full stop inside a long quotation (only reachable when quotes are not protected) is the
  // cleanest break of all: the piece ends as the speaker's sentence did, with no ellipsis.
  const sentenceEnds = candidates.filter((c) => c.boundary === 'sentence');
  const bestSentence = largestFitting(sentenceEnds, (c) => fits(text.slice(0, c.cut)));
  if (bestSentence && bestSentence.cut >= bestWord.cut * SENTENCE_SHARE) {
    return { text: text.slice(0, bestSentence.cut), cutAt: bestSentence.cut, boundary: 'sentence' };
  }
  const clauses = candidates.filter((c) => c.boundary !== 'word' && c.cut <= bestWord.cut);
  const bestClause = largestFitting(clauses, (c) => fits(render(c.cut)));
  const chosen = bestClause && bestClause.cut >= bestWord.cut * minShare ? bestClause : bestWord;
  return {
    text: render(chosen.cut),
    cutAt: chosen.cut,
    boundary: chosen.boundary === 'word' ? 'word' : 'clause',
  };
}

interface Candidate {
  cut: number;
  boundary: 'sentence' | 'clause' | 'word';
}

function cutCandidates(text: string, spans: readonly TextSpan[]): Candidate[] {
  const candidates: Candidate[] = [];
  let wordStart = 0;
  for (let i = 1; i < text.length; i++) {
    const isSpace = /\s/.test(text[i]);
    if (!isSpace && /\s/.test(text[i - 1])) wordStart = i;
    if (!isSpace || /\s/.test(text[i - 1]) || isInsideAnySpan(i, spans)) continue;
    const word = text.slice(wordStart, i);
    const bare = word.replace(/[,;:]+$/, '');
    if (DANGLING.has(bare) || DANGLING.has(bare.toLowerCase())) continue;
    if (!/[\p{L}\p{N}]/u.test(text.slice(0, i))) continue;
    const dashFollows = /^\s+[\u2013\u2014-]\s/.test(text.slice(i, i + 3));
    const boundary = SENTENCE_END.test(word)
      ? 'sentence'
      : CLAUSE_END.test(word) || dashFollows
        ? 'clause'
        : 'word';
    candidates.push({ cut: i, boundary });
  }
  return candidates;
}

/** Binary search: a longer prefix never weighs less, so "fits" is monotone over ordered cuts. */
function largestFitting(candidates: Candidate[], fits: (c: Candidate) => boolean): Candidate | null {
  let lo = 0;
  let hi = candidates.length - 1;
  let best: Candidate | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fits(candidates[mid])) {
      best = candidates[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

/** Last resort for text with no usable word boundary: the longest run of whole code points that fits. */
export function hardTruncate(
  text: string,
  fits: (candidate: string) => boolean,
  ellipsis = '\u2026',
): Truncation | null {
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(chars.slice(0, mid).join('') + ellipsis)) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return null;
  const kept = chars.slice(0, lo).join('');
  return { text: kept + ellipsis, cutAt: kept.length, boundary: 'word' };
}
