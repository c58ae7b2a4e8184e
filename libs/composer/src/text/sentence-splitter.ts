import { classifyAbbreviation, isTitleOrDegree } from './abbreviations';
import { findQuoteSpans } from './quote-spans';
import { isInsideAnySpan, type TextSpan } from './text-span';

export interface Sentence {
  text: string;
  /** UTF-16 offsets into the text that was split; `text === source.slice(start, end)`. */
  start: number;
  end: number;
  /** Index of the blank-line-separated paragraph the sentence belongs to. */
  paragraph: number;
}

const TERMINATORS = new Set(['.', '!', '?', '\u2026']);
const TERMINATOR_SCAN = /[.!?\u2026]/g;
const CLOSERS = new Set(['\u201D', '"', '\u2019', "'", ')', ']']);
const LOWERCASE_START = /^\p{Ll}/u;
const LIST_NUMBER = /^\d{1,2}\.$/;

/**
 * Splits Indonesian prose into sentences. A full stop ends a sentence only when the next word does
 * not start in lower case, the full stop does not belong to an abbreviation that always precedes
 * something (titles, "No.", "Jl.", "a.n."), and the break is not inside a quotation: a quoted
 * statement of three sentences stays one sentence, attributed with its "ujar ...".
 * Line breaks always end a sentence: releases use them for paragraphs and lists.
 */
export function splitSentences(text: string): Sentence[] {
  const quotes = findQuoteSpans(text);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    for (const span of splitLine(text, lineStart, lineEnd, quotes)) {
      sentences.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, paragraph });
    }
    if (newline < 0) break;
    const paragraphHasSentences =
      sentences.length > 0 && sentences[sentences.length - 1].paragraph === paragraph;
    if (text[newline + 1] === '\n' && paragraphHasSentences) paragraph++;
    lineStart = newline + 1;
  }
  return sentences;
}

function splitLine(text: string, from: number, to: number, quotes: TextSpan[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let sentenceStart = skipSpaces(text, from, to);
  let i = sentenceStart;
  while (i < to) {
    // Jump straight to the next terminator instead of testing every character.
    TERMINATOR_SCAN.lastIndex = i;
    const found = TERMINATOR_SCAN.exec(text);
    if (!found || found.index >= to) break;
    i = found.index;
    const boundary = boundaryAfter(text, i, to);
    if (boundary >= 0 && isSentenceEnd(text, sentenceStart, i, boundary, to, quotes)) {
      spans.push({ start: sentenceStart, end: boundary });
      sentenceStart = skipSpaces(text, boundary, to);
      i = sentenceStart;
    } else {
      i = Math.max(i + 1, boundary);
    }
  }
  const tailEnd = trimEnd(text, sentenceStart, to);
  if (tailEnd > sentenceStart) spans.push({ start: sentenceStart, end: tailEnd });
  return spans;
}

/** Where a sentence ending at terminator `i` would end: after repeated terminators and closing marks. */
function boundaryAfter(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to && TERMINATORS.has(text[j])) j++;
  while (j < to && CLOSERS.has(text[j])) j++;
  if (j < to && text[j] !== ' ') return -1;
  return j;
}

function isSentenceEnd(
  text: string,
  sentenceStart: number,
  terminator: number,
  boundary: number,
  lineEnd: number,
  quotes: TextSpan[],
): boolean {
  if (isInsideAnySpan(boundary, quotes)) return false;
  const next = skipSpaces(text, boundary, lineEnd);
  if (next >= lineEnd) return true;
  if (LOWERCASE_START.test(text.slice(next, next + 1))) return false;
  if (text[terminator] !== '.' || boundary !== terminator + 1) return true;
  const token = tokenEndingAt(text, sentenceStart, terminator + 1);
  if (LIST_NUMBER.test(token) && tokenStart(text, sentenceStart, terminator + 1) === sentenceStart)
    return false;
  switch (classifyAbbreviation(token)) {
    case 'never_final':
    case 'initial':
      return false;
    case 'degree':
      // "..., S.H., M.H. Kegiatan ini ..." ends a sentence; "S.H. M.H." is a run of degrees.
      return !isTitleOrDegree(tokenStartingAt(text, next, lineEnd));
    default:
      return true;
  }
}

function tokenStart(text: string, floor: number, end: number): number {
  let s = end;
  while (s > floor && text[s - 1] !== ' ') s--;
  return s;
}

/** The token before `end`, without opening brackets or quotes: "(No." reads as "No.". */
function tokenEndingAt(text: string, floor: number, end: number): string {
  return text.slice(tokenStart(text, floor, end), end).replace(/^[([{\u201C"'\u2018]+/, '');
}

function tokenStartingAt(text: string, start: number, ceiling: number): string {
  let e = start;
  while (e < ceiling && text[e] !== ' ') e++;
  return text.slice(start, e).replace(/[,;:]+$/, '');
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/.test(text[e - 1])) e--;
  return e;
}
