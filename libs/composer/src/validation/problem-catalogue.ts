import type { Language } from '@warta/core';
import type { CompositionNote, Problem } from '../composer.types';

type Template = Record<Language, string>;

/** A parameter that is itself words, given in both languages and resolved with the message. */
export type LocalisedText = Record<Language, string>;
export type ProblemParam = string | number | LocalisedText;

/**
 * Every problem an editor may read about a draft, Indonesian first. Kept here rather than in
 * @warta/core's catalogue because these are draft diagnostics, not API errors: they travel inside a
 * 200 preview response and the composer must stay usable without the api's exception filter.
 */
export const PROBLEM_MESSAGES: Record<string, Template> = {
  TEXT_EMPTY: { id: 'Teks unggahan kosong.', en: 'The post text is empty.' },
  TEXT_INVALID_CHARACTERS: {
    id: 'Teks mengandung karakter yang ditolak X (U+FFFE, U+FEFF atau U+FFFF).',
    en: 'The text contains characters X rejects (U+FFFE, U+FEFF or U+FFFF).',
  },
  X_TOO_LONG: {
    id: 'Teks terlalu panjang untuk X: {used} dari {limit} karakter berbobot.',
    en: 'Text too long for X: {used} of {limit} weighted characters.',
  },
  X_THREAD_PART_TOO_LONG: {
    id: 'Bagian utas {part} terlalu panjang: {used} dari {limit} karakter berbobot.',
    en: 'Thread part {part} is too long: {used} of {limit} weighted characters.',
  },
  X_THREAD_PART_EMPTY: { id: 'Bagian utas {part} kosong.', en: 'Thread part {part} is empty.' },
  TEXT_TOO_LONG: {
    id: 'Teks terlalu panjang: {used} dari {limit} karakter.',
    en: 'Text too long: {used} of {limit} characters.',
  },
  TOO_MANY_HASHTAGS: {
    id: 'Terlalu banyak tagar: {used} dari maksimum {limit}.',
    en: 'Too many hashtags: {used}, the maximum is {limit}.',
  },
  TOO_MANY_MENTIONS: {
    id: 'Terlalu banyak sebutan (@): {used} dari maksimum {limit}.',
    en: 'Too many @mentions: {used}, the maximum is {limit}.',
  },
  LINK_NOT_CLICKABLE: {
    id: 'Tautan di keterangan Instagram tidak dapat diklik; gunakan "link di bio".',
    en: 'Links in an Instagram caption are not clickable; use "link in bio".',
  },
  IG_MEDIA_REQUIRED: {
    id: 'Instagram wajib memiliki minimal satu gambar.',
    en: 'Instagram needs at least one image.',
  },
  IG_ASPECT_RATIO: {
    id: 'Rasio gambar {ratio} di luar rentang Instagram 4:5 sampai 1,91:1.',
    en: 'Image ratio {ratio} is outside Instagram’s 4:5 to 1.91:1 range.',
  },
  IG_NOT_JPEG: {
    id: 'Instagram hanya menerima gambar JPEG (berkas ini {mime}).',
    en: 'Instagram only accepts JPEG images (this file is {mime}).',
  },
  IG_IMAGE_TOO_LARGE: {
    id: 'Gambar {size} melebihi batas Instagram {limit}.',
    en: 'Image of {size} exceeds Instagram’s {limit} limit.',
  },
  IG_TOO_MANY_ITEMS: {
    id: 'Carousel Instagram maksimal {limit} item (ada {used}).',
    en: 'An Instagram carousel takes at most {limit} items (there are {used}).',
  },
  IG_VIDEO_NOT_SUPPORTED: {
    id: 'Video belum didukung untuk feed Instagram; video tidak diikutkan.',
    en: 'Videos are not supported for the Instagram feed yet; the video was left out.',
  },
  X_TOO_MANY_IMAGES: {
    id: 'X menerima maksimal {limit} gambar per unggahan (ada {used}).',
    en: 'X takes at most {limit} images per post (there are {used}).',
  },
  X_MEDIA_MIXED: {
    id: 'X tidak mengizinkan campuran gambar, GIF dan video; pilih 4 gambar atau 1 video/GIF.',
    en: 'X does not allow mixing images, GIFs and videos; pick up to 4 images or 1 video/GIF.',
  },
  X_TOO_MANY_VIDEOS: {
    id: 'X menerima hanya satu video atau GIF per unggahan.',
    en: 'X takes only one video or GIF per post.',
  },
  MEDIA_TOO_LARGE: {
    id: 'Berkas {kind} {size} melebihi batas {platform} {limit}.',
    en: 'The {kind} file of {size} exceeds the {platform} limit of {limit}.',
  },
  MEDIA_DROPPED: {
    id: '{count} media tidak diikutkan di {platform}: {reason}.',
    en: '{count} media item(s) left out on {platform}: {reason}.',
  },
  ALT_TEXT_MISSING: {
    id: 'Gambar {index} belum memiliki teks alternatif (alt text).',
    en: 'Image {index} has no alt text.',
  },
  FB_TOO_MANY_MEDIA: {
    id: 'Facebook: maksimal {limit} foto atau satu video per unggahan (ada {used}).',
    en: 'Facebook: at most {limit} photos or one video per post (there are {used}).',
  },
  LEAD_TRUNCATED: {
    id: 'Kalimat pembuka dipotong agar muat di X; periksa kembali maknanya.',
    en: 'The lead was shortened to fit X; check that it still reads right.',
  },
  LEAD_FROM_TITLE: {
    id: 'Kalimat pembuka tidak dapat dipotong dengan rapi; judul dipakai sebagai teks X.',
    en: 'The lead could not be shortened cleanly; the title is used as the X text.',
  },
  HASHTAGS_DROPPED: {
    id: '{count} tagar tidak diikutkan (batas platform atau tidak muat): {tags}.',
    en: '{count} hashtag(s) left out (platform limit or no room): {tags}.',
  },
  CAPTION_TRUNCATED: {
    id: 'Isi rilis dipersingkat agar muat ({limit} karakter); {kept} dari {total} kalimat diikutkan.',
    en: 'The release was shortened to fit ({limit} characters); {kept} of {total} sentences kept.',
  },
  TITLE_CARD_PLANNED: {
    id: 'Rilis tidak memiliki gambar; kartu judul akan dibuat untuk Instagram.',
    en: 'The release has no image; a title card will be rendered for Instagram.',
  },
  IMAGE_PADDED: {
    id: 'Gambar {index} diberi bingkai ({width}x{height}) agar rasionya diterima Instagram, tanpa dipotong.',
    en: 'Image {index} gets a padded frame ({width}x{height}) so Instagram accepts its ratio, without cropping.',
  },
  IMAGE_REENCODED: {
    id: 'Gambar {index} dikonversi ke JPEG {width}x{height} untuk Instagram.',
    en: 'Image {index} is converted to a {width}x{height} JPEG for Instagram.',
  },
  FACT_NOT_IN_RELEASE: {
    id: '{kindLabel} "{value}" tidak ditemukan di rilis; pastikan benar.',
    en: '{kindLabel} "{value}" does not appear in the release; make sure it is right.',
  },
};

