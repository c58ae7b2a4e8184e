import { startTestSandbox, xClient } from '../testing/sandbox-test-kit';

describe('control API: reset, determinism, clock, profile, engage, journal', () => {
  it('gives the same ids for the same seed and the same sequence of calls', async () => {
    const run = async (seed: number) => {
      const sb = await startTestSandbox({
        seed,
        frozenClock: true,
        startAt: new Date('2026-05-02T00:00:00Z'),
      });
      try {
        const seeded = await sb.seed({
          x: [{ username: 'det_user' }],
          facebook: [{ name: 'Det', pages: [{ name: 'Det Page' }] }],
        });
        const c = xClient(sb.xOrigin, seeded.x[0].accessToken!);
        const ids = [(await c.v2.tweet('satu')).data.id, (await c.v2.tweet('dua')).data.id];
        const metrics = (await c.v2.singleTweet(ids[0], { 'tweet.fields': ['public_metrics'] })).data
          .public_metrics;
        return {
          user: seeded.x[0].id,
          token: seeded.x[0].accessToken,
          page: seeded.facebook[0].pages[0].id,
          ids,
          metrics,
        };
      } finally {
        await sb.close();
      }
    };
    const a = await run(42);
    const b = await run(42);
    const c = await run(7);
    expect(b).toEqual(a);
    expect(c.ids).not.toEqual(a.ids);
  });

  it('resets to a fresh state with demo accounts, and clears journal and faults', async () => {
    const sb = await startTestSandbox();
    try {
      await sb.seed({ x: [{ username: 'gone_on_reset' }] });
      await sb.control('POST', 'faults', [{ pathRegex: '.', action: { status: 500 } }]);
      const reset = await sb.control<{ demoAccounts: { x: Array<{ username: string }> } }>('POST', 'reset', {
        seed: 3,
      });
      expect(reset.demoAccounts.x.map((u) => u.username)).toEqual(['humas_kanwil', 'rutan_demo']);
      const state = await sb.control<{ seed: number; x: { users: Array<{ username: string }> } }>(
        'GET',
        'state',
      );
      expect(state.seed).toBe(3);
      expect(state.x.users.map((u) => u.username)).not.toContain('gone_on_reset');
      expect((await sb.control<{ rules: unknown[] }>('GET', 'faults')).rules).toHaveLength(0);
      expect((await sb.control<{ total: number }>('GET', 'requests')).total).toBe(0);
    } finally {
      await sb.close();
    }
  });

  it('moves the clock forward only, and can freeze it', async () => {
    const sb = await startTestSandbox({ startAt: new Date('2026-05-02T00:00:00Z') });
    try {
      await sb.control('POST', 'clock', { freeze: true, set: '2026-06-01T00:00:00Z' });
      expect((await sb.control<{ now: string }>('GET', 'clock')).now).toBe('2026-06-01T00:00:00.000Z');
      expect((await sb.control<{ now: string }>('POST', 'clock', { advanceSeconds: 90 })).now).toBe(
        '2026-06-01T00:01:30.000Z',
      );
      await expect(sb.control('POST', 'clock', { set: '2026-01-01T00:00:00Z' })).rejects.toThrow(/400/);
    } finally {
      await sb.close();
    }
  });

  it('validates profile patches and returns the merged profile', async () => {
    const sb = await startTestSandbox();
    try {
      const p = await sb.control<{ x: { rateProfile: string; duplicateWindowSeconds: number } }>(
        'POST',
        'profile',
        {
          x: { rateProfile: 'pro', duplicateWindowSeconds: 0 },
        },
      );
      expect(p.x).toMatchObject({ rateProfile: 'pro', duplicateWindowSeconds: 0 });
      await expect(sb.control('POST', 'profile', { x: { duplicateWindow: 5 } })).rejects.toThrow(
        /unknown profile setting x.duplicateWindow/,
      );
      await expect(sb.control('POST', 'profile', { x: { rateProfile: 'gold' } })).rejects.toThrow(
        /rateProfile/,
      );
    } finally {
      await sb.close();
    }
  });

  it('filters the journal by path, method and since, and redacts tokens', async () => {
    const sb = await startTestSandbox();
    try {
      const seeded = await sb.seed({ x: [{ username: 'journal_x' }] });
      const c = xClient(sb.xOrigin, seeded.x[0].accessToken!);
      await c.v2.me();
      const mark = (await sb.control<{ lastSeq: number }>('GET', 'requests')).lastSeq;
      await c.v2.tweet('dicatat');
      await c.v2.me();
      type J = {
        entries: Array<{
          seq: number;
          method: string;
          path: string;
          headers: Record<string, string>;
          bodyDigest: string;
          bodyPreview: string;
          status: number;
          durationMs: number;
        }>;
        total: number;
      };
      const all = await sb.control<J>('GET', `requests?since=${mark}`);
      expect(all.entries.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
        'POST /2/tweets 201',
        'GET /2/users/me 200',
      ]);
      const posts = await sb.control<J>('GET', 'requests?method=post');
      expect(posts.total).toBe(1);
      expect(posts.entries[0].bodyDigest).toMatch(/^[0-9a-f]{16}$/);
      expect(posts.entries[0].bodyPreview).toContain('dicatat');
      expect(posts.entries[0].headers.authorization).toMatch(/^Bearer sbx-at…$/);
      expect(posts.entries[0].headers.authorization).not.toContain(seeded.x[0].accessToken!);
    } finally {
      await sb.close();
    }
  });

  it('adds engagement to any platform post and grows metrics monotonically over time', async () => {
    const sb = await startTestSandbox({ frozenClock: true });
    try {
      const seeded = await sb.seed({ x: [{ username: 'engage_x', followers: 10_000 }] });
      const c = xClient(sb.xOrigin, seeded.x[0].accessToken!);
      const { data } = await c.v2.tweet('diukur');
      let last = -1;
      for (let i = 0; i < 6; i++) {
        const r = await sb.control<{ metrics: { public_metrics: { impression_count: number } } }>(
          'POST',
          'engage',
          { postId: data.id },
        );
        expect(r.metrics.public_metrics.impression_count).toBeGreaterThanOrEqual(last);
        last = r.metrics.public_metrics.impression_count;
        await sb.control('POST', 'clock', { advanceSeconds: 1800 });
      }
      expect(last).toBeGreaterThan(0);
      await expect(sb.control('POST', 'engage', { postId: 'nope', likes: 1 })).rejects.toThrow(/400/);
      await expect(sb.control('POST', 'engage', { postId: data.id, likes: -1 })).rejects.toThrow(/400/);
    } finally {
      await sb.close();
    }
  });
});
