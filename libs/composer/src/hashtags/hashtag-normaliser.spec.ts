import { findHashtags, hashtagsNotInText, mergeHashtags, normaliseHashtag } from './hashtag-normaliser';
import { pickHashtagsThatFit } from './hashtag-picker';

describe('normaliseHashtag', () => {
  it.each([
    ['#KemenkumhamBengkulu', '#KemenkumhamBengkulu'],
    ['KemenkumhamBengkulu', '#KemenkumhamBengkulu'],
    ['kemenkumham bengkulu', '#KemenkumhamBengkulu'],
    ['Pemasyarakatan Pasti Bermanfaat!', '#PemasyarakatanPastiBermanfaat'],
    ['#humas', '#humas'],
    ['WBK/WBBM', '#WBKWBBM'],
    ['HUT ke-79 RI', '#HUTKe79RI'],
    ['  #kemenkumham_ri ', '#kemenkumham_ri'],
    ['#Pemasyarakatan.', '#Pemasyarakatan'],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseHashtag(raw)).toBe(expected);
  });

  it.each(['', '#', '!!!', '2024', '#12_3'])('rejects %j', (raw) => {
    expect(normaliseHashtag(raw)).toBeNull();
  });
});

describe('mergeHashtags', () => {
  it('keeps node defaults first, dedupes case-insensitively and keeps the first casing', () => {
    const merged = mergeHashtags(
      ['#KemenkumhamBengkulu', 'Pemasyarakatan Pasti Bermanfaat'],
      ['kemenkumhambengkulu', 'Humas', '#HUMAS', 'Rutan Bengkulu'],
    );
    expect(merged).toEqual([
      '#KemenkumhamBengkulu',
      '#PemasyarakatanPastiBermanfaat',
      '#Humas',
      '#RutanBengkulu',
    ]);
  });

  it('tolerates missing lists', () => {
    expect(mergeHashtags(undefined, ['a'])).toEqual(['#a']);
  });
});

describe('hashtags in text', () => {
  it('finds hashtags as platforms count them, not anchors in links or numbers', () => {
    expect(findHashtags('Lihat #Humas dan #2024 serta https://a.go.id/#bagian, #Rutan_2')).toEqual([
      '#Humas',
      '#Rutan_2',
    ]);
  });

  it('skips tags already written inline', () => {
    expect(hashtagsNotInText(['#Humas', '#Rutan'], 'Kegiatan #humas hari ini')).toEqual(['#Rutan']);
  });
});

describe('pickHashtagsThatFit', () => {
  it('keeps priority order, skips a tag that does not fit and stops at the maximum', () => {
    const fits = (tags: string[]) => tags.join(' ').length <= 20;
    expect(
      pickHashtagsThatFit(['#Satu', '#SangatPanjangSekali', '#Dua', '#Tiga', '#Empat'], fits, 3),
    ).toEqual({
      chosen: ['#Satu', '#Dua', '#Tiga'],
      dropped: ['#SangatPanjangSekali', '#Empat'],
    });
  });
});
