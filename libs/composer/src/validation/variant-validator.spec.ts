import type { MediaPlan } from '../composer.types';
import { validateVariant } from './variant-validator';

const photo = (over: Partial<Extract<MediaPlan, { kind: 'original' }>> = {}): MediaPlan => ({
  kind: 'original',
  sourceId: 'a',
  mediaKind: 'image',
  mime: 'image/jpeg',
  bytes: 500_000,
  width: 1080,
  height: 1080,
  altText: 'Foto kegiatan',
  ...over,
});
const codes = (r: { problems: Array<{ code: string }> }) => r.problems.map((p) => p.code);

describe('validateVariant: X', () => {
  it('measures weighted length with twitter-text (links weigh 23, … weighs 2)', () => {
    const report = validateVariant(
      'x',
      { text: `Kegiatan humas… https://example.go.id/${'a'.repeat(100)}` },
      'id',
    );
    expect(report.used.weightedLength).toEqual({ used: 40, limit: 280 });
    expect(report.publishable).toBe(true);
  });

  it('blocks text over 280 with a message in the reader’s language', () => {
    const text = 'a'.repeat(281);
    expect(validateVariant('x', { text }, 'id').problems[0]).toEqual({
      code: 'X_TOO_LONG',
      message: 'Teks terlalu panjang untuk X: 281 dari 280 karakter berbobot.',
      severity: 'error',
      params: { used: 281, limit: 280 },
      path: 'text',
    });
    expect(validateVariant('x', { text }, 'en').problems[0].message).toBe(
      'Text too long for X: 281 of 280 weighted characters.',
    );
  });

  it('checks every thread part on its own', () => {
    const report = validateVariant(
      'x',
      { text: 'x', thread: ['1/3 Satu', `2/3 ${'b'.repeat(300)}`, ''] },
      'en',
    );
    expect(report.publishable).toBe(false);
    expect(report.used.threadParts).toBe(3);
    expect(report.problems.map((p) => [p.code, p.path])).toEqual([
      ['X_THREAD_PART_TOO_LONG', 'thread[1]'],
      ['X_THREAD_PART_EMPTY', 'thread[2]'],
    ]);
  });

  it('enforces 4 images or 1 video, no mixing, and the size limits', () => {
    const five = Array.from({ length: 5 }, () => photo());
    expect(codes(validateVariant('x', { text: 'a', media: five }, 'id'))).toEqual(['X_TOO_MANY_IMAGES']);
    const mixed = [photo(), photo({ mediaKind: 'video', mime: 'video/mp4' })];
    expect(codes(validateVariant('x', { text: 'a', media: mixed }, 'id'))).toEqual(['X_MEDIA_MIXED']);
    const big = [photo({ bytes: 6_000_000 })];
    expect(codes(validateVariant('x', { text: 'a', media: big }, 'id'))).toEqual(['MEDIA_TOO_LARGE']);
  });

  it('rejects characters X refuses and empty text', () => {
    expect(codes(validateVariant('x', { text: 'a\uFFFEb' }, 'id'))).toContain('TEXT_INVALID_CHARACTERS');
    expect(codes(validateVariant('x', { text: '  ' }, 'id'))).toEqual(['TEXT_EMPTY']);
  });
});

