import { collapseWhitespace } from '../text/text-normaliser';
import { extractFacts, extractNumberKeys, nameKey, type Fact } from './fact-extractor';

export interface ReleaseText {
  title: string;
  body: string;
  link?: string;
}

/**
 * What a release says, indexed for "does the release contain this fact?" questions. Built once per
 * release so checking three variants (and every later edit) costs one pass over the draft each.
 */
export class ReleaseFactIndex {
  private readonly numbers: Set<string>;
  private readonly keys = new Map<string, Set<string>>();
  private readonly dates: Array<[string, string, string]> = [];
  private readonly lowerText: string;

  constructor(release: ReleaseText) {
    const source = [release.title, release.body, release.link ?? ''].join('\n\n');
    this.numbers = extractNumberKeys(source);
    this.lowerText = nameKey(collapseWhitespace(source));
    for (const fact of extractFacts(source)) {
      if (!this.keys.has(fact.kind)) this.keys.set(fact.kind, new Set());
      this.keys.get(fact.kind)?.add(fact.key);
      if (fact.kind === 'date') this.dates.push(fact.key.split('-') as [string, string, string]);
    }
  }

  contains(fact: Fact): boolean {
    switch (fact.kind) {
      case 'number':
        return this.numbers.has(fact.key);
      case 'date':
        return this.hasDate(fact.key);
      case 'name':
        return this.hasName(fact);
      default:
        return this.keys.get(fact.kind)?.has(fact.key) === true || this.lowerText.includes(fact.key);
    }
  }

  /** "15/10" matches "15 Oktober 2024"; a part missing on either side ("?") matches anything. */
  private hasDate(key: string): boolean {
    const [day, month, year] = key.split('-');
    return this.dates.some(
      ([d, m, y]) => m === month && (d === day || d === '?' || day === '?') && (y === year || y === '?' || year === '?'),
    );
  }

  private hasName(fact: Fact): boolean {
    if (this.lowerText.includes(fact.key)) return true;
    if (!fact.sentenceInitial) return false;
    // "Acara Rakor Humas" opening a sentence: "Acara" is only capitalised because it comes first.
    const rest = fact.key.slice(fact.key.indexOf(' ') + 1);
    return this.lowerText.includes(rest);
  }
}
