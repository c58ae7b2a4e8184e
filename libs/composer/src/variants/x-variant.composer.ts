import type { ComposeOptions } from '../composer.types';
import { hashtagsNotInText } from '../hashtags/hashtag-normaliser';
import { planXMedia } from '../media/media-planner';
import { pickHashtagsThatFit } from '../hashtags/hashtag-picker';
import type { ReleaseAnalysis } from '../release-analysis';
import { joinBlocks } from '../text/text-normaliser';
import { fitsInTweet } from '../text/tweet-length';
import { buildXLead } from './x-lead.builder';
import { composeXThread } from './x-thread.composer';
import { hashtagsDroppedNote, type VariantDraft } from './variant-draft';

/**
 * X: one post of lead + link + the hashtags that still fit (at most three), or, on request, a
 * numbered thread of the whole story. Layout: blocks separated by a blank line, link before the
 * hashtags so the link card stays attached to the news rather than to the tags.
 */
export function composeXVariant(analysis: ReleaseAnalysis, options: ComposeOptions = {}): VariantDraft {
  const media = planXMedia(analysis.media);
  if (options.xThread) {
    const thread = composeXThread(analysis);
    return {
      platform: 'x',
      text: thread.parts[0] ?? '',
      thread: thread.parts,
      hashtags: thread.hashtags,
      mentions: thread.mentions,
      media: media.plan,
      notes: [...thread.notes, ...media.notes],
    };
  }
  const lead = buildXLead(analysis);
  const assemble = (tags: string[]) => joinBlocks([lead.text, analysis.link, tags.join(' ')]);
  const { chosen, dropped } = pickHashtagsThatFit(hashtagsNotInText(analysis.hashtags, lead.text), (tags) =>
    fitsInTweet(assemble(tags)),
  );
  return {
    platform: 'x',
    text: assemble(chosen),
    hashtags: chosen,
    mentions: lead.mentions,
    media: media.plan,
    notes: [...lead.notes, ...hashtagsDroppedNote(dropped), ...media.notes],
  };
}
