import type { Platform, PlatformHandles } from '../composer.types';
import { findQuoteSpans } from '../text/quote-spans';
import type { TextEdit } from '../text/text-edits';
import { isInsideAnySpan, spanOverlapsAny, type TextSpan } from '../text/text-span';

/**
 * Platforms where "@handle" in the text tags the account. Facebook is left out on purpose: a Graph
 * API post does not turn plain "@Name" into a Page tag, so the handle would only read as noise.
 */
const MENTION_PLATFORMS: ReadonlySet<Platform> = new Set(['x', 'instagram']);

export interface MentionResult {
  text: string;
  /** Handles placed, in text order. */
  mentions: string[];
  /** What was replaced, in offsets of the input text, so callers can remap spans instead of re-parsing. */
  edits: TextEdit[];
}

const HANDLE = /^@?[A-Za-z0-9_.]{1,30}$/;
const WORD_CHAR = /[\p{L}\p{N}_@#]/u;

/**
 * Tags the node's partner accounts where the text names them. Decision: the first occurrence of an
 * entity's name is replaced by its handle ("Kanwil Kemenkumham Bengkulu" -> "Kanwil @Kemenkumham_RI
 * Bengkulu"), later ones stay as written, and an entity the text never names is not appended:
 * tagging an account the post is not about reads as spam and notifies people for nothing.
 * Names inside quotations, links, hashtags and existing mentions are left alone (a quote is what
 * someone said). Longer names are matched first so "Kanwil Kemenkumham" wins over "Kemenkumham".
 * Past `maxMentions` (Instagram: 20) the later names in the text stay plain.
 */
export function applyMentions(
  text: string,
  platform: Platform,
  mentions: Record<string, PlatformHandles> | undefined,
  maxMentions: number = Number.POSITIVE_INFINITY,
): MentionResult {
  if (!mentions || !MENTION_PLATFORMS.has(platform)) return { text, mentions: [], edits: [] };
  const entities = Object.entries(mentions)
    .map(([name, handles]) => ({ name: name.trim(), handle: normaliseHandle(handles[platform]) }))
    .filter((e): e is { name: string; handle: string } => e.name.length > 0 && e.handle !== null)
    .sort((a, b) => b.name.length - a.name.length);
  if (entities.length === 0) return { text, mentions: [], edits: [] };

  const blocked = [...findQuoteSpans(text), ...entitySpans(text)];
  const replacements: Array<TextSpan & { handle: string }> = [];
  for (const entity of entities) {
    const span = firstWholeWord(text, entity.name, blocked);
    if (!span) continue;
    replacements.push({ ...span, handle: entity.handle });
    blocked.push(span);
  }
  replacements.sort((a, b) => a.start - b.start);
  replacements.splice(maxMentions);
  let result = '';
  let cursor = 0;
  for (const r of replacements) {
    result += text.slice(cursor, r.start) + r.handle;
    cursor = r.end;
  }
  return {
    text: result + text.slice(cursor),
    mentions: replacements.map((r) => r.handle),
    edits: replacements.map(({ start, end, handle }) => ({ start, end, replacement: handle })),
  };
}

export function normaliseHandle(handle: string | undefined): string | null {
  if (!handle) return null;
  const trimmed = handle.trim();
  if (!HANDLE.test(trimmed)) return null;
  return trimmed.startsWith('@') ? trimmed : `@${trimmed}`;
}

function firstWholeWord(text: string, name: string, blocked: TextSpan[]): TextSpan | null {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const span = { start: at, end: at + name.length };
    const before = at > 0 ? text[at - 1] : '';
    const after = text[span.end] ?? '';
    if (WORD_CHAR.test(before) || WORD_CHAR.test(after)) continue;
    if (isInsideAnySpan(at + 1, blocked) || spanOverlapsAny(span, blocked)) continue;
    return span;
  }
  return null;
}

/** Links, hashtags and mentions already in the text. */
function entitySpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = /(?:https?:\/\/|www\.)\S+|[#@][\p{L}\p{N}_.]+/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
