import { composeRelease } from '../compose-release';
import type { ComposeInput, ReleaseInput } from '../composer.types';
import { weightedLength } from '../text/tweet-length';

const node = {
  name: 'Rutan Kelas IIB Bengkulu',
  timezone: 'Asia/Jakarta',
  defaultHashtags: ['KemenkumhamBengkulu'],
};
const composeX = (release: Partial<ReleaseInput>, extra: Partial<ComposeInput> = {}) =>
  composeRelease(
    { release: { title: 'Judul Rilis', body: '', ...release }, node, platforms: ['x'], ...extra },
    'id',
  ).variants[0];

describe('X variant: lead', () => {
  it('drops the dateline and keeps whole sentences from the first paragraph that fit', () => {
    const v = composeX({
      body: 'BENGKULU - Rutan Bengkulu menggelar bakti sosial, Selasa (15/10). Kegiatan diikuti 50 petugas. Warga menyambut baik.\n\nParagraf kedua tidak ikut.',
    });
    expect(v.text).toBe(
      'Rutan Bengkulu menggelar bakti sosial, Selasa (15/10). Kegiatan diikuti 50 petugas. Warga menyambut baik.\n\n#KemenkumhamBengkulu',
    );
    expect(v.report.publishable).toBe(true);
  });

  it('appends the link, which weighs 23 however long it is', () => {
    const link = `https://bengkulu.kemenkumham.go.id/berita/${'panjang-'.repeat(20)}rilis`;
    const v = composeX({ body: 'Rutan Bengkulu menggelar bakti sosial.', link });
    expect(v.text).toBe(`Rutan Bengkulu menggelar bakti sosial.\n\n${link}\n\n#KemenkumhamBengkulu`);
    expect(v.report.used.weightedLength).toEqual({ used: 38 + 2 + 23 + 2 + 20, limit: 280 });
  });

  it('shortens an over-long first sentence to a phrase that ends with a full stop, not an ellipsis', () => {
    const first =
      'Rutan Kelas IIB Bengkulu menggelar kegiatan penguatan kapasitas keprotokolan dan kehumasan pemasyarakatan yang ' +
      'dihadiri Kepala Divisi Pemasyarakatan Kantor Wilayah Kementerian Hukum dan HAM Bengkulu, Teguh Wibowo, beserta ' +
      'jajaran dan seluruh pengelola humas Unit Pelaksana Teknis Pemasyarakatan di lingkungan Kanwil Kemenkumham Bengkulu pada hari Selasa.';
    const v = composeX({ body: `${first} Kalimat kedua.` });
    expect(v.text).toBe(
      'Rutan Kelas IIB Bengkulu menggelar kegiatan penguatan kapasitas keprotokolan dan kehumasan pemasyarakatan yang ' +
        'dihadiri Kepala Divisi Pemasyarakatan Kantor Wilayah Kementerian Hukum dan HAM Bengkulu, Teguh Wibowo, beserta jajaran.\n\n#KemenkumhamBengkulu',
    );
    expect(v.report.problems.map((p) => p.code)).toEqual(['LEAD_TRUNCATED']);
  });

  it('uses the title when the only cut points are inside a quotation', () => {
    const quote = `“${'Kami akan terus bekerja keras melayani masyarakat dengan sepenuh hati '.repeat(5).trim()},” ujar Kepala Rutan.`;
    const v = composeX({ title: 'Kepala Rutan Bengkulu Ajak Jajaran Melayani Sepenuh Hati', body: quote });
    expect(v.text).toBe('Kepala Rutan Bengkulu Ajak Jajaran Melayani Sepenuh Hati\n\n#KemenkumhamBengkulu');
    expect(v.report.problems.map((p) => p.code)).toEqual(['LEAD_FROM_TITLE']);
  });

  it('adds hashtags only while they fit and reports the ones left out', () => {
    const body = `${'Rutan Bengkulu menggelar kegiatan pembinaan kepribadian bagi warga binaan. '.repeat(3).trim()}`;
    const v = composeX({
      body,
      hashtags: ['HariBhaktiPemasyarakatanKeSeratusTahunYangPanjangSekali', 'Humas'],
    });
    expect(weightedLength(v.text)).toBeLessThanOrEqual(280);
    expect(v.hashtags).toEqual(['#KemenkumhamBengkulu', '#Humas']);
    expect(v.report.problems.map((p) => p.code)).toEqual(['HASHTAGS_DROPPED']);
  });

  it('tags a partner account where the lead names it', () => {
    const v = composeRelease(
      {
        release: { title: 'T', body: 'Kanwil Kemenkumham Bengkulu menggelar rapat.' },
        node: { ...node, mentions: { Kemenkumham: { x: '@Kemenkumham_RI', instagram: '@kemenkumhamri' } } },
        platforms: ['x'],
      },
      'id',
    ).variants[0];
    expect(v.text.startsWith('Kanwil @Kemenkumham_RI Bengkulu menggelar rapat.')).toBe(true);
    expect(v.mentions).toEqual(['@Kemenkumham_RI']);
  });
});

describe('X variant: thread', () => {
  const body = Array.from(
    { length: 12 },
    (_, i) =>
      `Kalimat ke-${i + 1} menjelaskan kegiatan pembinaan warga binaan di Rutan Bengkulu secara lengkap dan rinci.`,
  ).join(' ');

  it('numbers each part, keeps every part within 280 and splits only between sentences', () => {
    const v = composeX(
      { body, link: 'https://bengkulu.kemenkumham.go.id/berita/1' },
      { options: { xThread: true } },
    );
    const thread = v.thread ?? [];
    expect(thread.length).toBeGreaterThan(2);
    thread.forEach((part, i) => {
      expect(part.startsWith(`${i + 1}/${thread.length} `)).toBe(true);
      expect(weightedLength(part)).toBeLessThanOrEqual(280);
    });
    expect(thread[0]).toContain('https://bengkulu.kemenkumham.go.id/berita/1');
    expect(thread.slice(1).some((p) => p.includes('https://'))).toBe(false);
    const sentences = thread.flatMap((part) =>
      part
        .replace(/^\d+\/\d+ /, '')
        .split('\n\n')[0]
        .split(/(?<=\.) /),
    );
    expect(sentences).toEqual(body.split(/(?<=\.) /));
    expect(v.text).toBe(thread[0]);
    expect(v.report.publishable).toBe(true);
    expect(v.report.used.threadParts).toBe(thread.length);
  });

  it('splits a sentence longer than one post at a word boundary, marking the break with …', () => {
    const long = `Rutan Bengkulu ${'melaksanakan pembinaan kemandirian '.repeat(20).trim()}.`;
    const v = composeX({ body: long }, { options: { xThread: true } });
    const thread = v.thread ?? [];
    expect(thread.length).toBeGreaterThan(1);
    for (const part of thread.slice(0, -1)) expect(part.split('\n\n')[0].endsWith('…')).toBe(true);
    const words = thread
      .map((p) =>
        p
          .replace(/^\d+\/\d+ /, '')
          .split('\n\n')[0]
          .replace(/…$/, ''),
      )
      .join(' ')
      .split(' ');
    expect(words).toEqual(long.split(' '));
  });
});
