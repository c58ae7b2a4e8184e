import type { Language } from '@warta/core';
import type {
  BrandColours,
  MediaPlan,
  OriginalMediaPlan,
  ReleaseMedia,
  TitleCardMediaPlan,
} from '../composer.types';
import { FACEBOOK_LIMITS, INSTAGRAM_LIMITS, TITLE_CARD_SIZE, X_LIMITS } from '../platform-limits';
import { formatBytes, type LocalisedText, type ProblemSpec } from '../validation/problem-catalogue';
import { boundedSize, isRatioWithin, paddedCanvasSize } from './padding-geometry';

export interface MediaPlanResult {
  plan: MediaPlan[];
  /** Why something was left out or changed, for the variant's report. */
  notes: ProblemSpec[];
}

export const DEFAULT_BRAND: BrandColours = { primary: '#0B2E59', secondary: '#C9A227' };
const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * X: up to four images, or exactly one video or GIF, never mixed. The first attachment decides
 * which: the editor's order is their priority. Files over X's size limits are left out (with a note)
 * rather than failing the whole post.
 */
export function planXMedia(media: readonly ReleaseMedia[]): MediaPlanResult {
  const notes: ProblemSpec[] = [];
  const usable = dropOversized(media, 'X', xSizeLimit, notes);
  if (usable.length === 0) return { plan: [], notes };
  const chosen =
    usable[0].kind === 'image'
      ? usable.filter((m) => m.kind === 'image').slice(0, X_LIMITS.maxImages)
      : [usable[0]];
  noteLeftOut(usable.length - chosen.length, 'X', 'max4Images1Video', notes);
  return { plan: chosen.map(original), notes };
}

/** Facebook: up to ten photos (a GIF posts as a photo) or one video; the first attachment decides. */
export function planFacebookMedia(media: readonly ReleaseMedia[]): MediaPlanResult {
  const notes: ProblemSpec[] = [];
  if (media.length === 0) return { plan: [], notes };
  const isPhoto = (m: ReleaseMedia): boolean => m.kind !== 'video';
  const chosen = isPhoto(media[0]) ? media.filter(isPhoto).slice(0, FACEBOOK_LIMITS.maxImages) : [media[0]];
  noteLeftOut(media.length - chosen.length, 'Facebook', 'max10Photos1Video', notes);
  return { plan: chosen.map(original), notes };
}

export interface TitleCardInput {
  unitName: string;
  title: string;
  dateLabel?: string;
  brand?: BrandColours;
  language: Language;
}

/**
 * Instagram: a feed post always carries at least one image. Images inside 4:5..1.91:1 that are
 * already JPEG and small enough go as they are; others get a padded (never cropped) JPEG rendition;
 * a release with no image gets a title card. Videos and GIFs are left out of the feed post.
 */
export function planInstagramMedia(media: readonly ReleaseMedia[], card: TitleCardInput): MediaPlanResult {
  const notes: ProblemSpec[] = [];
  const images = media.filter((m) => m.kind === 'image');
  const others = media.length - images.length;
  if (others > 0) notes.push({ code: 'IG_VIDEO_NOT_SUPPORTED', severity: 'warning', path: 'media' });
  if (images.length === 0) {
    notes.push({ code: 'TITLE_CARD_PLANNED', severity: 'info', path: 'media[0]' });
    return { plan: [titleCard(card)], notes };
  }
  const chosen = images.slice(0, INSTAGRAM_LIMITS.maxCarouselItems);
  noteLeftOut(images.length - chosen.length, 'Instagram', 'max10Items', notes);
  return { plan: chosen.map((image, index) => instagramImage(image, index, notes)), notes };
}

