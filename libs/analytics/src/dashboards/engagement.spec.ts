import { change, engagementRate } from './engagement';

describe('engagement rate', () => {
  const c = { views: 200, likes: 10, comments: 5, shares: 3, saves: 2 };

  it('is engagements over views, or over followers where views are unknown', () => {
    expect(engagementRate(c, 1000)).toBe(0.1);
    expect(engagementRate({ ...c, views: 0 }, 1000)).toBe(0.02);
    expect(engagementRate({ ...c, views: 0 }, null)).toBeNull();
    expect(engagementRate({ ...c, views: 0 }, 0)).toBeNull();
  });

  it('is unknown when computed from unknown figures', () => {
    expect(engagementRate({ views: null, likes: 4, comments: 1, shares: null, saves: null }, 100)).toBe(0.05);
    expect(
      engagementRate({ views: null, likes: 4, comments: 1, shares: null, saves: null }, null),
    ).toBeNull();
    expect(
      engagementRate({ views: 100, likes: null, comments: null, shares: null, saves: null }, 5),
    ).toBeNull();
  });

  it('change is absolute and percent, with no percent from zero', () => {
    expect(change(150, 100)).toEqual({ absolute: 50, percent: 50 });
    expect(change(0, 3)).toEqual({ absolute: -3, percent: -100 });
    expect(change(5, 0)).toEqual({ absolute: 5, percent: null });
  });
});
