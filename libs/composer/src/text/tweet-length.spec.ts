import fc from 'fast-check';
import { parseTweet } from 'twitter-text';
import { fitsInTweet, hasInvalidTweetCharacters, weightedLength } from './tweet-length';

describe('weightedLength', () => {
  it.each([
    ['日'.repeat(140), 280],
    ['👨‍👩‍👧‍👦', 2],
    ['—', 1],
    ['…', 2],
    ['https://example.com/a/very/long/path/that/is/long hi', 26],
    ['lihat kemenkumham.go.id ya', 32],
    ['Rutan Bengkulu, Selasa (15/10).', 31],
  ])('%j weighs %d (x.md §4)', (text, expected) => {
    expect(weightedLength(text)).toBe(expected);
  });

  it('always agrees with twitter-text parseTweet, fast path or not', () => {
    const pieces = fc.constantFrom(
      'Rutan ',
      'Bengkulu. ',
      '1.250.000 ',
      '“kutipan” ',
      '— ',
      '… ',
      '😀',
      '🇮🇩',
      '日',
      'é',
      'e\u0301',
      'kemenkumham.go.id ',
      'https://a.co/x ',
      'S.H. ',
      '\n',
      'ñ',
      '€',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const text = parts.join('') + noise;
        expect(weightedLength(text)).toBe(parseTweet(text).weightedLength);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fitsInTweet', () => {
  it('accepts 1..280 and rejects empty or longer text', () => {
    expect(fitsInTweet('a'.repeat(280))).toBe(true);
    expect(fitsInTweet('a'.repeat(281))).toBe(false);
    expect(fitsInTweet('')).toBe(false);
    expect(hasInvalidTweetCharacters('a\uFFFF')).toBe(true);
  });
});
