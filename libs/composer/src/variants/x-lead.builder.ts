import { applyMentions } from '../mentions/mention-applier';
import type { ReleaseAnalysis } from '../release-analysis';
import { hardTruncate, truncateToFit } from '../text/boundary-truncator';
import { protectedSpans } from '../text/protected-spans';
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
 * The X lead: the opening sentences of the story (dateline dropped), because an Indonesian release
 * puts who, what and when there. Whole sentences are preferred; more are added from the first
 * paragraph only while the first hashtag still has room. A first sentence that is too long alone
 * is cut at a clause or word boundary outside quotes, names and numbers, and ends with "…". If no
 * such cut exists (e.g. the sentence is one long quotation), the title stands in.
 */
export function buildXLead(analysis: ReleaseAnalysis): XLead {
  const withMentions = (lead: string) => applyMentions(lead, 'x', analysis.node.mentions);
  const fitsWith = (tags: string[]) => (lead: string) =>
    fitsInTweet(joinBlocks([withMentions(lead).text, analysis.link, tags.join(' ')]));
  const fits = fitsWith([]);
  const firstParagraph = leadingParagraph(analysis.storySentences);

  if (firstParagraph.length > 0 && fits(firstParagraph[0].text)) {
    const lead = extendWithSentences(analysis.story, firstParagraph, fitsWith(analysis.hashtags.slice(0, 1)));
    return finish(withMentions(lead), []);
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

function leadingParagraph(sentences: Sentence[]): Sentence[] {
  if (sentences.length === 0) return [];
  return sentences.filter((s) => s.paragraph === sentences[0].paragraph);
}

function extendWithSentences(story: string, paragraph: Sentence[], fits: (lead: string) => boolean): string {
  let lead = paragraph[0].text;
  for (const next of paragraph.slice(1)) {
    const candidate = story.slice(paragraph[0].start, next.end);
    if (!fits(candidate)) break;
    lead = candidate;
  }
  return lead;
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
