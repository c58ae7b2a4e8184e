import { applyMentions, normaliseHandle } from './mention-applier';

const map = {
  Kemenkumham: { x: '@Kemenkumham_RI', instagram: '@kemenkumhamri', facebook: 'Kemenkumham RI' },
  'Kanwil Kemenkumham Bengkulu': { x: 'kemenkumhambkl', instagram: '@kemenkumham_bengkulu' },
  Ditjenpas: { instagram: '@ditjenpas' },
};

describe('applyMentions', () => {
  it('replaces only the first whole-word occurrence with the platform handle', () => {
    const result = applyMentions('Kemenkumham hadir. Kemenkumham mendukung.', 'x', map);
    expect(result).toEqual({
      text: '@Kemenkumham_RI hadir. Kemenkumham mendukung.',
      mentions: ['@Kemenkumham_RI'],
      edits: [{ start: 0, end: 11, replacement: '@Kemenkumham_RI' }],
    });
  });

  it('uses each platform’s own handle', () => {
    expect(applyMentions('Dukungan Kemenkumham.', 'instagram', map).text).toBe('Dukungan @kemenkumhamri.');
  });

  it('does not tag on Facebook, where plain @names are not Page tags', () => {
    expect(applyMentions('Dukungan Kemenkumham.', 'facebook', map)).toEqual({
      text: 'Dukungan Kemenkumham.',
      mentions: [],
      edits: [],
    });
  });

  it('matches the longest entity first and adds a missing @', () => {
    const result = applyMentions('Kanwil Kemenkumham Bengkulu bersama Kemenkumham.', 'x', map);
    expect(result.text).toBe('@kemenkumhambkl bersama @Kemenkumham_RI.');
    expect(result.mentions).toEqual(['@kemenkumhambkl', '@Kemenkumham_RI']);
  });

  it('leaves names inside quotes, words and links alone and appends nothing', () => {
    const text = '“Kemenkumham hebat,” ujarnya di KemenkumhamNews dan https://kemenkumham.go.id/Kemenkumham';
    expect(applyMentions(text, 'x', map)).toEqual({ text, mentions: [], edits: [] });
  });

  it('skips entities without a handle for the platform and caps the count', () => {
    expect(applyMentions('Ditjenpas dan Kemenkumham.', 'x', map).mentions).toEqual(['@Kemenkumham_RI']);
    expect(applyMentions('Ditjenpas dan Kemenkumham.', 'instagram', map, 1)).toMatchObject({
      text: '@ditjenpas dan Kemenkumham.',
      mentions: ['@ditjenpas'],
    });
  });
});

describe('normaliseHandle', () => {
  it('rejects handles with spaces or markup', () => {
    expect(normaliseHandle('Kemenkumham RI')).toBeNull();
    expect(normaliseHandle('<b>x</b>')).toBeNull();
    expect(normaliseHandle('ditjenpas')).toBe('@ditjenpas');
  });
});
