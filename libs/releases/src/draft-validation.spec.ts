import { stableJson } from './create-drafts.use-case';
import type { DraftContent } from './draft-content';
import { validateDraft } from './draft-validation';

const release = {
  title: 'Rutan Bengkulu Gelar Penguatan Kehumasan',
  body: 'BENGKULU - Rutan Kelas IIB Bengkulu menggelar kegiatan penguatan kehumasan, Selasa (15/10), diikuti 40 peserta.',
  linkUrl: null,
};
const content = (over: Partial<DraftContent>): DraftContent => ({
  text: 'Rutan Kelas IIB Bengkulu menggelar kegiatan penguatan kehumasan, Selasa (15/10).',
  hashtags: [],
  mentions: [],
  media: [],
  edited: true,
  ...over,
});

describe('validateDraft', () => {
  it('finds no differences in text taken from the release', () => {
    const v = validateDraft('x', content({}), release, 'id');
    expect(v.factCheck).toEqual({ consistent: true, differences: [] });
    expect(v.report.publishable).toBe(true);
  });

  it('reports a number the release does not state, with path and position, as a warning only', () => {
    const text = 'Kegiatan kehumasan di Rutan Bengkulu diikuti 400 peserta.';
    const v = validateDraft('facebook', content({ text }), release, 'en');
    expect(v.factCheck.consistent).toBe(false);
    expect(v.factCheck.differences).toEqual([
      expect.objectContaining({
        path: 'text',
        start: text.indexOf('400'),
        value: expect.stringContaining('400'),
      }),
    ]);
    expect(v.report.publishable).toBe(true);
    expect(v.report.problems.map((p) => [p.code, p.severity])).toContainEqual([
      'FACT_NOT_IN_RELEASE',
      'warning',
    ]);
  });

  it('checks thread parts and the first comment separately', () => {
    const v = validateDraft(
      'x',
      content({
        thread: ['1/2 Rutan Kelas IIB Bengkulu menggelar kegiatan.', '2/2 Hubungi 0812-3456-7890.'],
        firstComment: 'Jam 09.00 WIB.',
      }),
      release,
      'id',
    );
    expect(v.factCheck.differences.map((d) => d.path)).toEqual(
      expect.arrayContaining(['thread[1]', 'firstComment']),
    );
  });

  it('blocks an Instagram draft without an image', () => {
    const v = validateDraft('instagram', content({ media: [] }), release, 'id');
    expect(v.report.publishable).toBe(false);
  });
});

describe('stableJson', () => {
  it('ignores key order (jsonb reorders keys) and undefined fields', () => {
    expect(stableJson({ b: 1, a: [{ y: 2, x: undefined, z: 'k' }] })).toBe(
      stableJson({ a: [{ z: 'k', y: 2 }], b: 1 }),
    );
    expect(stableJson({ a: 1 })).not.toBe(stableJson({ a: 2 }));
  });
});