/** Names of fact kinds as they appear inside FACT_NOT_IN_RELEASE. */
export const FACT_KIND_LABELS: Record<string, Template> = {
  number: { id: 'Angka', en: 'Number' },
  date: { id: 'Tanggal', en: 'Date' },
  time: { id: 'Waktu', en: 'Time' },
  phone: { id: 'Nomor telepon', en: 'Phone number' },
  url: { id: 'Tautan', en: 'Link' },
  name: { id: 'Nama', en: 'Name' },
};

export function renderProblemMessage(
  code: string,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  const template = PROBLEM_MESSAGES[code]?.[lang] ?? code;
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

export type ProblemSpec = CompositionNote;

export function makeProblem(spec: ProblemSpec, lang: Language): Problem {
  const params = spec.params ? resolveParams(spec.params, lang) : undefined;
  const problem: Problem = {
    code: spec.code,
    message: renderProblemMessage(spec.code, lang, params),
    severity: spec.severity,
  };
  if (params) problem.params = params;
  if (spec.path !== undefined) problem.path = spec.path;
  if (spec.start !== undefined) problem.start = spec.start;
  if (spec.end !== undefined) problem.end = spec.end;
  return problem;
}

function resolveParams(
  params: Record<string, ProblemParam>,
  lang: Language,
): Record<string, string | number> {
  const resolved: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params))
    resolved[key] = typeof value === 'object' ? value[lang] : value;
  return resolved;
}

/** Decimal megabytes, the unit X and Meta state their limits in. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} B`;
}
