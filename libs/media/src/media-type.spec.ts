import { sniffMediaType } from './media-type';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffMediaType (magic numbers, never names)', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF\0rest-of-header'), 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR-and-more'), 'image/png'],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 more'), 'image/webp'],
    ['MP4', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]), 'video/mp4'],
  ])('recognises %s', (_name, head, mime) => {
    expect(sniffMediaType(head)?.mime).toBe(mime);
  });

  it.each([
    ['plain text', bytes('bukan gambar sama sekali')],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0, 0, 0, 0])],
    ['RIFF that is not WebP (WAV)', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ')],
    ['a PNG signature cut short', bytes([0x89, 0x50, 0x4e, 0x47])],
    ['an ftyp box too small to be real', bytes([0, 0, 0, 8], 'ftypisom')],
    ['HTML', bytes('<!doctype html><html>')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, head) => {
    expect(sniffMediaType(head)).toBeNull();
  });
});
