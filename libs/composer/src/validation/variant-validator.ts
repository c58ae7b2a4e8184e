import type { Language } from '@warta/core';
import type {
  MediaPlan,
  Platform,
  Problem,
  ValidationReport,
  VariantContent,
  VariantUsage,
} from '../composer.types';
import { factCheck } from '../facts/fact-checker';
import { ReleaseFactIndex, type ReleaseText } from '../facts/release-fact-index';
import { findHashtags } from '../hashtags/hashtag-normaliser';
import { aspectRatio, isRatioWithin } from '../media/padding-geometry';
import { xSizeLimit } from '../media/media-planner';
import { FACEBOOK_LIMITS, INSTAGRAM_LIMITS, X_LIMITS } from '../platform-limits';
import { hasInvalidTweetCharacters, weightedLength } from '../text/tweet-length';
import { FACT_KIND_LABELS, formatBytes, makeProblem, type ProblemSpec } from './problem-catalogue';

const MENTION = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_.]{1,30}/gu;
const URL_LIKE = /\bhttps?:\/\/\S+|\bwww\.\S+/i;
const THREAD_COUNTER = /^(\d+)\/(\d+) /;

/**
 * Checks a draft against a platform's rules; pure, so the web editor can call it on every keystroke
 * through the preview endpoint. With the release given, facts the draft adds are reported as
 * warnings: an edit may legitimately add a phone number, but a person should look at it.
 */
export function validateVariant(
  platform: Platform,
  content: VariantContent,
  lang: Language,
  release?: ReleaseText | ReleaseFactIndex,
): ValidationReport {
  const specs: ProblemSpec[] = [];
  const used = measure(platform, content);
  checkText(platform, content, used, specs);
  checkMedia(platform, content.media ?? [], specs);
  if (release) checkFacts(content, release, specs);
  const problems = specs.map((spec) => makeProblem(spec, lang));
  return reportFrom(used, problems);
}

export function reportFrom(used: VariantUsage, problems: Problem[]): ValidationReport {
  return { publishable: !problems.some((p) => p.severity === 'error'), used, problems };
}

function textsOf(content: VariantContent): Array<{ path: string; text: string }> {
  const texts = content.thread?.length
    ? content.thread.map((text, i) => ({ path: `thread[${i}]`, text }))
    : [{ path: 'text', text: content.text }];
  if (content.firstComment) texts.push({ path: 'firstComment', text: content.firstComment });
  return texts;
}

function measure(platform: Platform, content: VariantContent): VariantUsage {
  const media = content.media ?? [];
  const postTexts = content.thread?.length ? content.thread : [content.text];
  const caption = postTexts.join('\n');
  const hashtags = findHashtags(caption).length;
  const mentions = (caption.match(MENTION) ?? []).length;
  const images = media.filter(isImagePlan).length;
  const videos = media.length - images;
  const limits = {
    x: {
      characters: undefined,
      hashtags: undefined,
      mentions: undefined,
      images: X_LIMITS.maxImages,
      videos: 1,
    },
    facebook: {
      characters: FACEBOOK_LIMITS.maxCharacters,
      hashtags: FACEBOOK_LIMITS.maxHashtags,
      mentions: undefined,
      images: FACEBOOK_LIMITS.maxImages,
      videos: FACEBOOK_LIMITS.maxVideos,
    },
    instagram: {
      characters: INSTAGRAM_LIMITS.maxCharacters,
      hashtags: INSTAGRAM_LIMITS.maxHashtags,
      mentions: INSTAGRAM_LIMITS.maxMentions,
      images: INSTAGRAM_LIMITS.maxCarouselItems,
      videos: 0,
    },
  }[platform];
  const usage: VariantUsage = {
    characters: usage1(Math.max(...postTexts.map((t) => t.length)), limits.characters),
    hashtags: usage1(hashtags, limits.hashtags),
    mentions: usage1(mentions, limits.mentions),
    images: usage1(images, limits.images),
    videos: usage1(videos, limits.videos),
  };
  if (platform === 'x') {
    const weighted = Math.max(...postTexts.map(weightedLength));
    usage.weightedLength = { used: weighted, limit: X_LIMITS.maxWeightedLength };
  }
  if (content.thread?.length) usage.threadParts = content.thread.length;
  return usage;
}

function usage1(used: number, limit: number | undefined): { used: number; limit?: number } {
  return limit === undefined ? { used } : { used, limit };
}

