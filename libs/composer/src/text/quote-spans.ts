import type { TextSpan } from './text-span';

const OPENING_CONTEXT = /[\s([{\u2014\u2013-]/;

/**
 * Finds quoted passages (“curly” and "straight") so splitting and cutting never happen inside what
 * someone said. Quotes are paired within a paragraph only: an unclosed quote in a badly pasted
 * release must not swallow every sentence after it, so it is ignored instead.
 */
export function findQuoteSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let curlyStart = -1;
  let straightStart = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      curlyStart = -1;
      straightStart = -1;
    } else if (ch === '\u201C' && curlyStart < 0 && straightStart < 0) {
      curlyStart = i;
    } else if (ch === '\u201D' && curlyStart >= 0) {
      spans.push({ start: curlyStart, end: i + 1 });
      curlyStart = -1;
    } else if (ch === '"' && curlyStart < 0) {
      if (straightStart >= 0) {
        spans.push({ start: straightStart, end: i + 1 });
        straightStart = -1;
      } else if (i === 0 || OPENING_CONTEXT.test(text[i - 1])) {
        straightStart = i;
      }
    }
  }
  return spans;
}

/** Parenthesised asides such as "(Kanwil Kemenkumham)" or "(15/10)": cutting inside one leaves a dangling bracket. */
export function findParenthesisSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') open.push(i);
    else if (ch === ')' && open.length > 0) spans.push({ start: open.pop() as number, end: i + 1 });
    else if (ch === '\n') open.length = 0;
  }
  return spans;
}
