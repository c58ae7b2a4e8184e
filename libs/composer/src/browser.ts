/**
 * The browser entry of @warta/composer: everything in index.ts but the image renderers (sharp), so the
 * web app's live preview runs the very same text rules as the api without pulling Node code into its
 * bundle. index.ts re-exports it and adds the renderers.
 */
export * from './composer.types';
export { X_LIMITS, FACEBOOK_LIMITS, INSTAGRAM_LIMITS, TITLE_CARD_SIZE } from './platform-limits';
export { composeRelease, reportWithNotes } from './compose-release';
export { nodeSettingsFrom, type NodeSettingsSource } from './node-settings.mapper';
export { validateVariant } from './validation/variant-validator';
export { PROBLEM_MESSAGES, renderProblemMessage } from './validation/problem-catalogue';
export { factCheck, type FactCheckResult, type FactDifference } from './facts/fact-checker';
export { extractFacts, type Fact, type FactKind } from './facts/fact-extractor';
export { ReleaseFactIndex, type ReleaseText } from './facts/release-fact-index';
export { splitSentences, type Sentence } from './text/sentence-splitter';
export { detectDateline, stripDateline, type Dateline } from './text/dateline';
export { normaliseText } from './text/text-normaliser';
export { weightedLength, fitsInTweet } from './text/tweet-length';
export { truncateToFit, type Truncation } from './text/boundary-truncator';
export { normaliseHashtag, mergeHashtags } from './hashtags/hashtag-normaliser';
export { applyMentions, type MentionResult } from './mentions/mention-applier';
export { planXMedia, planFacebookMedia, planInstagramMedia, DEFAULT_BRAND } from './media/media-planner';
export { paddedCanvasSize, isRatioWithin } from './media/padding-geometry';
export { formatDateLabel } from './media/date-label';
