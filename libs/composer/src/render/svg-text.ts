/**
 * Text for SVG overlays. librsvg has no text wrapping, so lines are broken here from an estimate
 * of glyph widths (DejaVu Sans proportions, the font our images ship with); the estimate errs wide
 * so a line never runs off the card.
 */

// Control characters are not allowed in XML 1.0 at all; escaping cannot save them.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NARROW = new Set([...'iljtfrI.,;:!|\'" ()[]-']);
const WIDE = new Set([...'mwMWOQGDHNU@%&—']);

/** Approximate advance width of `text` in ems for a bold sans face. */
export function estimateWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) width += 0.38;
    else if (WIDE.has(ch)) width += 0.95;
    else if (ch >= 'A' && ch <= 'Z') width += 0.76;
    else if (/\p{Extended_Pictographic}|[\u2E80-\u9FFF]/u.test(ch)) width += 1.1;
    else width += 0.64;
  }
  return width;
}

/** Greedy word wrap to lines no wider than `maxWidthEm`; a word longer than a line is broken by characters. */
export function wrapText(text: string, maxWidthEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of breakLongWord(word, maxWidthEm)) {
      const candidate = line ? `${line} ${piece}` : piece;
      if (line && estimateWidthEm(candidate) > maxWidthEm) {
        lines.push(line);
        line = piece;
      } else {
        line = candidate;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Keeps the first `maxLines` lines, ending the last with "…" when text was left out. */
export function clampLines(lines: string[], maxLines: number, maxWidthEm: number): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && estimateWidthEm(`${last}\u2026`) > maxWidthEm)
    last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[\s,;:.-]+$/, '')}\u2026`;
  return kept;
}

function breakLongWord(word: string, maxWidthEm: number): string[] {
  if (estimateWidthEm(word) <= maxWidthEm) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && estimateWidthEm(piece + ch) > maxWidthEm) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
