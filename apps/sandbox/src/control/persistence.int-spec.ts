import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graph, startTestSandbox, xClient } from '../testing/sandbox-test-kit';

describe('state persistence across a restart', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'warta-sandbox-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps accounts, tokens, posts, media and the clock; new ids do not collide with old ones', async () => {
    const first = await startTestSandbox({ dataDir: dir, startAt: new Date('2026-05-02T00:00:00Z') });
    const seeded = await first.seed({
      x: [{ username: 'persist_x' }],
      facebook: [{ name: 'Persist FB', pages: [{ name: 'Persist Page' }] }],
    });
    const token = seeded.x[0].accessToken!;
    const c1 = xClient(first.xOrigin, token);
    const tweet = await c1.v2.tweet('Sebelum restart');
    const pageId = seeded.facebook[0].pages[0].id;
    const pageToken = seeded.facebook[0].pages[0].accessToken!;
    const post = await graph<{ id: string; post_id?: string }>(
      first.graphOrigin,
      'POST',
      `/${pageId}/photos`,
      {
        url: `${first.graphOrigin}/__fixtures/photo-1080x1350.jpg`,
        caption: 'Foto sebelum restart',
        access_token: pageToken,
      },
    );
    await first.control('POST', 'clock', { advanceSeconds: 600 });
    await first.close();

    const saved = JSON.parse(readFileSync(join(dir, 'sandbox-state.json'), 'utf8')) as {
      state: { x: { tweets: Record<string, unknown> } };
    };
    expect(Object.keys(saved.state.x.tweets)).toContain(tweet.data.id);

    const second = await startTestSandbox({ dataDir: dir });
    try {
      const clock = await second.control<{ now: string }>('GET', 'clock');
      expect(Date.parse(clock.now)).toBeGreaterThanOrEqual(Date.parse('2026-05-02T00:10:00Z'));
      const c2 = xClient(second.xOrigin, token);
      const read = await c2.v2.singleTweet(tweet.data.id);
      expect(read.data.text).toBe('Sebelum restart');
      const next = await c2.v2.tweet('Sesudah restart');
      expect(BigInt(next.data.id)).toBeGreaterThan(BigInt(tweet.data.id));
      const dup = await c2.v2.tweet('Sebelum restart').catch((e: { code?: number }) => e);
      expect((dup as { code: number }).code).toBe(403);

      const photoPost = await graph<{ message: string; full_picture: string }>(
        second.graphOrigin,
        'GET',
        `/${post.body.post_id ?? ''}`,
        {
          fields: 'message',
          access_token: pageToken,
        },
      );
      expect(photoPost.body.message).toBe('Foto sebelum restart');
      const media = await fetch(`${second.graphOrigin}/__media/fb-${post.body.id}`);
      expect(media.status).toBe(200);
      expect(media.headers.get('content-type')).toBe('image/jpeg');
    } finally {
      await second.close();
    }
  });

  it('keeps nothing when dataDir is null', async () => {
    const a = await startTestSandbox({ dataDir: null });
    await a.seed({ x: [{ username: 'ephemeral' }] });
    await a.close();
    const b = await startTestSandbox({ dataDir: null });
    const state = await b.control<{ x: { users: unknown[] } }>('GET', 'state');
    expect(state.x.users).toHaveLength(0);
    await b.close();
  });
});
