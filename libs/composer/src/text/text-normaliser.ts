/**
 * Releases arrive pasted from word processors and CMS pages: CRLF line ends, non-breaking spaces,
 * zero-width joiners left by editors, runs of blank lines. Every platform variant is built from the
 * normalised text so lengths, offsets and fact checks all see the same characters.
 */

// U+FFFE, U+FEFF and U+FFFF make X reject the whole post; the zero-width space only hides word breaks.
const INVISIBLE = /[\u200B\uFEFF\uFFFE\uFFFF]/g;
// Only runs and exotic spaces: replacing every ordinary space with itself costs more than the rest.
const HORIZONTAL_SPACE = /[ \t\u00A0\u2007\u202F]{2,}|[\t\u00A0\u2007\u202F]/g;

export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(HORIZONTAL_SPACE, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line, single spaces: for titles and for comparing passages regardless of layout. */
export function collapseWhitespace(text: string): string {
  return normaliseText(text).replace(/\s{2,}|[^\S ]/g, ' ');
}

/** Joins the non-empty blocks of a post (lead, link, hashtags) with a blank line between them. */
export function joinBlocks(blocks: Array<string | undefined | null>): string {
  return blocks
    .map((b) => (b ?? '').trim())
    .filter((b) => b.length > 0)
    .join('\n\n');
}
