import type { ComposeOptions } from '../composer.types';
import { findHashtags, hashtagsNotInText } from '../hashtags/hashtag-normaliser';
import { formatDateLabel } from '../media/date-label';
import { planInstagramMedia } from '../media/media-planner';
import { applyMentions } from '../mentions/mention-applier';
import { INSTAGRAM_LIMITS } from '../platform-limits';
import type { ReleaseAnalysis } from '../release-analysis';
import { truncateToFit } from '../text/boundary-truncator';
import { splitSentences } from '../text/sentence-splitter';
import { remapSentences } from '../text/text-edits';
import { joinBlocks } from '../text/text-normaliser';
import { fitBodyBySentences } from './body-fitter';
import { hashtagsDroppedNote, type VariantDraft } from './variant-draft';

const LINK_IN_BIO = { id: 'Selengkapnya: link di bio', en: 'Full story: link in bio' };
const INLINE_LINK = { id: 'link di bio', en: 'link in bio' };
const URL = /\bhttps?:\/\/[^\s)]+|\bwww\.[^\s)]+/gi;
// The title is a headline; one pasted as a paragraph must not crowd out the story itself.
const MAX_TITLE = 300;

/**
 * Instagram: headline, the story (dateline kept) cut at a sentence boundary to fit 2,200
 * characters, a "link di bio" line instead of a link (captions cannot link) and after any cut
 * caption (so a reader knows there is more), up to 30 hashtags in
 * the caption or in a first comment, partner accounts tagged (at most 20), and always an image.
 */
export function composeInstagramVariant(
  analysis: ReleaseAnalysis,
  options: ComposeOptions = {},
): VariantDraft {
  const { language, node } = analysis;
  const unlinked = analysis.body.replace(URL, INLINE_LINK[language]);
  const hadLink = Boolean(analysis.link) || unlinked !== analysis.body;
  const mentioned = applyMentions(unlinked, 'instagram', node.mentions, INSTAGRAM_LIMITS.maxMentions);
  const body = mentioned.text;
  const sentences =
    (unlinked === analysis.body ? remapSentences(analysis.bodySentences, mentioned.edits, body) : null) ??
    splitSentences(body);

  const room = INSTAGRAM_LIMITS.maxHashtags - findHashtags(body).length;
  const candidates = hashtagsNotInText(analysis.hashtags, body);
  const title = shortTitle(analysis.title);
  const pointer = node.linkInBioText?.trim() || LINK_IN_BIO[language];
  const hashtags = candidates.slice(0, Math.max(0, room));
  // Tags never take more than half the caption: the story is what the post is for.
  while (
    hashtags.length > 0 &&
    joinBlocks([title, pointer, hashtags.join(' ')]).length > INSTAGRAM_LIMITS.maxCharacters / 2
  ) {
    hashtags.pop();
  }
  const inComment = options.instagramHashtagsInFirstComment === true && hashtags.length > 0;
  const tagLine = inComment ? '' : hashtags.join(' ');

  const limit = INSTAGRAM_LIMITS.maxCharacters;
  const fitWith = (linkLine: string) => {
    const assemble = (b: string) => joinBlocks([title, b, linkLine, tagLine]);
    const fit = fitBodyBySentences(body, sentences, (b) => assemble(b).length <= limit, limit);
    return { text: assemble(fit.body), notes: fit.notes };
  };
  let fitted = fitWith(hadLink ? pointer : '');
  // A caption that had to be cut ends by telling the reader where the rest is, link or not.
  if (!hadLink && fitted.notes.length > 0) fitted = fitWith(pointer);

  const card = {
    unitName: node.name,
    title: analysis.title,
    dateLabel: formatDateLabel(analysis.eventDate ?? analysis.publishedAt, node.timezone, language),
    brand: node.brand,
    language,
  };
  const media = planInstagramMedia(analysis.media, card);
  const text = fitted.text;
  const draft: VariantDraft = {
    platform: 'instagram',
    text,
    hashtags,
    // A handle whose sentence was cut from the caption is not tagged any more.
    mentions: mentioned.mentions.filter((handle) => text.includes(handle)),
    media: media.plan,
    notes: [...fitted.notes, ...hashtagsDroppedNote(candidates.slice(hashtags.length)), ...media.notes],
  };
  if (inComment) draft.firstComment = hashtags.join(' ');
  return draft;
}

function shortTitle(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  return truncateToFit(title, (t) => t.length <= MAX_TITLE)?.text ?? title.slice(0, MAX_TITLE);
}
