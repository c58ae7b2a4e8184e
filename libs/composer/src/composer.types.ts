import type { Language, Platform } from '@warta/core';

// The platforms are vocabulary (libs/core); re-exported because composer's callers name them here.
export { PLATFORMS } from '@warta/core';
export type { Platform } from '@warta/core';

export type MediaKind = 'image' | 'video' | 'gif';

/** A media asset attached to a release, as stored by libs/media (metadata only, never bytes). */
export interface ReleaseMedia {
  id: string;
  kind: MediaKind;
  mime: string;
  /** File size in bytes. */
  bytes: number;
  width: number;
  height: number;
  altText?: string;
}

export interface ReleaseInput {
  title: string;
  body: string;
  link?: string;
  hashtags?: string[];
  /** Language the release is written in; decides the "link in bio" wording and the title-card date. */
  language?: Language;
  media?: ReleaseMedia[];
  /** ISO 8601 date or timestamp; read in the node's zone. */
  publishedAt?: string;
  /** ISO 8601 date or timestamp of the event itself; preferred over publishedAt on the title card. */
  eventDate?: string;
}

/** Handles of one entity per platform, e.g. Kemenkumham: { x: '@Kemenkumham_RI', instagram: '@kemenkumhamri' }. */
export type PlatformHandles = Partial<Record<Platform, string>>;

export interface BrandColours {
  /** `#rgb` or `#rrggbb`; anything else falls back to the house colours. */
  primary: string;
  secondary: string;
}

/** Settings of the org node (unit) the release belongs to. */
export interface NodeSettings {
  name: string;
  /** IANA zone, e.g. Asia/Jakarta. */
  timezone: string;
  defaultHashtags: string[];
  /** Entity name (as written in releases) -> handle per platform. */
  mentions?: Record<string, PlatformHandles>;
  brand?: BrandColours;
  /** The line that replaces links on Instagram, e.g. "Selengkapnya: link di bio". */
  linkInBioText?: string;
}

export interface ComposeOptions {
  /** Compose X as a numbered thread of the whole body instead of a single lead post. */
  xThread?: boolean;
  /** Put Instagram hashtags in a first comment instead of the caption. */
  instagramHashtagsInFirstComment?: boolean;
}

export interface ComposeInput {
  release: ReleaseInput;
  node: NodeSettings;
  platforms?: Platform[];
  options?: ComposeOptions;
}

/** The media a variant will carry: what to send as is, and what must be rendered first. */
export type MediaPlan = OriginalMediaPlan | PaddedMediaPlan | TitleCardMediaPlan;

/** Send the asset unchanged. */
export interface OriginalMediaPlan {
  kind: 'original';
  sourceId: string;
  mediaKind: MediaKind;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  altText?: string;
}

/**
 * Re-encode the asset as a JPEG of exactly targetWidth x targetHeight, the image scaled to fit inside
 * (never cropped) and the rest filled with the background. When the target has the source's ratio
 * there is no visible padding: that is how a PNG or an oversized JPEG becomes Instagram-safe.
 */
export interface PaddedMediaPlan {
  kind: 'padded';
  sourceId: string;
  reason: 'aspect_ratio' | 'format' | 'size';
  targetWidth: number;
  targetHeight: number;
  background: PaddingBackground;
  altText?: string;
}

export type PaddingBackground = { type: 'blur' } | { type: 'solid'; colour: string };

/** Render a branded card (unit name, title, date) because the release has no usable image. */
export interface TitleCardMediaPlan {
  kind: 'title_card';
  width: number;
  height: number;
  unitName: string;
  title: string;
  /** Already formatted in the node's zone and the release language, e.g. "Selasa, 15 Oktober 2024". */
  dateLabel?: string;
  brand: BrandColours;
  altText: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  code: string;
  message: string;
  severity: Severity;
  params?: Record<string, string | number>;
  /** Where in the content: 'text', 'thread[2]', 'media[0]', 'firstComment'. */
  path?: string;
  /** UTF-16 offsets into the text at `path`, when the problem is about a span. */
  start?: number;
  end?: number;
}

export interface Usage {
  used: number;
  /** Absent when the platform sets no fixed limit (e.g. X hashtags: only what fits). */
  limit?: number;
}

export interface VariantUsage {
  /** X only: twitter-text weighted length (of the longest part for a thread). */
  weightedLength?: Usage;
  characters: Usage;
  hashtags: Usage;
  mentions: Usage;
  images: Usage;
  videos: Usage;
  threadParts?: number;
}

export interface ValidationReport {
  /** False when any problem is an error; warnings and info never block. */
  publishable: boolean;
  used: VariantUsage;
  problems: Problem[];
}

/** What an editor can change in a draft; validateVariant checks exactly this. */
export interface VariantContent {
  text: string;
  thread?: string[];
  media?: MediaPlan[];
  firstComment?: string;
}

/**
 * What composing had to change on its way from the release (a caption cut, hashtags left out, a
 * title card planned), as codes and params: a saved draft keeps them so its report, rendered later
 * in the reader's language, says the same as the preview's (see `reportWithNotes`).
 */
export interface CompositionNote {
  code: string;
  severity: Severity;
  params?: Record<string, string | number | Record<Language, string>>;
  path?: string;
  start?: number;
  end?: number;
}

export interface ComposedVariant extends VariantContent {
  platform: Platform;
  hashtags: string[];
  /** Handles placed into the text. */
  mentions: string[];
  media: MediaPlan[];
  notes: CompositionNote[];
  report: ValidationReport;
}

export interface ComposeResult {
  variants: ComposedVariant[];
}