function checkText(
  platform: Platform,
  content: VariantContent,
  used: VariantUsage,
  specs: ProblemSpec[],
): void {
  const postTexts = content.thread?.length ? content.thread : [content.text];
  if (postTexts.every((t) => t.trim().length === 0))
    specs.push({ code: 'TEXT_EMPTY', severity: 'error', path: 'text' });
  if (platform === 'x') checkXText(content, specs);
  if (platform === 'facebook') checkLength(content.text, FACEBOOK_LIMITS.maxCharacters, 'text', specs);
  if (platform === 'facebook' && used.hashtags.used > FACEBOOK_LIMITS.maxHashtags) {
    specs.push({
      code: 'TOO_MANY_HASHTAGS',
      severity: 'warning',
      path: 'text',
      params: toParams(used.hashtags),
    });
  }
  if (platform === 'instagram') checkInstagramText(content, used, specs);
}

function checkXText(content: VariantContent, specs: ProblemSpec[]): void {
  const limit = X_LIMITS.maxWeightedLength;
  if (content.thread?.length) {
    content.thread.forEach((part, i) => {
      const path = `thread[${i}]`;
      const weighted = weightedLength(part);
      if (part.trim().length === 0)
        specs.push({ code: 'X_THREAD_PART_EMPTY', severity: 'error', path, params: { part: i + 1 } });
      else if (weighted > limit) {
        specs.push({
          code: 'X_THREAD_PART_TOO_LONG',
          severity: 'error',
          path,
          params: { part: i + 1, used: weighted, limit },
        });
      }
      if (hasInvalidTweetCharacters(part))
        specs.push({ code: 'TEXT_INVALID_CHARACTERS', severity: 'error', path });
    });
    return;
  }
  const weighted = weightedLength(content.text);
  if (weighted > limit)
    specs.push({ code: 'X_TOO_LONG', severity: 'error', path: 'text', params: { used: weighted, limit } });
  if (hasInvalidTweetCharacters(content.text))
    specs.push({ code: 'TEXT_INVALID_CHARACTERS', severity: 'error', path: 'text' });
}

function checkInstagramText(content: VariantContent, used: VariantUsage, specs: ProblemSpec[]): void {
  checkLength(content.text, INSTAGRAM_LIMITS.maxCharacters, 'text', specs);
  if (used.hashtags.used > INSTAGRAM_LIMITS.maxHashtags) {
    specs.push({
      code: 'TOO_MANY_HASHTAGS',
      severity: 'error',
      path: 'text',
      params: toParams(used.hashtags),
    });
  }
  if (used.mentions.used > INSTAGRAM_LIMITS.maxMentions) {
    specs.push({
      code: 'TOO_MANY_MENTIONS',
      severity: 'error',
      path: 'text',
      params: toParams(used.mentions),
    });
  }
  if (URL_LIKE.test(content.text))
    specs.push({ code: 'LINK_NOT_CLICKABLE', severity: 'warning', path: 'text' });
  if (content.firstComment) {
    checkLength(content.firstComment, INSTAGRAM_LIMITS.maxCharacters, 'firstComment', specs);
    const tags = findHashtags(content.firstComment).length;
    if (tags > INSTAGRAM_LIMITS.maxHashtags) {
      const params = { used: tags, limit: INSTAGRAM_LIMITS.maxHashtags };
      specs.push({ code: 'TOO_MANY_HASHTAGS', severity: 'error', path: 'firstComment', params });
    }
  }
}

function checkLength(text: string, limit: number, path: string, specs: ProblemSpec[]): void {
  // String.length counts UTF-16 units, never fewer than the characters Meta counts: safe side.
  if (text.length > limit)
    specs.push({ code: 'TEXT_TOO_LONG', severity: 'error', path, params: { used: text.length, limit } });
}

function checkMedia(platform: Platform, media: MediaPlan[], specs: ProblemSpec[]): void {
  if (platform === 'x') checkXMedia(media, specs);
  if (platform === 'facebook') checkFacebookMedia(media, specs);
  if (platform === 'instagram') checkInstagramMedia(media, specs);
  media.forEach((plan, i) => {
    if (isImagePlan(plan) && !plan.altText?.trim()) {
      specs.push({
        code: 'ALT_TEXT_MISSING',
        severity: 'warning',
        path: `media[${i}]`,
        params: { index: i + 1 },
      });
    }
  });
}

