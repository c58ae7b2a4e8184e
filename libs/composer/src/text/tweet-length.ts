import { parseTweet } from 'twitter-text';
import { X_LIMITS } from '../platform-limits';

/**
 * X's own counting (twitter-text v3): NFC, most Latin characters weigh 1, CJK, emoji and "…" weigh 2,
 * every link weighs 23. Anything else (String.length, code points) disagrees with the server.
 */
export function weightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}

export function fitsInTweet(text: string, limit: number = X_LIMITS.maxWeightedLength): boolean {
  return text.length > 0 && weightedLength(text) <= limit;
}

/** Characters X refuses outright, whatever the length. */
export function hasInvalidTweetCharacters(text: string): boolean {
  return /[\uFFFE\uFEFF\uFFFF]/.test(text);
}
