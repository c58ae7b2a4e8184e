import fc from 'fast-check';
import { composeRelease } from './compose-release';
import type { ComposeInput, ReleaseMedia } from './composer.types';
import { factCheck } from './facts/fact-checker';
import { findHashtags } from './hashtags/hashtag-normaliser';
import { weightedLength } from './text/tweet-length';

// prettier-ignore
const WORDS = [
  'kegiatan', 'rutan', 'warga', 'binaan', 'petugas', 'pembinaan', 'kepribadian', 'kemandirian', 'menggelar',
  'dihadiri', 'seluruh', 'jajaran', 'dalam', 'rangka', 'memperingati', 'pelayanan', 'masyarakat', 'yang', 'dan',
  'dengan', 'untuk', 'serta', 'kepada', 'humas', 'sosial', 'media', 'informasi', 'publik', 'berlangsung', 'lancar',
  'penyerahan', 'bantuan', 'remisi', 'kunjungan', 'keluarga', 'sinergi', 'pemasyarakatan', 'dll.', 'ini', 'itu',
];
// prettier-ignore
const NAMES = ['Teguh Wibowo', 'Arsuindo Saputra', 'Dr. Budi Santoso, S.H., M.H.', 'Kanwil Kemenkumham Bengkulu', 'Hj. Siti Aminah, S.Pd.'];
// prettier-ignore
const NUMBERS = ['1.250.000', '2,5', '25', '(15/10)', '09.00 WIB', '15 Oktober 2024', 'Rp 3.500.000', '0736-21234', '100', 'No. 12', 'Jl. Sudirman No. 5'];
const EMOJI = ['😀', '👨‍👩‍👧‍👦', '🇮🇩', '👍🏽', '✅'];
const URLS = [
  'https://bengkulu.kemenkumham.go.id/berita/123',
  'kemenkumham.go.id',
  'https://www.instagram.com/p/abc/',
];

const token = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...URLS) },
  { weight: 1, arbitrary: fc.constantFrom('#Humas', '#HariBhakti59', '#PemasyarakatanPastiBermanfaat') },
);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plainSentence = fc
  .tuple(fc.array(token, { minLength: 2, maxLength: 45 }), fc.constantFrom('.', '.', '!', '?'))
  .map(([tokens, end]) => `${capitalise(tokens.join(' '))}${end}`);
const quotedSentence = fc
  .tuple(
    fc.array(plainSentence, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('ujarnya', 'kata Teguh Wibowo'),
  )
  .map(([inner, who]) => `“${inner.join(' ').replace(/[.!?]$/, '')},” ${who}.`);
const sentence = fc.oneof({ weight: 5, arbitrary: plainSentence }, { weight: 1, arbitrary: quotedSentence });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));
const body = fc
  .tuple(
    fc.constantFrom('', 'BENGKULU - ', 'BENGKULU, INFO_PAS - ', 'Bengkulu – '),
    fc.array(paragraph, { minLength: 1, maxLength: 10 }),
  )
  .map(([dateline, paragraphs]) => dateline + paragraphs.join('\n\n'));
const title = fc
  .array(fc.constantFrom(...WORDS, ...NAMES), { minLength: 3, maxLength: 16 })
  .map((w) => capitalise(w.join(' ')));
const hashtag = fc.oneof(
  fc.constantFrom(
    '#KemenkumhamBengkulu',
    'humas bengkulu',
    'WBK/WBBM',
    'Pemasyarakatan Pasti Bermanfaat',
    '#2024',
  ),
  fc.stringMatching(/^#?[A-Za-z][A-Za-z0-9_ ]{0,25}$/),
);
const media: fc.Arbitrary<ReleaseMedia> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('image' as const, 'image' as const, 'video' as const, 'gif' as const),
  mime: fc.constantFrom('image/jpeg', 'image/png', 'video/mp4', 'image/gif'),
  bytes: fc.integer({ min: 1000, max: 20_000_000 }),
  width: fc.integer({ min: 100, max: 6000 }),
  height: fc.integer({ min: 100, max: 6000 }),
  altText: fc.option(fc.constant('Foto kegiatan'), { nil: undefined }),
});
const input: fc.Arbitrary<ComposeInput> = fc.record({
  release: fc.record({
    title,
    body,
    link: fc.option(fc.constantFrom(...URLS), { nil: undefined }),
    hashtags: fc.array(hashtag, { maxLength: 40 }),
    media: fc.array(media, { maxLength: 6 }),
    publishedAt: fc.constant('2024-10-15'),
  }),
  node: fc.record({
    name: fc.constant('Rutan Kelas IIB Bengkulu'),
    timezone: fc.constant('Asia/Jakarta'),
    defaultHashtags: fc.array(hashtag, { maxLength: 5 }),
  }),
  options: fc.record({ xThread: fc.boolean(), instagramHashtagsInFirstComment: fc.boolean() }),
});

const words = (text: string) =>
  text
    .split(/\s+/)
    // A phrase closed with a full stop ("... beserta jajaran.") is still whole words.
    .map((w) =>
      w
        .replace(/…$/, '')
        .replace(/[,;:]+$/, '')
        .replace(/(?<=[^.])\.$/u, ''),
    )
    .filter((w) => w.length > 0);
/** The prose of an X post or thread part: without the counter, the link block and the hashtag block. */
const xProse = (part: string, link: string | undefined) =>
  part
    .replace(/^\d+\/\d+ /, '')
    .split('\n\n')
    .filter((block) => block !== link && !/^#\S+(?: #\S+)*$/.test(block))
    .join('\n\n');

describe('composeRelease: properties over generated Indonesian releases', () => {
  it('keeps every variant within its platform limits and publishable', () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const v of composeRelease(i, 'id').variants) {
          expect(v.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
          if (v.platform === 'x')
            for (const part of v.thread ?? [v.text]) expect(weightedLength(part)).toBeLessThanOrEqual(280);
          if (v.platform === 'facebook') expect(v.text.length).toBeLessThanOrEqual(63_206);
          if (v.platform === 'instagram') {
            expect(v.text.length).toBeLessThanOrEqual(2200);
            expect(findHashtags(v.text).length).toBeLessThanOrEqual(30);
            expect(findHashtags(v.firstComment ?? '').length).toBeLessThanOrEqual(30);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never splits a word or a number on X', () => {
    fc.assert(
      fc.property(input, (i) => {
        const source = new Set(words(`${i.release.title} ${i.release.body}`));
        const x = composeRelease({ ...i, platforms: ['x'] }, 'id').variants[0];
        for (const part of x.thread ?? [x.text]) {
          for (const w of words(xProse(part, i.release.link)))
            expect(source.has(w) ? w : `not in source: ${w}`).toBe(w);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('always plans at least one image for Instagram', () => {
    fc.assert(
      fc.property(input, (i) => {
        const ig = composeRelease({ ...i, platforms: ['instagram'] }, 'id').variants[0];
        expect(ig.media.some((m) => m.kind !== 'original' || m.mediaKind === 'image')).toBe(true);
        for (const m of ig.media) {
          if (m.kind !== 'original') continue;
          expect(m.width / m.height).toBeGreaterThanOrEqual(0.8);
          expect(m.width / m.height).toBeLessThanOrEqual(1.91);
        }
      }),
    );
  });

  it('never states a number, date, time, phone, link or name that is not in the release', () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const v of composeRelease(i, 'id').variants) {
          for (const text of v.thread?.map((p) => p.replace(/^\d+\/\d+ /, '')) ?? [v.text]) {
            expect(factCheck(i.release, text).differences).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
