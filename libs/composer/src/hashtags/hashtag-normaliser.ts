/**
 * Hashtags come from two places: the node's defaults (set by an admin) and the release (typed by an
 * editor), in any form: "#KemenkumhamBengkulu", "kemenkumham bengkulu", "Pemasyarakatan Pasti
 * Bermanfaat!". They are merged into one list of valid tags.
 *
 * Order: the node's defaults first, then the release's. The defaults are the institution's
 * standing tags that supervisors search and count across units, so when a platform only has room
 * for a few (X), those must survive; a release's own tags follow in the order written.
 */

const TAG_BODY = /[^\p{L}\p{N}\p{M}_]+/gu;
const ALL_DIGITS = /^[\p{N}_]+$/u;

/** "#Kemenkumham Bengkulu!" -> "#KemenkumhamBengkulu"; null when nothing taggable is left. */
export function normaliseHashtag(raw: string): string | null {
  const words = raw
    .normalize('NFC')
    .replace(/^[#＃\s]+/, '')
    .split(/\s+/)
    .map((word) => word.replace(TAG_BODY, ''))
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  // Several words typed with spaces become CamelCase so the tag stays readable; a single word keeps
  // exactly the casing the user chose ("KemenkumhamBengkulu", "humas").
  const body = words.length === 1 ? words[0] : words.map(capitaliseFirst).join('');
  // An all-digit tag is not a hashtag on X or Instagram ("#2024" is not linked).
  if (ALL_DIGITS.test(body)) return null;
  return `#${body}`;
}

/** Merges tag lists in priority order, dropping invalid ones and case-insensitive duplicates (first casing wins). */
export function mergeHashtags(...lists: Array<readonly string[] | undefined>): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const list of lists) {
    for (const raw of list ?? []) {
      const tag = normaliseHashtag(raw);
      if (!tag) continue;
      const key = hashtagKey(tag);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(tag);
    }
  }
  return merged;
}

export function hashtagKey(tag: string): string {
  return tag.replace(/^#/, '').toLocaleLowerCase('id');
}

const HASHTAG_IN_TEXT = /(?<![\p{L}\p{N}_&/])#[\p{L}\p{N}\p{M}_]*[\p{L}\p{M}_][\p{L}\p{N}\p{M}_]*/gu;

/** Hashtags already written in a text, as platforms count them. */
export function findHashtags(text: string): string[] {
  return text.match(HASHTAG_IN_TEXT) ?? [];
}

/** Tags from `tags` that the text does not already contain, so a tag the editor wrote inline is not repeated. */
export function hashtagsNotInText(tags: readonly string[], text: string): string[] {
  const present = new Set(findHashtags(text).map(hashtagKey));
  return tags.filter((tag) => !present.has(hashtagKey(tag)));
}

function capitaliseFirst(word: string): string {
  return word.charAt(0).toLocaleUpperCase('id') + word.slice(1);
}