function instagramImage(image: ReleaseMedia, index: number, notes: ProblemSpec[]): MediaPlan {
  const path = `media[${index}]`;
  const base = { sourceId: image.id, background: { type: 'blur' as const }, altText: image.altText };
  if (!isRatioWithin(image)) {
    const size = paddedCanvasSize(image);
    notes.push({ code: 'IMAGE_PADDED', severity: 'info', path, params: { index: index + 1, ...size } });
    return withoutUndefined({
      kind: 'padded',
      reason: 'aspect_ratio',
      targetWidth: size.width,
      targetHeight: size.height,
      ...base,
    });
  }
  const isJpeg = image.mime === 'image/jpeg';
  // Wider than 1440 px is fine: Instagram scales it down itself. Over 8 MiB is rejected outright.
  const tooBig = image.bytes > INSTAGRAM_LIMITS.maxImageBytes;
  if (isJpeg && !tooBig) return original(image);
  const size = boundedSize(image);
  notes.push({ code: 'IMAGE_REENCODED', severity: 'info', path, params: { index: index + 1, ...size } });
  return withoutUndefined({
    kind: 'padded',
    reason: isJpeg ? 'size' : 'format',
    targetWidth: size.width,
    targetHeight: size.height,
    ...base,
  });
}

export function titleCard(card: TitleCardInput): TitleCardMediaPlan {
  const brand = safeBrand(card.brand);
  const when = card.dateLabel ? `, ${card.dateLabel}` : '';
  const altText =
    card.language === 'en'
      ? `Title card: ${card.title}. ${card.unitName}${when}.`
      : `Kartu judul: ${card.title}. ${card.unitName}${when}.`;
  return withoutUndefined({
    kind: 'title_card',
    width: TITLE_CARD_SIZE.width,
    height: TITLE_CARD_SIZE.height,
    unitName: card.unitName,
    title: card.title,
    dateLabel: card.dateLabel,
    brand,
    altText,
  });
}

/** Colours end up inside SVG markup: anything but a plain hex colour falls back to the house colours. */
export function safeBrand(brand: BrandColours | undefined): BrandColours {
  return {
    primary: brand && HEX_COLOUR.test(brand.primary) ? brand.primary : DEFAULT_BRAND.primary,
    secondary: brand && HEX_COLOUR.test(brand.secondary) ? brand.secondary : DEFAULT_BRAND.secondary,
  };
}

function original(m: ReleaseMedia): OriginalMediaPlan {
  return withoutUndefined({
    kind: 'original',
    sourceId: m.id,
    mediaKind: m.kind,
    mime: m.mime,
    bytes: m.bytes,
    width: m.width,
    height: m.height,
    altText: m.altText,
  });
}

export function xSizeLimit(kind: ReleaseMedia['kind']): number {
  if (kind === 'video') return X_LIMITS.maxVideoBytes;
  if (kind === 'gif') return X_LIMITS.maxGifBytes;
  return X_LIMITS.maxImageBytes;
}

function dropOversized(
  media: readonly ReleaseMedia[],
  platform: string,
  limitOf: (kind: ReleaseMedia['kind']) => number,
  notes: ProblemSpec[],
): ReleaseMedia[] {
  const kept: ReleaseMedia[] = [];
  media.forEach((m, index) => {
    if (m.bytes <= limitOf(m.kind)) {
      kept.push(m);
      return;
    }
    notes.push({
      code: 'MEDIA_TOO_LARGE',
      severity: 'warning',
      path: `source[${index}]`,
      params: { kind: m.kind, size: formatBytes(m.bytes), platform, limit: formatBytes(limitOf(m.kind)) },
    });
  });
  return kept;
}

// prettier-ignore
const LEFT_OUT_REASONS = {
  max4Images1Video: { id: 'X menerima 4 gambar atau 1 video/GIF, tanpa campuran', en: 'X takes 4 images or 1 video/GIF, not mixed' },
  max10Photos1Video: { id: 'Facebook menerima 10 foto atau 1 video', en: 'Facebook takes 10 photos or 1 video' },
  max10Items: { id: 'carousel Instagram maksimal 10 item', en: 'an Instagram carousel takes at most 10 items' },
} satisfies Record<string, LocalisedText>;

function noteLeftOut(
  count: number,
  platform: string,
  reason: keyof typeof LEFT_OUT_REASONS,
  notes: ProblemSpec[],
): void {
  if (count <= 0) return;
  const params = { count, platform, reason: LEFT_OUT_REASONS[reason] };
  notes.push({ code: 'MEDIA_DROPPED', severity: 'warning', path: 'media', params });
}

function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}
