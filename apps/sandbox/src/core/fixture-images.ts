import sharp from 'sharp';
import { hash32, mulberry32 } from './seeded-random';

export interface Fixture {
  mime: string;
  data: Buffer;
}

const SIZED = /^([a-z0-9_]+(?:-[a-z0-9_]+)*)-(\d{1,5})x(\d{1,5})\.(jpg|jpeg|png|webp|gif)$/i;
const MAX_SIDE = 6000;

/** Names with a fixed meaning; any `<label>-<W>x<H>.<jpg|png|webp|gif>` is generated too. */
export const NAMED_FIXTURES = [
  'photo-1080x1350.jpg',
  'square-1080x1080.jpg',
  'landscape-1600x900.jpg',
  'landscape-1440x810.jpg',
  'wide-3000x1000.jpg',
  'story-1080x1920.jpg',
  'small-200x200.jpg',
  'tiny.png',
  'big.jpg',
  'animation.gif',
  'clip.mp4',
  'broken.mp4',
  'not-an-image.txt',
];

/**
 * Test media generated on demand with sharp and cached, so Facebook/Instagram download checks
 * (format, size, aspect ratio, width) run against real bytes without files in the repo.
 */
export class FixtureLibrary {
  private readonly cache = new Map<string, Promise<Fixture | null>>();

  get(name: string): Promise<Fixture | null> {
    let hit = this.cache.get(name);
    if (!hit) {
      hit = this.generate(name);
      this.cache.set(name, hit);
    }
    return hit;
  }

  private async generate(name: string): Promise<Fixture | null> {
    switch (name) {
      case 'tiny.png':
        return { mime: 'image/png', data: await this.image('tiny', 16, 16, 'png') };
      case 'big.jpg':
        return { mime: 'image/jpeg', data: await this.noiseJpeg(9 * 1024 * 1024) };
      case 'animation.gif':
        return { mime: 'image/gif', data: await this.image('animation', 320, 240, 'gif') };
      case 'clip.mp4':
        return { mime: 'video/mp4', data: fakeMp4(name, 256 * 1024) };
      case 'broken.mp4':
        return {
          mime: 'video/mp4',
          data: Buffer.from('this is not a video, just text pretending to be one\n'.repeat(200)),
        };
      case 'not-an-image.txt':
        return {
          mime: 'text/plain; charset=utf-8',
          data: Buffer.from('Ini bukan gambar. This is not an image.\n'),
        };
    }
    const m = SIZED.exec(name);
    if (!m) return null;
    const [, label, w, h, ext] = m;
    const width = Number(w);
    const height = Number(h);
    if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return null;
    const format =
      ext.toLowerCase() === 'jpeg' ? 'jpg' : (ext.toLowerCase() as 'jpg' | 'png' | 'webp' | 'gif');
    const mime = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' }[format];
    return { mime, data: await this.image(label, width, height, format) };
  }

  private async image(
    label: string,
    width: number,
    height: number,
    format: 'jpg' | 'png' | 'webp' | 'gif',
  ): Promise<Buffer> {
    const h = hash32(label, width, height);
    const background = { r: 40 + (h & 0x7f), g: 60 + ((h >> 8) & 0x7f), b: 90 + ((h >> 16) & 0x7f) };
    let img = sharp({ create: { width, height, channels: 3, background } });
    if (width >= 64 && height >= 32) {
      const size = Math.max(12, Math.floor(Math.min(width, height) / 10));
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
        `<rect x="0" y="${Math.floor(height / 2 - size)}" width="${width}" height="${size * 2}" fill="rgba(0,0,0,0.35)"/>` +
        `<text x="50%" y="50%" dominant-baseline="middle" text-anchor="middle" font-family="sans-serif" font-size="${size}" fill="#fff">` +
        `Warta sandbox ${width}×${height}</text></svg>`;
      img = img.composite([{ input: Buffer.from(svg) }]);
    }
    if (format === 'jpg') return img.jpeg({ quality: 85 }).toBuffer();
    if (format === 'png') return img.png().toBuffer();
    if (format === 'webp') return img.webp().toBuffer();
    return img.gif().toBuffer();
  }

  /** Random noise does not compress, which makes a valid JPEG just over the size asked for. */
  private async noiseJpeg(minBytes: number): Promise<Buffer> {
    let side = 2000;
    for (;;) {
      const rand = mulberry32(side);
      const raw = Buffer.alloc(side * side * 3);
      for (let i = 0; i < raw.length; i += 4)
        raw.writeUInt32LE((rand() * 0x100000000) >>> 0, Math.min(i, raw.length - 4));
      const jpeg = await sharp(raw, { raw: { width: side, height: side, channels: 3 } })
        .jpeg({ quality: 100, chromaSubsampling: '4:4:4' })
        .toBuffer();
      if (jpeg.length >= minBytes) return jpeg;
      side += 400;
    }
  }
}

/** An `ftyp` box followed by seeded noise: enough for the sandbox's "is this an MP4" check. */
function fakeMp4(name: string, size: number): Buffer {
  const buf = Buffer.alloc(size);
  const ftyp = Buffer.from([
    0,
    0,
    0,
    0x18,
    ...Buffer.from('ftypisom'),
    0,
    0,
    2,
    0,
    ...Buffer.from('isomiso2'),
  ]);
  ftyp.copy(buf, 0);
  const rand = mulberry32(hash32(name));
  for (let i = ftyp.length; i < size; i++) buf[i] = (rand() * 256) | 0;
  return buf;
}
