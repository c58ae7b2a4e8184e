import { collapseWhitespace, normaliseText } from '../text/text-normaliser';
import { extractFacts, extractNumberKeys, nameKey, type Fact } from './fact-extractor';
import { isShortFormOf, shortFormWords } from './short-forms';

export interface ReleaseText {
  title: string;
  body: string;
  link?: string;
}

const WORD_EDGE = /[\p{L}\p{N}]/u;

/**
 * What a release says, indexed for "does the release contain this fact?" questions. The fact
 * tables are built lazily on the first question: most of a composed draft is copied verbatim from
 * the release (see `containsVerbatim`), and such text needs no fact-by-fact check at all.
 */
export class ReleaseFactIndex {
  private readonly source: string;
  private tables?: {
    numbers: Set<string>;
    keys: Map<string, Set<string>>;
    dates: Array<[string, string, string]>;
    lowerText: string;
    shortFormWords: string[];
  };

  constructor(release: ReleaseText) {
    this.source = [release.title, release.body, release.link ?? '']
      .map((part) => normaliseText(part ?? ''))
      .join('\n\n');
  }

  /**
   * True when `passage` occurs in the release word for word, starting and ending on word edges: a
   * verbatim passage cannot state anything the release does not. The edge rule stops "250.000"
   * passing because the release says "1.250.000".
   */
  containsVerbatim(passage: string): boolean {
    if (passage.length === 0) return true;
    for (let at = this.source.indexOf(passage); at >= 0; at = this.source.indexOf(passage, at + 1)) {
      const before = this.source[at - 1] ?? ' ';
      const after = this.source[at + passage.length] ?? ' ';
      const cutsWord = (inside: string | undefined, outside: string) =>
        inside !== undefined && WORD_EDGE.test(inside) && (WORD_EDGE.test(outside) || /[.,/]/.test(outside));
      if (!cutsWord(passage[0], before) && !cutsWord(passage[passage.length - 1], after)) return true;
    }
    return false;
  }

  contains(fact: Fact): boolean {
    const tables = this.build();
    switch (fact.kind) {
      case 'number':
        return tables.numbers.has(fact.key);
      case 'date':
        return this.hasDate(fact.key);
      case 'name':
        return this.hasName(fact);
      default:
        return tables.keys.get(fact.kind)?.has(fact.key) === true || tables.lowerText.includes(fact.key);
    }
  }

  private build(): NonNullable<ReleaseFactIndex['tables']> {
    if (this.tables) return this.tables;
    const keys = new Map<string, Set<string>>();
    const dates: Array<[string, string, string]> = [];
    for (const fact of extractFacts(this.source)) {
      if (!keys.has(fact.kind)) keys.set(fact.kind, new Set());
      keys.get(fact.kind)?.add(fact.key);
      if (fact.kind === 'date') dates.push(fact.key.split('-') as [string, string, string]);
    }
    this.tables = {
      numbers: extractNumberKeys(this.source),
      keys,
      dates,
      lowerText: nameKey(collapseWhitespace(this.source)),
      shortFormWords: shortFormWords(this.source),
    };
    return this.tables;
  }

  /** "15/10" matches "15 Oktober 2024"; a part missing on either side ("?") matches anything. */
  private hasDate(key: string): boolean {
    const [day, month, year] = key.split('-');
    return this.build().dates.some(
      ([d, m, y]) =>
        m === month && (d === day || d === '?' || day === '?') && (y === year || y === '?' || year === '?'),
    );
  }

  private hasName(fact: Fact): boolean {
    const { lowerText, shortFormWords: words } = this.build();
    if (lowerText.includes(fact.key) || isShortFormOf(fact.key, words)) return true;
    if (!fact.sentenceInitial) return false;
    // "Acara Rakor Humas" opening a sentence: "Acara" is only capitalised because it comes first.
    const rest = fact.key.slice(fact.key.indexOf(' ') + 1);
    return lowerText.includes(rest) || isShortFormOf(rest, words);
  }
}
