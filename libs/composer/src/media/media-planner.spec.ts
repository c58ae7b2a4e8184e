import type { ReleaseMedia } from '../composer.types';
import { planFacebookMedia, planInstagramMedia, planXMedia, safeBrand, titleCard } from './media-planner';

const image = (id: string, over: Partial<ReleaseMedia> = {}): ReleaseMedia => ({
  id,
  kind: 'image',
  mime: 'image/jpeg',
  bytes: 800_000,
  width: 1600,
  height: 1200,
  altText: `Foto ${id}`,
  ...over,
});
const video = (id: string, over: Partial<ReleaseMedia> = {}): ReleaseMedia =>
  image(id, { kind: 'video', mime: 'video/mp4', bytes: 40_000_000, ...over });
const card = { unitName: 'Rutan Kelas IIB Bengkulu', title: 'Judul', language: 'id' as const };

describe('planXMedia', () => {
  it('takes up to four images with alt text, leaving the rest out with a note', () => {
    const { plan, notes } = planXMedia(['a', 'b', 'c', 'd', 'e'].map((id) => image(id)));
    expect(plan.map((p) => (p.kind === 'original' ? [p.sourceId, p.altText] : p.kind))).toEqual([
      ['a', 'Foto a'],
      ['b', 'Foto b'],
      ['c', 'Foto c'],
      ['d', 'Foto d'],
    ]);
    expect(notes).toEqual([
      expect.objectContaining({ code: 'MEDIA_DROPPED', params: expect.objectContaining({ count: 1 }) }),
    ]);
  });

  it('never mixes: a leading video is posted alone', () => {
    const { plan } = planXMedia([video('v'), image('a')]);
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ kind: 'original', sourceId: 'v', mediaKind: 'video' });
  });

  it('drops files over the size limits (5 MB image, 15 MB GIF, 512 MB video)', () => {
    const { plan, notes } = planXMedia([
      image('big', { bytes: 5_000_001 }),
      image('ok', { bytes: 5_000_000 }),
      image('gif', { kind: 'gif', mime: 'image/gif', bytes: 16_000_000 }),
    ]);
    expect(plan.map((p) => (p.kind === 'original' ? p.sourceId : ''))).toEqual(['ok']);
    expect(notes.map((n) => n.code)).toEqual(['MEDIA_TOO_LARGE', 'MEDIA_TOO_LARGE']);
    expect(planXMedia([video('huge', { bytes: 513_000_000 })]).plan).toEqual([]);
  });
});

describe('planFacebookMedia', () => {
  it('takes up to ten photos or one video', () => {
    expect(planFacebookMedia(Array.from({ length: 12 }, (_, i) => image(`p${i}`))).plan).toHaveLength(10);
    expect(planFacebookMedia([video('v'), image('a')]).plan).toHaveLength(1);
    expect(planFacebookMedia([]).plan).toEqual([]);
  });
});

describe('planInstagramMedia', () => {
  it('renders a title card when the release has no image', () => {
    const { plan, notes } = planInstagramMedia([], { ...card, dateLabel: 'Selasa, 15 Oktober 2024' });
    expect(plan).toEqual([
      {
        kind: 'title_card',
        width: 1080,
        height: 1350,
        unitName: 'Rutan Kelas IIB Bengkulu',
        title: 'Judul',
        dateLabel: 'Selasa, 15 Oktober 2024',
        brand: { primary: '#0B2E59', secondary: '#C9A227' },
        altText: 'Kartu judul: Judul. Rutan Kelas IIB Bengkulu, Selasa, 15 Oktober 2024.',
      },
    ]);
    expect(notes.map((n) => n.code)).toEqual(['TITLE_CARD_PLANNED']);
  });

  it('uses a title card too when the release only has a video', () => {
    const { plan, notes } = planInstagramMedia([video('v')], card);
    expect(plan[0].kind).toBe('title_card');
    expect(notes.map((n) => n.code)).toEqual(['IG_VIDEO_NOT_SUPPORTED', 'TITLE_CARD_PLANNED']);
  });

  it('pads images outside 4:5..1.91:1 instead of cropping, and keeps those inside as they are', () => {
    const { plan } = planInstagramMedia(
      [
        image('tall', { width: 1080, height: 1920 }),
        image('ok'),
        image('wide', { width: 3000, height: 1000 }),
      ],
      card,
    );
    expect(plan).toEqual([
      {
        kind: 'padded',
        reason: 'aspect_ratio',
        sourceId: 'tall',
        targetWidth: 1440,
        targetHeight: 1800,
        background: { type: 'blur' },
        altText: 'Foto tall',
      },
      expect.objectContaining({ kind: 'original', sourceId: 'ok' }),
      expect.objectContaining({ kind: 'padded', sourceId: 'wide', targetWidth: 1440, targetHeight: 754 }),
    ]);
  });

  it('re-encodes PNGs and oversized JPEGs at the same ratio', () => {
    const { plan } = planInstagramMedia(
      [
        image('png', { mime: 'image/png' }),
        image('huge', { bytes: 9 * 1024 * 1024, width: 4000, height: 3000 }),
      ],
      card,
    );
    expect(plan).toEqual([
      expect.objectContaining({ kind: 'padded', reason: 'format', targetWidth: 1440, targetHeight: 1080 }),
      expect.objectContaining({ kind: 'padded', reason: 'size', targetWidth: 1440, targetHeight: 1080 }),
    ]);
  });
});

describe('brand colours', () => {
  it('falls back to house colours for anything that is not a hex colour (it ends up in SVG)', () => {
    expect(safeBrand({ primary: 'red"/><script>', secondary: '#fff' })).toEqual({
      primary: '#0B2E59',
      secondary: '#fff',
    });
    expect(titleCard({ ...card, language: 'en' }).altText).toBe(
      'Title card: Judul. Rutan Kelas IIB Bengkulu.',
    );
  });
});
