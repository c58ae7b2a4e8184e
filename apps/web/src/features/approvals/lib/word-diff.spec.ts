import { elideUnchanged, wordDiff } from './word-diff';

const join = (parts: { kind: string; text: string }[], kinds: string[]) =>
  parts
    .filter((p) => kinds.includes(p.kind))
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks the words that were replaced, and keeps the rest as it was', () => {
    const parts = wordDiff('Acara digelar Selasa 15/10 di aula.', 'Acara digelar Selasa 15 Oktober di aula.');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['15/10']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['15 Oktober']);
    expect(parts[0]).toEqual({ kind: 'same', text: 'Acara digelar Selasa ' });
  });

  it('rebuilds the new text exactly, and the old one word for word', () => {
    const before = 'Satu dua  tiga\n\nempat lima';
    const after = 'Satu tiga\n\nempat enam lima tujuh';
    const parts = wordDiff(before, after);
    expect(join(parts, ['same', 'added'])).toBe(after);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(join(parts, ['same', 'removed']))).toEqual(words(before));
  });

  it('keeps a replaced phrase together', () => {
    const parts = wordDiff('pada Selasa (15/10) di aula.', 'pada Selasa 15 Oktober di aula utama.');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([
      '15 Oktober',
      'aula utama.',
    ]);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['(15/10)', 'aula.']);
  });

  it('answers one unchanged part for equal texts', () => {
    expect(wordDiff('sama saja', 'sama saja')).toEqual([{ kind: 'same', text: 'sama saja' }]);
  });
});

describe('elideUnchanged', () => {
  it('keeps the words around a change and cuts the long unchanged text between', () => {
    const long = Array.from({ length: 200 }, (_, i) => `kata${i}`).join(' ');
    const parts = elideUnchanged(wordDiff(`${long} lama ${long}`, `${long} baru ${long}`));
    const text = parts.map((p) => p.text).join('');
    expect(text.length).toBeLessThan(400);
    expect(text.startsWith('… ')).toBe(true);
    expect(text).toContain('kata199 lama');
    expect(parts.find((p) => p.kind === 'added')?.text.trim()).toBe('baru');
  });
});
