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
  const differences = extractFacts(text)
    .filter((fact) => !index.contains(fact))
    .map(({ kind, value, start, end }) => ({ kind, value, start, end }));
  return { consistent: differences.length === 0, differences };
}