function checkXMedia(media: MediaPlan[], specs: ProblemSpec[]): void {
  const images = media.filter(isImagePlan).length;
  const moving = media.length - images;
  if (images > 0 && moving > 0) specs.push({ code: 'X_MEDIA_MIXED', severity: 'error', path: 'media' });
  else if (images > X_LIMITS.maxImages) {
    specs.push({
      code: 'X_TOO_MANY_IMAGES',
      severity: 'error',
      path: 'media',
      params: { used: images, limit: X_LIMITS.maxImages },
    });
  } else if (moving > 1) specs.push({ code: 'X_TOO_MANY_VIDEOS', severity: 'error', path: 'media' });
  media.forEach((plan, i) => {
    if (plan.kind !== 'original' || plan.bytes <= xSizeLimit(plan.mediaKind)) return;
    const params = {
      kind: plan.mediaKind,
      size: formatBytes(plan.bytes),
      platform: 'X',
      limit: formatBytes(xSizeLimit(plan.mediaKind)),
    };
    specs.push({ code: 'MEDIA_TOO_LARGE', severity: 'error', path: `media[${i}]`, params });
  });
}

function checkFacebookMedia(media: MediaPlan[], specs: ProblemSpec[]): void {
  const videos = media.filter((m) => m.kind === 'original' && m.mediaKind === 'video').length;
  const photos = media.length - videos;
  if ((videos > 0 && photos > 0) || videos > 1 || photos > FACEBOOK_LIMITS.maxImages) {
    const params = { used: media.length, limit: FACEBOOK_LIMITS.maxImages };
    specs.push({ code: 'FB_TOO_MANY_MEDIA', severity: 'error', path: 'media', params });
  }
}

function checkInstagramMedia(media: MediaPlan[], specs: ProblemSpec[]): void {
  const images = media.filter(isImagePlan);
  if (images.length === 0) specs.push({ code: 'IG_MEDIA_REQUIRED', severity: 'error', path: 'media' });
  if (media.length > INSTAGRAM_LIMITS.maxCarouselItems) {
    const params = { used: media.length, limit: INSTAGRAM_LIMITS.maxCarouselItems };
    specs.push({ code: 'IG_TOO_MANY_ITEMS', severity: 'error', path: 'media', params });
  }
  media.forEach((plan, i) => {
    const path = `media[${i}]`;
    if (plan.kind !== 'original') return;
    if (plan.mediaKind !== 'image') {
      specs.push({ code: 'IG_VIDEO_NOT_SUPPORTED', severity: 'error', path });
      return;
    }
    if (!isRatioWithin(plan)) {
      specs.push({
        code: 'IG_ASPECT_RATIO',
        severity: 'error',
        path,
        params: { ratio: aspectRatio(plan).toFixed(2) },
      });
    }
    if (plan.mime !== 'image/jpeg')
      specs.push({ code: 'IG_NOT_JPEG', severity: 'error', path, params: { mime: plan.mime } });
    if (plan.bytes > INSTAGRAM_LIMITS.maxImageBytes) {
      const params = { size: formatBytes(plan.bytes), limit: formatBytes(INSTAGRAM_LIMITS.maxImageBytes) };
      specs.push({ code: 'IG_IMAGE_TOO_LARGE', severity: 'error', path, params });
    }
  });
}

function checkFacts(
  content: VariantContent,
  release: ReleaseText | ReleaseFactIndex,
  specs: ProblemSpec[],
): void {
  const index = release instanceof ReleaseFactIndex ? release : new ReleaseFactIndex(release);
  for (const { path, text } of textsOf(content)) {
    // The "2/5 " counter we put on thread parts is numbering, not a date from the release.
    const counter = path.startsWith('thread[') ? (THREAD_COUNTER.exec(text)?.[0].length ?? 0) : 0;
    for (const diff of factCheck(index, text.slice(counter)).differences) {
      specs.push({
        code: 'FACT_NOT_IN_RELEASE',
        severity: 'warning',
        path,
        start: diff.start + counter,
        end: diff.end + counter,
        params: { kind: diff.kind, kindLabel: FACT_KIND_LABELS[diff.kind], value: diff.value },
      });
    }
  }
}

export function isImagePlan(plan: MediaPlan): boolean {
  return plan.kind !== 'original' || plan.mediaKind === 'image';
}

function toParams(usage: { used: number; limit?: number }): Record<string, number> {
  return { used: usage.used, limit: usage.limit ?? 0 };
}
