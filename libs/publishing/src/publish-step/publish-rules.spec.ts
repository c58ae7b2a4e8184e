import { aRow, T0 } from './testing/publish-step.fake';
import { dueAt, isTooLate, lateMessage, preparesAhead, startAt } from './publish-rules';

const media = [
  {
    source: 'asset' as const,
    id: 'm1',
    purpose: 'original' as const,
    mediaKind: 'image' as const,
    mime: 'image/jpeg',
  },
];

describe('publish rules', () => {
  it('media posts and Instagram start their job the prepare lead before their minute', () => {
    expect(preparesAhead('x', { media: [] })).toBe(false);
    expect(preparesAhead('instagram', { media: [] })).toBe(true);
    expect(startAt(aRow({ content: { text: 'a', media } }), 60_000)).toEqual(new Date(T0.getTime() - 60_000));
    expect(startAt(aRow(), 60_000)).toEqual(T0);
  });

  it('a prepared post is due at its minute or its retry time, whichever is later', () => {
    const retry = new Date(T0.getTime() + 5_000);
    expect(dueAt(aRow({ nextAttemptAt: retry }))).toEqual(retry);
    expect(dueAt(aRow())).toEqual(T0);
  });

  it('too late past the node tolerance, else the default', () => {
    const at = (min: number) => new Date(T0.getTime() + min * 60_000);
    expect(isTooLate(aRow(), at(16), 15)).toBe(true);
    expect(isTooLate(aRow(), at(14), 15)).toBe(false);
    expect(isTooLate(aRow({ lateToleranceMinutes: 60 }), at(16), 15)).toBe(false);
    expect(lateMessage(T0, at(16))).toContain('16 minutes');
  });
});
