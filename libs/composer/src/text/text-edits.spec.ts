import { splitSentences } from './sentence-splitter';
import { remapSentences } from './text-edits';

describe('remapSentences', () => {
  it('gives the same sentences as splitting the edited text again', () => {
    const text = 'Kanwil Kemenkumham hadir. Kemenkumham mendukung. Ditjenpas juga.';
    const edits = [
      { start: 7, end: 18, replacement: '@Kemenkumham_RI' },
      { start: 50, end: 59, replacement: '@ditjenpas' },
    ];
    const edited = 'Kanwil @Kemenkumham_RI hadir. Kemenkumham mendukung. @ditjenpas juga.';
    expect(remapSentences(splitSentences(text), edits, edited)).toEqual(splitSentences(edited));
  });

  it('refuses an edit that crosses a sentence boundary', () => {
    const text = 'Satu dua. Tiga empat.';
    expect(
      remapSentences(splitSentences(text), [{ start: 5, end: 14, replacement: 'x' }], 'Satu x empat.'),
    ).toBeNull();
  });
});
