import { extractFacts, type FactKind } from './fact-extractor';
import { ReleaseFactIndex, type ReleaseText } from './release-fact-index';

export interface FactDifference {
  kind: FactKind;
  value: string;
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
}

export interface FactCheckResult {
  /** True when every fact in the text also appears in the release. */
  consistent: boolean;
  differences: FactDifference[];
}

/**
 * Lists every number, date, time, phone number, link and name in `text` that the release does not
 * contain. The composer only rearranges release text, so on a fresh draft this finds nothing; it
 * earns its keep on edited drafts, where it reports (never blocks) what the editor introduced.
 */
export function factCheck(release: ReleaseText | ReleaseFactIndex, text: string): FactCheckResult {
  const index = release instanceof ReleaseFactIndex ? release : new ReleaseFactIndex(release);
  const differences: FactDifference[] = [];
  // Paragraph by paragraph: paragraphs copied word for word from the release are skipped, which is
  // most of a fresh draft, and keeps checking every keystroke of an edit cheap.
  for (const block of paragraphs(text)) {
    if (index.containsVerbatim(block.text)) continue;
    for (const fact of extractFacts(block.text)) {
      if (index.contains(fact)) continue;
      differences.push({
        kind: fact.kind,
        value: fact.value,
        start: block.start + fact.start,
        end: block.start + fact.end,
      });
    }
  }
  return { consistent: differences.length === 0, differences };
}

function paragraphs(text: string): Array<{ text: string; start: number }> {
  const blocks: Array<{ text: string; start: number }> = [];
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) blocks.push({ text: trimmed, start: m.index + lead });
  }
  return blocks;
}
