import fc from 'fast-check';
import { organicMetrics } from './metrics-model';

const RATES = { likes: [0.01, 0.05], shares: [0, 0.003] } as const;

describe('organicMetrics', () => {
  it('never decreases as time passes (any seed, post, audience, pair of instants)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 90 * 86_400_000 }),
        fc.integer({ min: 0, max: 90 * 86_400_000 }),
        (seed, id, followers, a, b) => {
          const at = (until: number) =>
            organicMetrics({ seed, id, since: 0, until, followers, tauHours: 12, autoGrowth: true }, RATES);
          const [early, late] = a <= b ? [at(a), at(b)] : [at(b), at(a)];
          for (const k of Object.keys(early)) expect(late[k]).toBeGreaterThanOrEqual(early[k]);
        },
      ),
    );
  });

  it('is a pure function of its inputs, and zero when growth is off', () => {
    const input = {
      seed: 1,
      id: '19',
      since: 0,
      until: 3_600_000 * 5,
      followers: 5000,
      tauHours: 3,
      autoGrowth: true,
    };
    expect(organicMetrics(input, RATES)).toEqual(organicMetrics(input, RATES));
    expect(organicMetrics(input, RATES).views).toBeGreaterThan(0);
    expect(organicMetrics({ ...input, autoGrowth: false }, RATES)).toEqual({ views: 0, likes: 0, shares: 0 });
  });
});
