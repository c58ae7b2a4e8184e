/**
 * What POST /api/v1/media accepts (libs/media: the type is sniffed from the bytes; MEDIA_MAX_IMAGE_BYTES
 * and MEDIA_MAX_VIDEO_BYTES default to 15 MiB and 512 MiB), checked here before a byte is sent so the
 * editor hears "too large" at once instead of after a long upload.
 */
export const MEDIA_RULES = {
  'image/jpeg': { kind: 'image', maxBytes: 15 * 1024 * 1024 },
  'image/png': { kind: 'image', maxBytes: 15 * 1024 * 1024 },
  'image/webp': { kind: 'image', maxBytes: 15 * 1024 * 1024 },
  'video/mp4': { kind: 'video', maxBytes: 512 * 1024 * 1024 },
} as const;

export type AcceptedMime = keyof typeof MEDIA_RULES;
export const ACCEPTED_MIMES = Object.keys(MEDIA_RULES) as AcceptedMime[];

export type MediaCheck =
  | { ok: true; kind: 'image' | 'video' }
  | { ok: false; code: 'type'; mime: string }
  | { ok: false; code: 'size'; maxBytes: number; kind: 'image' | 'video' };

export function checkMediaFile(file: { type: string; size: number }): MediaCheck {
  const rule = MEDIA_RULES[file.type as AcceptedMime];
  if (!rule) return { ok: false, code: 'type', mime: file.type };
  if (file.size > rule.maxBytes) return { ok: false, code: 'size', maxBytes: rule.maxBytes, kind: rule.kind };
  return { ok: true, kind: rule.kind };
}

/** "15 MB" — sizes the way the api's own messages write them. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
