import type { Sentence } from './sentence-splitter';

/** A replacement of [start, end) of a text by `replacement`. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Moves sentence offsets through a set of edits (e.g. names replaced by @handles), so the edited
 * text need not be split again. Returns null when an edit crosses a sentence boundary: then the
 * caller must re-split.
 */
export function remapSentences(
  sentences: readonly Sentence[],
  edits: readonly TextEdit[],
  edited: string,
): Sentence[] | null {
  if (edits.length === 0) return [...sentences];
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const shift = (offset: number): number => {
    let delta = 0;
    for (const edit of sorted) {
      if (edit.end > offset) break;
      delta += edit.replacement.length - (edit.end - edit.start);
    }
    return offset + delta;
  };
  for (const edit of sorted) {
    if (sentences.some((s) => edit.start < s.start && s.start < edit.end)) return null;
    if (sentences.some((s) => edit.start < s.end && s.end < edit.end)) return null;
  }
  return sentences.map((s) => {
    const start = shift(s.start);
    const end = shift(s.end);
    return { ...s, start, end, text: edited.slice(start, end) };
  });
}
