import { composeRelease } from './compose-release';
import { factCheck } from './facts/fact-checker';
import { FACEBOOK_POST, INSTAGRAM_CAPTION, X_POST, X_THREAD } from './__golden__/rutan-bengkulu.golden';
import { rutanBengkuluInput } from './__fixtures__/rutan-bengkulu.input';
import fixture from './__fixtures__/rutan-bengkulu-kehumasan.json';
import { weightedLength } from './text/tweet-length';

describe('composeRelease: golden, Rutan Bengkulu release', () => {
  const { variants } = composeRelease(rutanBengkuluInput, 'id');
  const byPlatform = Object.fromEntries(variants.map((v) => [v.platform, v]));

  it('composes X, Facebook and Instagram in that order', () => {
    expect(variants.map((v) => v.platform)).toEqual(['x', 'facebook', 'instagram']);
  });

  it('X: the who/what/when lead without the dateline, who attended, then the hashtags that still fit', () => {
    const x = byPlatform.x;
    expect(x.text).toBe(X_POST);
    // The room goes to the news: 138 of 280 characters before, with who attended left out.
    expect(weightedLength(x.text)).toBeGreaterThan(250);
    expect(x.hashtags).toEqual(['#KemenkumhamBengkulu']);
    expect(x.report.publishable).toBe(true);
    expect(x.report.problems.map((p) => p.code)).toEqual(['HASHTAGS_DROPPED']);
    expect(factCheck(rutanBengkuluInput.release, x.text).differences).toEqual([]);
    expect(x.report.used.weightedLength).toEqual({ used: weightedLength(X_POST), limit: 280 });
  });

  it('X thread: the whole story in numbered parts', () => {
    const thread = composeRelease(
      { ...rutanBengkuluInput, platforms: ['x'], options: { xThread: true } },
      'id',
    ).variants[0];
    expect(thread.thread).toEqual(X_THREAD);
    expect(thread.mentions).toEqual(['@Kemenkumham_RI', '@ditjenpas']);
    expect(thread.report.publishable).toBe(true);
  });

  it('Facebook: headline, the full release, hashtags at the end, no @tags', () => {
    const fb = byPlatform.facebook;
    expect(fb.text).toBe(FACEBOOK_POST);
    expect(fb.text).toContain(fixture.body.split('\n\n')[9]);
    expect(fb.mentions).toEqual([]);
    expect(fb.report).toMatchObject({ publishable: true, problems: [] });
  });

  it('Instagram: caption cut at a sentence end within 2,200, Instagram handles, and a title card', () => {
    const ig = byPlatform.instagram;
    expect(ig.text).toBe(INSTAGRAM_CAPTION);
    expect(ig.text.length).toBeLessThanOrEqual(2200);
    expect(ig.mentions).toEqual(['@kemenkumhamri']);
    expect(ig.media).toEqual([
      expect.objectContaining({
        kind: 'title_card',
        unitName: 'Rutan Kelas IIB Bengkulu',
        title: fixture.title,
        dateLabel: 'Selasa, 15 Oktober 2024',
        brand: { primary: '#0B2E59', secondary: '#C9A227' },
      }),
    ]);
    expect(ig.report.publishable).toBe(true);
    expect(ig.report.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      [
        'CAPTION_TRUNCATED',
        'info',
        'Isi rilis dipersingkat agar muat (2200 karakter); 9 dari 23 kalimat diikutkan.',
      ],
      ['TITLE_CARD_PLANNED', 'info', 'Rilis tidak memiliki gambar; kartu judul akan dibuat untuk Instagram.'],
    ]);
  });

  it('every golden text only states facts from the release', () => {
    for (const text of [
      X_POST,
      ...X_THREAD.map((p) => p.replace(/^\d+\/\d+ /, '')),
      FACEBOOK_POST,
      INSTAGRAM_CAPTION,
    ]) {
      expect(factCheck({ title: fixture.title, body: fixture.body }, text).differences).toEqual([]);
    }
  });
});

describe('composeRelease: behaviour', () => {
  const node = { name: 'Lapas Bengkulu', timezone: 'Asia/Jakarta', defaultHashtags: ['#Pemasyarakatan'] };

  it('writes problem messages in the reader’s language', () => {
    const { variants } = composeRelease(
      { release: { title: 'Judul', body: 'Isi rilis.' }, node, platforms: ['instagram'] },
      'en',
    );
    expect(variants[0].report.problems.map((p) => p.message)).toEqual([
      'The release has no image; a title card will be rendered for Instagram.',
    ]);
  });

  it('replaces links on Instagram with the node’s link-in-bio line', () => {
    const { variants } = composeRelease(
      {
        release: {
          title: 'Judul',
          body: 'Baca di https://lapas.go.id/a sekarang.',
          link: 'https://lapas.go.id/berita/1',
        },
        node: { ...node, linkInBioText: 'Info lengkap: link di bio @lapasbengkulu' },
        platforms: ['instagram', 'facebook'],
      },
      'id',
    );
    const [ig, fb] = variants;
    expect(ig.text).toBe(
      'Judul\n\nBaca di link di bio sekarang.\n\nInfo lengkap: link di bio @lapasbengkulu\n\n#Pemasyarakatan',
    );
    expect(ig.report.problems.map((p) => p.code)).not.toContain('LINK_NOT_CLICKABLE');
    expect(fb.text).toBe(
      'Judul\n\nBaca di https://lapas.go.id/a sekarang.\n\nhttps://lapas.go.id/berita/1\n\n#Pemasyarakatan',
    );
  });

  it('can move Instagram hashtags to a first comment', () => {
    const { variants } = composeRelease(
      {
        release: { title: 'Judul', body: 'Isi.' },
        node,
        platforms: ['instagram'],
        options: { instagramHashtagsInFirstComment: true },
      },
      'id',
    );
    expect(variants[0]).toMatchObject({
      text: 'Judul\n\nIsi.',
      firstComment: '#Pemasyarakatan',
      hashtags: ['#Pemasyarakatan'],
    });
  });

  it('carries alt text to every platform and pads an out-of-range photo for Instagram', () => {
    const media = [
      {
        id: 'm1',
        kind: 'image' as const,
        mime: 'image/jpeg',
        bytes: 900_000,
        width: 1080,
        height: 1920,
        altText: 'Petugas dan peserta berfoto',
      },
    ];
    const { variants } = composeRelease({ release: { title: 'Judul', body: 'Isi.', media }, node }, 'id');
    for (const v of variants) expect(v.media[0].altText).toBe('Petugas dan peserta berfoto');
    expect(variants[2].media[0]).toMatchObject({ kind: 'padded', targetWidth: 1440, targetHeight: 1800 });
    expect(variants[0].media[0]).toMatchObject({ kind: 'original', sourceId: 'm1' });
  });

  it('uses the event date in the node’s zone on the title card', () => {
    const ig = composeRelease(
      {
        release: { title: 'Judul', body: 'Isi.', eventDate: '2024-10-15T18:30:00Z', language: 'en' },
        node,
        platforms: ['instagram'],
      },
      'id',
    ).variants[0];
    expect(ig.media[0]).toMatchObject({ kind: 'title_card', dateLabel: 'Wednesday, 16 October 2024' });
  });

  it('composes only the platforms asked for', () => {
    expect(
      composeRelease({ release: { title: 'T', body: 'B.' }, node, platforms: ['facebook'] }).variants.map(
        (v) => v.platform,
      ),
    ).toEqual(['facebook']);
  });
});
