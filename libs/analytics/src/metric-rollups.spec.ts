import { computeRollups, localDay, SnapshotForRollup } from './metric-rollups';

const snap = (id: number, at: string, v: Partial<SnapshotForRollup>): SnapshotForRollup => ({
  id,
  postId: 'p1',
  organizationId: 'o1',
  socialAccountId: 'a1',
  platform: 'facebook',
  capturedAt: new Date(at),
  views: null,
  reach: null,
  likes: null,
  comments: null,
  shares: null,
  saves: null,
  clicks: null,
  ...v,
});

describe('computeRollups', () => {
  it('reads local days in the node zone', () => {
    expect(localDay(new Date('2026-03-01T17:30:00Z'), 'Asia/Jakarta')).toBe('2026-03-02');
    expect(localDay(new Date('2026-03-01T16:59:59Z'), 'Asia/Jakarta')).toBe('2026-03-01');
  });

  it('keeps the latest known value per metric (unknown never erases it) and gains per day', () => {
    const { postDaily, nodeDaily } = computeRollups(
      [
        // Given out of order: day 2 first, then day 1 twice (the later capture wins).
        snap(3, '2026-03-02T05:00:00Z', { likes: 9, views: null }),
        snap(1, '2026-03-01T01:00:00Z', { likes: 2, views: 100 }),
        snap(2, '2026-03-01T03:00:00Z', { likes: 4, views: null }),
      ],
      () => 'Asia/Jakarta',
    );
    expect(postDaily.map((r) => [r.day, r.views, r.likes])).toEqual([
      ['2026-03-01', 100, 4],
      ['2026-03-02', 100, 9],
    ]);
    expect(nodeDaily.map((r) => [r.day, r.views, r.likes])).toEqual([
      ['2026-03-01', 100, 4],
      ['2026-03-02', 0, 5],
    ]);
  });

  it('breaks ties between snapshots of the same instant by insertion order', () => {
    const at = '2026-03-01T01:00:00Z';
    const { postDaily } = computeRollups([snap(2, at, { likes: 5 }), snap(1, at, { likes: 3 })], () => 'UTC');
    expect(postDaily[0].likes).toBe(5);
  });
});