describe('validateVariant: Instagram', () => {
  const caption = 'Kegiatan humas.';

  it('requires an image', () => {
    const report = validateVariant('instagram', { text: caption, media: [] }, 'id');
    expect(report.publishable).toBe(false);
    expect(report.problems[0]).toMatchObject({
      code: 'IG_MEDIA_REQUIRED',
      message: 'Instagram wajib memiliki minimal satu gambar.',
    });
  });

  it('counts characters, hashtags and mentions against 2,200 / 30 / 20', () => {
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    const mentions = Array.from({ length: 21 }, (_, i) => `@akun${i}`).join(' ');
    const report = validateVariant(
      'instagram',
      { text: `${caption} ${tags} ${mentions}`, media: [photo()] },
      'en',
    );
    expect(report.used.hashtags).toEqual({ used: 31, limit: 30 });
    expect(report.used.mentions).toEqual({ used: 21, limit: 20 });
    expect(codes(report)).toEqual(['TOO_MANY_HASHTAGS', 'TOO_MANY_MENTIONS']);
    expect(codes(validateVariant('instagram', { text: 'a'.repeat(2201), media: [photo()] }, 'id'))).toEqual([
      'TEXT_TOO_LONG',
    ]);
  });

  it('warns about links, which are not clickable in a caption, without blocking', () => {
    const report = validateVariant(
      'instagram',
      { text: 'Baca di https://kemenkumham.go.id', media: [photo()] },
      'id',
    );
    expect(report.publishable).toBe(true);
    expect(codes(report)).toEqual(['LINK_NOT_CLICKABLE']);
  });

  it('rejects an original image outside 4:5..1.91:1, not JPEG or over 8 MiB', () => {
    const media = [photo({ width: 1080, height: 1920, mime: 'image/png', bytes: 9 * 1024 * 1024 })];
    expect(codes(validateVariant('instagram', { text: caption, media }, 'id'))).toEqual([
      'IG_ASPECT_RATIO',
      'IG_NOT_JPEG',
      'IG_IMAGE_TOO_LARGE',
    ]);
  });

  it('accepts a title card and a padded rendition as images', () => {
    const media: MediaPlan[] = [
      {
        kind: 'padded',
        reason: 'aspect_ratio',
        sourceId: 'a',
        targetWidth: 1440,
        targetHeight: 1800,
        background: { type: 'blur' },
        altText: 'Foto',
      },
      {
        kind: 'title_card',
        width: 1080,
        height: 1350,
        unitName: 'Rutan',
        title: 'Judul',
        brand: { primary: '#000000', secondary: '#ffffff' },
        altText: 'Kartu judul',
      },
    ];
    const report = validateVariant('instagram', { text: caption, media }, 'id');
    expect(report).toMatchObject({ publishable: true, problems: [] });
    expect(report.used.images).toEqual({ used: 2, limit: 10 });
  });

  it('warns about images without alt text', () => {
    expect(
      codes(validateVariant('instagram', { text: caption, media: [photo({ altText: undefined })] }, 'id')),
    ).toEqual(['ALT_TEXT_MISSING']);
  });
});

describe('validateVariant: Facebook', () => {
  it('allows long text up to 63,206 characters and warns past ten hashtags', () => {
    expect(validateVariant('facebook', { text: 'a'.repeat(63_206) }, 'id').publishable).toBe(true);
    expect(codes(validateVariant('facebook', { text: 'a'.repeat(63_207) }, 'id'))).toEqual(['TEXT_TOO_LONG']);
    const tags = Array.from({ length: 11 }, (_, i) => `#t${i}`).join(' ');
    const report = validateVariant('facebook', { text: `Berita ${tags}` }, 'id');
    expect(report.publishable).toBe(true);
    expect(codes(report)).toEqual(['TOO_MANY_HASHTAGS']);
  });
});

describe('validateVariant with the release: fact check of an edited draft', () => {
  const release = {
    title: 'Bantuan',
    body: 'Rutan menyerahkan Rp 1.250.000 kepada 25 warga, Selasa (15/10).',
  };

  it('reports (never blocks) facts the editor introduced, with positions', () => {
    const text = 'Rutan menyerahkan Rp 1.500.000 kepada 25 warga, Selasa (15/10).';
    const report = validateVariant('x', { text }, 'id', release);
    expect(report.publishable).toBe(true);
    expect(report.problems).toEqual([
      {
        code: 'FACT_NOT_IN_RELEASE',
        message: 'Angka "1.500.000" tidak ditemukan di rilis; pastikan benar.',
        severity: 'warning',
        params: { kind: 'number', kindLabel: 'Angka', value: '1.500.000' },
        path: 'text',
        start: 21,
        end: 30,
      },
    ]);
  });

  it('ignores the thread counter but checks the rest of each part', () => {
    const thread = ['1/2 Rutan menyerahkan Rp 1.250.000.', '2/2 Kepada 26 warga.'];
    const problems = validateVariant('x', { text: thread[0], thread }, 'en', release).problems;
    expect(problems.map((p) => [p.path, p.params?.value, thread[1].slice(p.start, p.end)])).toEqual([
      ['thread[1]', '26', '26'],
    ]);
  });
});
