import { parseTweet } from './twitter-text';
import { mayContainUrl } from '../facts/fact-extractor';
import { X_LIMITS } from '../platform-limits';

/**
 * X's own counting (twitter-text v3): NFC, most Latin characters weigh 1, CJK, emoji and "…" weigh 2,
 * every link weighs 23. Anything else (String.length, code points) disagrees with the server.
 */
export function weightedLength(text: string): number {
  const normalised = text.normalize('NFC');
  // Most drafts are plain Latin prose without links: every character then weighs exactly 1, and
  // counting code points gives parseTweet's answer without its URL and emoji scans.
  if (LIGHT_ONLY.test(normalised) && !mayContainUrl(normalised)) return normalised.length;
  return parseTweet(text).weightedLength;
}

// twitter-text v3 default config: these ranges weigh 1, everything else 2. All are in the BMP, so
// UTF-16 length equals the code point count when only they occur.
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 because X's table does
const LIGHT_ONLY = /^[\u0000-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037]*$/;

export function fitsInTweet(text: string, limit: number = X_LIMITS.maxWeightedLength): boolean {
  return text.length > 0 && weightedLength(text) <= limit;
}

/** Characters X refuses outright, whatever the length. */
export function hasInvalidTweetCharacters(text: string): boolean {
  return /[\uFFFE\uFEFF\uFFFF]/.test(text);
}
