import { hashtagsNotInText } from '../hashtags/hashtag-normaliser';
import { planFacebookMedia } from '../media/media-planner';
import { FACEBOOK_LIMITS } from '../platform-limits';
import type { ReleaseAnalysis } from '../release-analysis';
import { joinBlocks } from '../text/text-normaliser';
import { fitBodyBySentences } from './body-fitter';
import { hashtagsDroppedNote, type VariantDraft } from './variant-draft';

/**
 * Facebook: the title as headline, the full release (dateline kept, as readers of a Page expect a
 * press release), the link, then up to ten hashtags. No @mentions: the Graph API does not turn plain
 * "@Name" into a Page tag.
 */
export function composeFacebookVariant(analysis: ReleaseAnalysis): VariantDraft {
  const candidates = hashtagsNotInText(analysis.hashtags, analysis.body);
  const hashtags = candidates.slice(0, FACEBOOK_LIMITS.maxHashtags);
  const assemble = (body: string) => joinBlocks([analysis.title, body, analysis.link, hashtags.join(' ')]);
  const limit = FACEBOOK_LIMITS.maxCharacters;
  const fitted = fitBodyBySentences(
    analysis.body,
    analysis.bodySentences,
    (b) => assemble(b).length <= limit,
    limit,
  );
  const media = planFacebookMedia(analysis.media);
  return {
    platform: 'facebook',
    text: assemble(fitted.body),
    hashtags,
    mentions: [],
    media: media.plan,
    notes: [
      ...fitted.notes,
      ...hashtagsDroppedNote(candidates.slice(FACEBOOK_LIMITS.maxHashtags)),
      ...media.notes,
    ],
  };
}
