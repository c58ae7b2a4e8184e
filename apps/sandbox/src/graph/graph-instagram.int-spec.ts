import { GraphErrorBody, TestSandbox, graph, startTestSandbox } from '../testing/sandbox-test-kit';

describe('Instagram content publishing via Facebook Login (container → status → publish)', () => {
  let sb: TestSandbox;
  let ig: string;
  let token: string;
  let fx: (name: string) => string;
  const v = '/v25.0';

  type Status = { id: string; status_code: string; status: string };

  beforeAll(async () => {
    sb = await startTestSandbox({ startAt: new Date('2026-05-02T03:00:00Z'), frozenClock: true });
    await sb.control('POST', 'profile', {
      instagram: { imageProcessingSeconds: 3, videoProcessingSeconds: 30, insightsDelaySeconds: 3600 },
    });
    const seeded = await sb.seed({
      facebook: [
        {
          name: 'Admin IG',
          pages: [{ name: 'Humas IG', instagram: { username: 'humas.ig', followers: 5120 } }],
        },
      ],
    });
    ig = seeded.facebook[0].pages[0].instagram!.id;
    token = seeded.facebook[0].pages[0].accessToken!;
    fx = (name) => `${sb.graphOrigin}/__fixtures/${name}`;
  });
  afterAll(() => sb.close());

  const container = (params: Record<string, string>) =>
    graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${ig}/media`, { ...params, access_token: token });
  const status = async (id: string) =>
    (
      await graph<Status>(sb.graphOrigin, 'GET', `${v}/${id}`, {
        fields: 'status_code,status',
        access_token: token,
      })
    ).body;
  const publish = (id: string) =>
    graph<{ id: string } & GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${ig}/media_publish`, {
      creation_id: id,
      access_token: token,
    });
  const advance = (s: number) => sb.control('POST', 'clock', { advanceSeconds: s });

  it('creates an image container, reports IN_PROGRESS then FINISHED, publishes once, then PUBLISHED', async () => {
    const c = await container({
      image_url: fx('photo-1080x1350.jpg'),
      caption: 'Kegiatan hari ini #humas @kemenkumham',
    });
    expect(c.status).toBe(200);
    expect((await status(c.body.id)).status_code).toBe('IN_PROGRESS');

    const early = await publish(c.body.id);
    expect(early.status).toBe(400);
    expect(early.body.error).toMatchObject({ code: 9007, error_subcode: 2207027 });

    await advance(3);
    expect(await status(c.body.id)).toMatchObject({ status_code: 'FINISHED', id: c.body.id });
    const done = await publish(c.body.id);
    expect(done.status).toBe(200);
    expect(done.body.id).toMatch(/^\d+$/);
    expect((await status(c.body.id)).status_code).toBe('PUBLISHED');

    // A second publish of a PUBLISHED container is refused and creates nothing.
    const twice = await publish(c.body.id);
    expect(twice.status).toBe(400);
    const listing = await graph<{
      data: Array<{ id: string; caption: string; permalink: string; timestamp: string }>;
    }>(sb.graphOrigin, 'GET', `${v}/${ig}/media`, {
      fields: 'id,caption,timestamp,permalink',
      access_token: token,
    });
    expect(listing.body.data.filter((m) => m.caption?.startsWith('Kegiatan hari ini'))).toHaveLength(1);
    expect(listing.body.data[0]).toMatchObject({
      id: done.body.id,
      permalink: expect.stringMatching(/^https:\/\/www\.instagram\.com\/p\/\w+\/$/),
    });
    expect(listing.body.data[0].timestamp).toMatch(/\+0000$/);
  });

  it('checks the downloaded image: JPEG only, ≤ 8 MiB, aspect 0.8–1.91, width 320–1440', async () => {
    const png = await container({ image_url: fx('tiny.png') });
    expect(png.body).toMatchObject({ error: { code: 36001, error_subcode: 2207005 } });
    const wide = await container({ image_url: fx('wide-3000x1000.jpg') });
    expect(wide.body).toMatchObject({ error: { code: 36003, error_subcode: 2207009 } });
    const big = await container({ image_url: fx('big.jpg') });
    expect(big.body).toMatchObject({ error: { code: 36000, error_subcode: 2207004 } });
    const narrow = await container({ image_url: fx('small-200x200.jpg') });
    expect(narrow.body).toMatchObject({ error: { code: 36001 } });
    const unreachable = await container({ image_url: fx('photo-1080x1350.jpg?status=500') });
    expect(unreachable.body).toMatchObject({ error: { code: 9004, error_subcode: 2207052 } });
  });

  it('fails a slow download with -2/2207003', async () => {
    await sb.control('POST', 'profile', { media: { downloadTimeoutMs: 200 } });
    try {
      const slow = await container({ image_url: fx('photo-1080x1350.jpg?delayMs=1000') });
      expect(slow.body).toMatchObject({ error: { code: -2, error_subcode: 2207003, is_transient: true } });
    } finally {
      await sb.control('POST', 'profile', { media: { downloadTimeoutMs: 10_000 } });
    }
  });

  it('refuses text-only posts and captions over the limits (code 100)', async () => {
    expect((await container({ caption: 'hanya teks' })).body).toMatchObject({ error: { code: 100 } });
    const hashtags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(' ');
    expect((await container({ image_url: fx('photo-1080x1350.jpg'), caption: hashtags })).body).toMatchObject(
      { error: { code: 100 } },
    );
    expect(
      (await container({ image_url: fx('photo-1080x1350.jpg'), caption: 'x'.repeat(2201) })).body,
    ).toMatchObject({ error: { code: 100 } });
  });

  it('publishes a carousel of 2–10 finished children, counted once against the quota', async () => {
    const before = await graph<{ data: Array<{ quota_usage: number }> }>(
      sb.graphOrigin,
      'GET',
      `${v}/${ig}/content_publishing_limit`,
      {
        fields: 'config,quota_usage',
        access_token: token,
      },
    );
    const a = await container({ image_url: fx('photo-1080x1350.jpg'), is_carousel_item: 'true' });
    const b = await container({ image_url: fx('square-1080x1080.jpg'), is_carousel_item: 'true' });
    const notReady = await container({
      media_type: 'CAROUSEL',
      children: `${a.body.id},${b.body.id}`,
      caption: 'Galeri',
    });
    expect(notReady.body).toMatchObject({ error: { code: 9007, error_subcode: 2207027 } });
    await advance(3);
    expect(
      (await container({ media_type: 'CAROUSEL', children: a.body.id, caption: 'Satu saja' })).body,
    ).toMatchObject({ error: { code: 100 } });
    const parent = await container({
      media_type: 'CAROUSEL',
      children: `${a.body.id},${b.body.id}`,
      caption: 'Galeri',
    });
    expect(parent.status).toBe(200);
    expect((await publish(a.body.id)).body).toMatchObject({ error: { code: 100 } }); // a child alone
    await advance(3);
    const done = await publish(parent.body.id);
    expect(done.status).toBe(200);
    const media = await graph<{ media_type: string; children: { data: Array<{ id: string }> } }>(
      sb.graphOrigin,
      'GET',
      `${v}/${done.body.id}`,
      {
        fields: 'media_type,children{id,media_type}',
        access_token: token,
      },
    );
    expect(media.body.media_type).toBe('CAROUSEL_ALBUM');
    expect(media.body.children.data).toHaveLength(2);
    const after = await graph<{
      data: Array<{ quota_usage: number; config: { quota_total: number; quota_duration: number } }>;
    }>(sb.graphOrigin, 'GET', `${v}/${ig}/content_publishing_limit`, {
      fields: 'config,quota_usage',
      access_token: token,
    });
    expect(after.body.data[0].quota_usage).toBe(before.body.data[0].quota_usage + 1);
    expect(after.body.data[0].config).toEqual({ quota_total: 100, quota_duration: 86400 });
  });

  it('enforces the rolling 24 h quota with 9/2207042 and frees it as the window rolls', async () => {
    await sb.control('POST', 'profile', { instagram: { quotaTotal: 2 } });
    try {
      const ready = async () => {
        const c = await container({
          image_url: fx('square-1080x1080.jpg'),
          caption: `kuota ${Math.random()}`,
        });
        return c.body.id;
      };
      // Two publishes already happened above (single image and carousel) within the window.
      const id = await ready();
      await advance(3);
      const over = await publish(id);
      expect(over.body.error).toMatchObject({ code: 9, error_subcode: 2207042 });
      const limit = await graph<{ data: Array<{ quota_usage: number }> }>(
        sb.graphOrigin,
        'GET',
        `${v}/${ig}/content_publishing_limit`,
        { access_token: token },
      );
      expect(limit.body.data[0].quota_usage).toBe(2);
      await advance(86_400);
      const id2 = await ready();
      await advance(3);
      expect((await publish(id2)).status).toBe(200);
    } finally {
      await sb.control('POST', 'profile', { instagram: { quotaTotal: 100 } });
    }
  });

  it('processes a Reel; a file that is not a video ends in ERROR with the subcode in `status`', async () => {
    const reel = await container({
      media_type: 'REELS',
      video_url: fx('clip.mp4'),
      caption: 'Reel kegiatan',
    });
    const broken = await container({ media_type: 'REELS', video_url: fx('broken.mp4'), caption: 'Rusak' });
    expect((await status(reel.body.id)).status_code).toBe('IN_PROGRESS');
    await advance(30);
    expect((await status(reel.body.id)).status_code).toBe('FINISHED');
    const err = await status(broken.body.id);
    expect(err.status_code).toBe('ERROR');
    expect(err.status).toMatch(/^Error: .*2207026$/);
    expect((await publish(broken.body.id)).body.error).toMatchObject({ code: -1, error_subcode: 2207032 });
    const published = await publish(reel.body.id);
    const m = await graph<{ media_product_type: string; media_type: string }>(
      sb.graphOrigin,
      'GET',
      `${v}/${published.body.id}`,
      {
        fields: 'media_product_type,media_type',
        access_token: token,
      },
    );
    expect(m.body).toMatchObject({ media_product_type: 'REELS', media_type: 'VIDEO' });
  });

  it('expires a container left unpublished for 24 hours', async () => {
    const c = await container({ image_url: fx('photo-1080x1350.jpg') });
    await advance(86_401);
    expect((await status(c.body.id)).status_code).toBe('EXPIRED');
    expect((await publish(c.body.id)).body.error).toMatchObject({ code: -2, error_subcode: 2207020 });
  });

  it('serves insights only after the delay, rejects retired metrics for the whole call, and takes comments', async () => {
    const c = await container({ image_url: fx('photo-1080x1350.jpg'), caption: 'Wawasan IG' });
    await advance(3);
    const mediaId = (await publish(c.body.id)).body.id;
    const metric = 'views,reach,likes,comments,shares,saved,total_interactions';
    const early = await graph(sb.graphOrigin, 'GET', `${v}/${mediaId}/insights`, {
      metric,
      access_token: token,
    });
    expect(early.body).toEqual({ data: [] });

    const comment = await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${mediaId}/comments`, {
      message: 'Komentar pertama',
      access_token: token,
    });
    expect(comment.body.id).toMatch(/^\d+$/);
    await advance(3600);
    type Insights = { data: Array<{ name: string; values: Array<{ value: number }> }> };
    const later = await graph<Insights>(sb.graphOrigin, 'GET', `${v}/${mediaId}/insights`, {
      metric,
      access_token: token,
    });
    expect(later.body.data.map((d) => d.name)).toEqual(metric.split(','));
    const byName = Object.fromEntries(later.body.data.map((d) => [d.name, d.values[0].value]));
    expect(byName.comments).toBeGreaterThanOrEqual(1);
    expect(byName.total_interactions).toBe(byName.likes + byName.comments + byName.shares + byName.saved);

    for (const retired of ['impressions', 'plays']) {
      const r = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', `${v}/${mediaId}/insights`, {
        metric: `views,${retired}`,
        access_token: token,
      });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe(100);
    }
    const counts = await graph<{ like_count: number; comments_count: number }>(
      sb.graphOrigin,
      'GET',
      `${v}/${mediaId}`,
      {
        fields: 'like_count,comments_count',
        access_token: token,
      },
    );
    expect(counts.body.comments_count).toBeGreaterThanOrEqual(1);
  });

  it('answers the IG user fields used for follower stats', async () => {
    const res = await graph(sb.graphOrigin, 'GET', `${v}/${ig}`, {
      fields: 'username,followers_count,follows_count,media_count',
      access_token: token,
    });
    expect(res.body).toMatchObject({
      id: ig,
      username: 'humas.ig',
      followers_count: 5120,
      follows_count: 80,
    });
  });

  it('requires instagram_content_publish (code 10)', async () => {
    const limited = await sb.seed({
      facebook: [
        {
          name: 'Tanpa Publish',
          scopes: ['instagram_basic', 'pages_show_list'],
          pages: [{ name: 'Humas IG' }],
        },
      ],
    });
    const r = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${ig}/media`, {
      image_url: fx('photo-1080x1350.jpg'),
      access_token: limited.facebook[0].pages[0].accessToken!,
    });
    expect(r.body.error.code).toBe(10);
  });
});
