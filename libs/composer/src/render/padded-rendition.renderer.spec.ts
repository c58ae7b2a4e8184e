import sharp from 'sharp';
import { isRatioWithin } from '../media/padding-geometry';
import { PaddedRenditionRenderer } from './padded-rendition.renderer';

/** A red test image with a 2px green border, so cropping would show as missing green at the edges. */
async function framedImage(width: number, height: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const inner = await sharp({
    create: { width: width - 4, height: height - 4, channels: 3, background: '#ff0000' },
  })
    .png()
    .toBuffer();
  const image = sharp({ create: { width, height, channels: 3, background: '#00ff00' } }).composite([
    { input: inner, left: 2, top: 2 },
  ]);
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 95 }).toBuffer();
}

describe('PaddedRenditionRenderer', () => {
  const renderer = new PaddedRenditionRenderer();

  it('pads a 9:16 photo to 4:5 without cropping (blurred background)', async () => {
    const source = await framedImage(540, 960);
    const out = await renderer.render({ source, background: { type: 'blur' } });
    const meta = await sharp(out.buffer).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 768, height: 960 });
    expect(isRatioWithin({ width: meta.width ?? 0, height: meta.height ?? 0 })).toBe(true);
    // The whole photo is there: its top and bottom green borders survive in the middle column.
    const { data, info } = await sharp(out.buffer).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) =>
      Array.from(data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3));
    expect(at(384, 0)[1]).toBeGreaterThan(150);
    expect(at(384, 959)[1]).toBeGreaterThan(150);
    expect(at(384, 480)[0]).toBeGreaterThan(200);
  });

  it('honours the plan’s canvas and a solid background for a panorama', async () => {
    const source = await framedImage(1200, 300, 'jpeg');
    const out = await renderer.render({
      source,
      targetWidth: 1200,
      targetHeight: 629,
      background: { type: 'solid', colour: '#ffffff' },
    });
    const meta = await sharp(out.buffer).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 629 });
    expect((meta.width ?? 0) / (meta.height ?? 1)).toBeLessThanOrEqual(1.91);
    const { data, info } = await sharp(out.buffer).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) =>
      Array.from(data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3));
    expect(at(10, 10).every((c) => c > 245)).toBe(true); // solid white padding above
    expect(at(600, 314)[0]).toBeGreaterThan(200); // the photo itself, centred
    expect(at(600, 314)[1]).toBeLessThan(60);
  });

  it('caps the width at 1440 and converts PNG to JPEG', async () => {
    const source = await framedImage(3000, 1000);
    const out = await renderer.render({ source });
    const meta = await sharp(out.buffer).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1440, height: 754 });
    expect(out.bytes).toBe(out.buffer.length);
  });
});
