import sharp from 'sharp';

export interface ImageInfo {
  format: string;
  mime: string;
  width: number;
  height: number;
  /** Progressive/arithmetic JPEGs count as "extended" variants Instagram rejects. */
  progressive: boolean;
}

const MIME: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heif: 'image/heif',
  tiff: 'image/tiff',
};

/** Reads an image header with sharp; null when the bytes are not an image it can decode. */
export async function inspectImage(data: Buffer): Promise<ImageInfo | null> {
  try {
    const m = await sharp(data).metadata();
    if (!m.format || !m.width || !m.height) return null;
    return {
      format: m.format,
      mime: MIME[m.format] ?? `image/${m.format}`,
      width: m.width,
      height: m.height,
      progressive: m.isProgressive ?? false,
    };
  } catch {
    return null;
  }
}

/** An MP4/MOV starts with an `ftyp` box; that is all the sandbox checks of a video. */
export function looksLikeMp4(data: Buffer): boolean {
  return data.length >= 12 && data.subarray(4, 8).toString('latin1') === 'ftyp';
}

export function looksLikeGif(data: Buffer): boolean {
  return data.length >= 6 && data.subarray(0, 4).toString('latin1') === 'GIF8';
}
