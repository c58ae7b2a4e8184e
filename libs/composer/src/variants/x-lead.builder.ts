import { applyMentions } from '../mentions/mention-applier';
import type { ReleaseAnalysis } from '../release-analysis';
import { hardTruncate, truncateToFit } from '../text/boundary-truncator';
import { protectedSpans } from '../text/protected-spans';
import { compactAcronyms, shortenToClause } from '../text/sentence-shortener';
import type { Sentence } from '../text/sentence-splitter';
import { joinBlocks } from '../text/text-normaliser';
import { fitsInTweet } from '../text/tweet-length';
import type { ProblemSpec } from '../validation/problem-catalogue';

export interface XLead {
  /** The lead with mentions applied. */
  text: string;
  mentions: string[];
  notes: ProblemSpec[];
}

/**
 * The X lead, with the room used and hashtags last: the opening sentence of the story (dateline
 * dropped), because an Indonesian release puts who, what and when there; then more whole sentences
 * of the first paragraph while they fit, or else the next sentence shortened to the phrase that
 * fits ("Acara ini dihadiri oleh Kadiv ..., Teguh Wibowo."), long forms the release abbreviates
 * written short. A first sentence too long alone is shortened the same way (a shorter sentence, not
 * "…"); only when that fails does the title stand in, and only when even the title cannot is a
 * thought cut with "…".
 */
export function buildXLead(analysis: ReleaseAnalysis): XLead {
  const withMentions = (lead: string) => applyMentions(lead, 'x', analysis.node.mentions);
  const fits = (lead: string) => fitsInTweet(joinBlocks([withMentions(lead).text, analysis.link]));
  const firstParagraph = leadingParagraph(analysis.storySentences);

  if (firstParagraph.length > 0) {
    const first = firstParagraph[0].text;
    const opening = fits(first) ? first : fitted(first, fits);
    if (opening !== null) {
      const notes: ProblemSpec[] =
        opening === first ? [] : [{ code: 'LEAD_TRUNCATED', severity: 'info', path: 'text' }];
      const lead = opening === first ? extend(analysis.story, firstParagraph, fits) : opening;
      return finish(withMentions(lead), notes);
    }
  }
  if (analysis.title.length > 0 && fits(analysis.title)) {
    return finish(withMentions(analysis.title), [
      { code: 'LEAD_FROM_TITLE', severity: 'info', path: 'text' },
    ]);
  }
  if (firstParagraph.length > 0) {
    const first = firstParagraph[0].text;
    const cut = truncateToFit(first, fits, { protectedSpans: protectedSpans(first) });
    if (cut)
      return finish(withMentions(cut.text), [{ code: 'LEAD_TRUNCATED', severity: 'info', path: 'text' }]);
  }
  return finish(withMentions(titleLead(analysis.title, fits)), [
    { code: 'LEAD_FROM_TITLE', severity: 'info', path: 'text' },
  ]);
}

/** A sentence that does not fit whole: its long forms written short, then cut to a phrase. */
function fitted(sentence: string, fits: (lead: string) => boolean): string | null {
  const compact = compactAcronyms(sentence);
  if (fits(compact)) return compact;
  return shortenToClause(compact, fits);
}

/** Whole sentences of the first paragraph while they fit; then the next one shortened, if it can be. */
function extend(story: string, paragraph: Sentence[], fits: (lead: string) => boolean): string {
  let lead = paragraph[0].text;
  for (const next of paragraph.slice(1)) {
    const candidate = story.slice(paragraph[0].start, next.end);
    if (fits(candidate)) {
      lead = candidate;
      continue;
    }
    const shorter = fitted(next.text, (s) => fits(`${lead} ${s}`));
    if (shorter !== null) lead = `${lead} ${shorter}`;
    break;
  }
  return lead;
}

function leadingParagraph(sentences: Sentence[]): Sentence[] {
  if (sentences.length === 0) return [];
  return sentences.filter((s) => s.paragraph === sentences[0].paragraph);
}

/** The title, shortened the same careful way if needed; a last-resort hard cut only for text without spaces. */
function titleLead(title: string, fits: (lead: string) => boolean): string {
  if (title.length === 0 || fits(title)) return title;
  const cut =
    truncateToFit(title, fits, { protectedSpans: protectedSpans(title) }) ?? truncateToFit(title, fits, {});
  return (cut ?? hardTruncate(title, fits))?.text ?? '';
}

function finish(result: { text: string; mentions: string[] }, notes: ProblemSpec[]): XLead {
  return { text: result.text, mentions: result.mentions, notes };
}
