import { figureKnowledge, knownSum } from './unknown-figures';

describe('unknown figures', () => {
  it('reach over X alone is unknown, never the rollup 0', () => {
    expect(figureKnowledge('reach', ['x'])).toBe('unknown');
    expect(knownSum('reach', 0, ['x'])).toBeNull();
  });

  it('reach over X and Facebook is partly unknown: the sum is Facebook reach, flagged', () => {
    expect(figureKnowledge('reach', ['x', 'facebook'])).toBe('partly_unknown');
    expect(knownSum('reach', 40, ['x', 'facebook'])).toBe(40);
  });

  it('a counter every platform reports, or nothing to sum, is known', () => {
    expect(figureKnowledge('views', ['x', 'facebook', 'instagram'])).toBe('known');
    expect(figureKnowledge('reach', [])).toBe('known');
    expect(knownSum('reach', 0, [])).toBe(0);
  });
});
