import { joinBlocks, normaliseText } from './text-normaliser';

describe('normaliseText', () => {
  it('unifies line ends, spaces and blank lines, and removes characters X rejects', () => {
    const pasted = '\uFEFFBENGKULU -\u00A0Rutan  menggelar\tacara. \r\n\r\n\r\n\r\nParagraf\u200B kedua.  ';
    expect(normaliseText(pasted)).toBe('BENGKULU - Rutan menggelar acara.\n\nParagraf kedua.');
  });

  it('composes accents (NFC) so lengths match what platforms count', () => {
    expect(normaliseText('Cafe\u0301')).toBe('Café');
  });
});

describe('joinBlocks', () => {
  it('joins non-empty blocks with a blank line', () => {
    expect(joinBlocks(['Lead', undefined, ' ', 'https://a.go.id', '#Tag'])).toBe(
      'Lead\n\nhttps://a.go.id\n\n#Tag',
    );
  });
});
