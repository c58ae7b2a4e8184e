import type { MediaMime } from './media-asset';

export interface SniffedType {
  mime: MediaMime;
  kind: 'image' | 'video';
  /** The name sharp (images) or our MP4 probe (video) reports for this format. */
  format: 'jpeg' | 'png' | 'webp' | 'mp4';
  extension: 'jpg' | 'png' | 'webp' | 'mp4';
}

/** How many leading bytes `sniffMediaType` needs to decide. */
export const SNIFF_BYTES = 16;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The file's type from its magic numbers, never from its name or the client's Content-Type:
 * JPEG (FF D8 FF), PNG (its 8-byte signature), WebP (RIFF....WEBP), MP4 (an `ftyp` box first).
 * Anything else is null, i.e. refused.
 */
export function sniffMediaType(head: Buffer): SniffedType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) {
    return { mime: 'image/jpeg', kind: 'image', format: 'jpeg', extension: 'jpg' };
  }
  if (head.length >= 8 && head.subarray(0, 8).equals(PNG)) {
    return { mime: 'image/png', kind: 'image', format: 'png', extension: 'png' };
  }
  if (
    head.length >= 12 &&
    head.subarray(0, 4).toString('latin1') === 'RIFF' &&
    head.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return { mime: 'image/webp', kind: 'image', format: 'webp', extension: 'webp' };
  }
  if (head.length >= 12 && head.subarray(4, 8).toString('latin1') === 'ftyp') {
    const size = head.readUInt32BE(0);
    // A real ftyp box holds at least its header and the major brand + minor version.
    if (size >= 16 || size === 1) {
      return { mime: 'video/mp4', kind: 'video', format: 'mp4', extension: 'mp4' };
    }
  }
  return null;
}
