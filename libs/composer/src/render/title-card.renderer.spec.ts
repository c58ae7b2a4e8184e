import sharp from 'sharp';
import { titleCard } from '../media/media-planner';
import { TitleCardRenderer } from './title-card.renderer';

describe('TitleCardRenderer', () => {
  const renderer = new TitleCardRenderer();
  const plan = titleCard({
    unitName: 'Rutan Kelas IIB Bengkulu',
    title:
      'Bersama Jajaran UPT Pemasyarakatan, Rutan Bengkulu Gelar Penguatan Kapasitas Keprotokolan dan Kehumasan',
    dateLabel: 'Selasa, 15 Oktober 2024',
    brand: { primary: '#0B2E59', secondary: '#C9A227' },
    language: 'id',
  });

  it('renders a 1080x1350 JPEG (4:5) in the brand colour with the text drawn on it', async () => {
    const image = await renderer.render(plan);
    const meta = await sharp(image.buffer).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1080, height: 1350 });
    expect(image).toMatchObject({
      mime: 'image/jpeg',
      width: 1080,
      height: 1350,
      bytes: image.buffer.length,
    });

    const { data, info } = await sharp(image.buffer).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) =>
      Array.from(data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3));
    const near = (actual: number[], expected: number[]) =>
      actual.every((c, i) => Math.abs(c - expected[i]) < 8);
    // The margin keeps the brand colour; the bottom strip is the secondary colour.
    expect(near(pixel(20, 700), [0x0b, 0x2e, 0x59])).toBe(true);
    expect(near(pixel(540, 1340), [0xc9, 0xa2, 0x27])).toBe(true);
    // White title text covers a good share of the title area and none of the left margin.
    const whiteShare = (left: number, width: number) => {
      let white = 0;
      for (let y = 330; y < 1130; y++)
        for (let x = left; x < left + width; x++) if (pixel(x, y).every((c) => c > 200)) white++;
      return white / (width * 800);
    };
    expect(whiteShare(90, 900)).toBeGreaterThan(0.05);
    expect(whiteShare(0, 60)).toBe(0);
  });

  it('survives hostile text (markup, control characters, very long words)', async () => {
    const image = await renderer.render({
      ...plan,
      title: `</text><svg>&\u0001${'W'.repeat(300)}`,
      unitName: '<',
    });
    expect(await sharp(image.buffer).metadata()).toMatchObject({ format: 'jpeg', width: 1080, height: 1350 });
  });
});
