import { GraphErrorBody, TestSandbox, graph, startTestSandbox } from '../testing/sandbox-test-kit';

interface Post {
  id: string;
  message?: string;
  created_time?: string;
  shares?: { count: number };
  reactions?: { data: unknown[]; summary: { total_count: number } };
  comments?: { data: unknown[]; summary: { total_count: number } };
}

describe('Facebook Pages through the Graph API (plain fetch, any /vNN.N prefix)', () => {
  let sb: TestSandbox;
  let pageId: string;
  let pageToken: string;
  let otherPageId: string;
  let otherPageToken: string;
  let userToken: string;
  const v = '/v25.0';

  beforeAll(async () => {
    sb = await startTestSandbox({ startAt: new Date('2026-05-02T03:00:00Z') });
    await sb.control('POST', 'profile', { facebook: { insightsDelaySeconds: 86_400 } });
    const seeded = await sb.seed({
      facebook: [
        {
          name: 'Admin Humas',
          pages: [{ name: 'Humas Kanwil', followers: 15000 }, { name: 'Rutan Kelas I' }],
        },
      ],
    });
    const fb = seeded.facebook[0];
    userToken = fb.userAccessToken!;
    [pageId, otherPageId] = fb.pages.map((p) => p.id);
    [pageToken, otherPageToken] = fb.pages.map((p) => p.accessToken!);
  });
  afterAll(() => sb.close());

  it('publishes a text post (form-encoded, token in the body) and reads it back with counts', async () => {
    const res = await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Siaran pers: layanan paspor',
      access_token: pageToken,
    });
    expect(res.status).toBe(200);
    expect(res.body.id).toMatch(new RegExp(`^${pageId}_\\d+$`));

    const fields =
      'created_time,permalink_url,message,shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)';
    const read = await graph<Post & { permalink_url: string }>(sb.graphOrigin, 'GET', `/${res.body.id}`, {
      fields,
      access_token: pageToken,
    });
    expect(read.body.message).toBe('Siaran pers: layanan paspor');
    expect(read.body.created_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/);
    expect(read.body.shares).toBeUndefined(); // left out while 0
    expect(read.body.reactions).toEqual({ data: [], summary: { viewer_reaction: 'NONE', total_count: 0 } });
    expect(read.body.comments!.summary.total_count).toBe(0);

    await sb.control('POST', 'engage', {
      postId: res.body.id,
      likes: 30,
      reactions: { love: 9 },
      shares: 3,
      comments: 7,
    });
    const after = await graph<Post>(sb.graphOrigin, 'GET', `${v}/${res.body.id}`, {
      fields,
      access_token: pageToken,
    });
    expect(after.body.shares).toEqual({ count: 3 });
    expect(after.body.reactions!.summary.total_count).toBe(39);
    expect(after.body.comments!.summary.total_count).toBe(7);
  });

  it('accepts JSON bodies and a Bearer header too', async () => {
    const res = await fetch(`${sb.graphOrigin}/v26.0/${pageId}/feed`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${pageToken}` },
      body: JSON.stringify({ message: 'Lewat JSON', link: 'https://www.kemenkumham.go.id/berita/1' }),
    });
    expect(res.status).toBe(200);
  });

  it('rejects a duplicate message on the same Page with 506', async () => {
    await graph(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Pesan kembar',
      access_token: pageToken,
    });
    const dup = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Pesan kembar',
      access_token: pageToken,
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error).toMatchObject({
      code: 506,
      message: '(#506) Duplicate status message',
      type: 'OAuthException',
    });
    expect(dup.body.error.fbtrace_id).toBeTruthy();
    const other = await graph(sb.graphOrigin, 'POST', `${v}/${otherPageId}/feed`, {
      message: 'Pesan kembar',
      access_token: otherPageToken,
    });
    expect(other.status).toBe(200);
  });

  it('builds a multi-photo post from unpublished photos downloaded from their URL (both attached_media encodings)', async () => {
    const photo = async (name: string) =>
      (
        await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${pageId}/photos`, {
          url: `${sb.graphOrigin}/__fixtures/${name}`,
          published: 'false',
          access_token: pageToken,
        })
      ).body.id;
    const [a, b, c] = [
      await photo('landscape-1600x900.jpg'),
      await photo('square-1080x1080.jpg'),
      await photo('tiny.png'),
    ];
    const fixtureHits = await sb.control<{ total: number }>('GET', 'requests?pathRegex=%5E%2F__fixtures');
    expect(fixtureHits.total).toBe(0); // fixtures are not journaled; the download really happened though:
    const photoRead = await graph<{ width: number; height: number }>(sb.graphOrigin, 'GET', `/${a}`, {
      fields: 'width,height',
      access_token: pageToken,
    });
    expect(photoRead.body).toMatchObject({ width: 1600, height: 900 });

    const json = await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Galeri kegiatan',
      attached_media: JSON.stringify([{ media_fbid: a }, { media_fbid: b }]),
      access_token: pageToken,
    });
    expect(json.status).toBe(200);
    const att = await graph<{ attachments: { data: Array<{ subattachments: { data: unknown[] } }> } }>(
      sb.graphOrigin,
      'GET',
      `/${json.body.id}`,
      {
        fields: 'attachments',
        access_token: pageToken,
      },
    );
    expect(att.body.attachments.data[0].subattachments.data).toHaveLength(2);

    // A photo can be attached once only.
    const reuse = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Pakai ulang',
      'attached_media[0]': JSON.stringify({ media_fbid: a }),
      access_token: pageToken,
    });
    expect(reuse.body.error.code).toBe(100);
    // Form fields attached_media[0] work for a fresh photo; a photo of another Page does not.
    const form = await graph(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Satu foto',
      'attached_media[0]': JSON.stringify({ media_fbid: c }),
      access_token: pageToken,
    });
    expect(form.status).toBe(200);
  });

  it('rejects a photo URL that is not an image, or cannot be fetched', async () => {
    const text = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${pageId}/photos`, {
      url: `${sb.graphOrigin}/__fixtures/not-an-image.txt`,
      access_token: pageToken,
    });
    expect(text.body.error.code).toBe(324);
    const missing = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${pageId}/photos`, {
      url: `${sb.graphOrigin}/__fixtures/photo-1080x1350.jpg?status=404`,
      access_token: pageToken,
    });
    expect(missing.body.error.code).toBe(324);
  });

  it('publishes a single photo as its own post', async () => {
    const res = await graph<{ id: string; post_id: string }>(
      sb.graphOrigin,
      'POST',
      `${v}/${pageId}/photos`,
      {
        url: `${sb.graphOrigin}/__fixtures/photo-1080x1350.jpg`,
        caption: 'Foto tunggal',
        access_token: pageToken,
      },
    );
    expect(res.body.post_id).toMatch(new RegExp(`^${pageId}_`));
    const post = await graph<Post>(sb.graphOrigin, 'GET', `/${res.body.post_id}`, {
      fields: 'message',
      access_token: pageToken,
    });
    expect(post.body.message).toBe('Foto tunggal');
  });

  it('comments as the Page and deletes; reads of a deleted post fail with 100/33', async () => {
    const { body } = await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Untuk dikomentari',
      access_token: pageToken,
    });
    const c = await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${body.id}/comments`, {
      message: 'Info lengkap di tautan',
      access_token: pageToken,
    });
    expect(c.body.id).toMatch(/^\d+_\d+$/);
    const counts = await graph<Post>(sb.graphOrigin, 'GET', `/${body.id}`, {
      fields: 'comments.summary(total_count).limit(0)',
      access_token: pageToken,
    });
    expect(counts.body.comments!.summary.total_count).toBe(1);

    const del = await graph(sb.graphOrigin, 'DELETE', `${v}/${body.id}`, { access_token: pageToken });
    expect(del.body).toEqual({ success: true });
    const gone = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', `/${body.id}`, {
      access_token: pageToken,
    });
    expect(gone.body.error).toMatchObject({ code: 100, error_subcode: 33 });
    const again = await graph<GraphErrorBody>(sb.graphOrigin, 'DELETE', `/${body.id}`, {
      access_token: pageToken,
    });
    expect(again.body.error.code).toBe(100);
  });

  it('needs the Page token with pages_manage_posts to publish ((#200) otherwise)', async () => {
    const asUser = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'x',
      access_token: userToken,
    });
    expect(asUser.body.error.code).toBe(200);
    const wrongPage = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'x',
      access_token: otherPageToken,
    });
    expect(wrongPage.body.error.code).toBe(200);
    const limited = await sb.seed({
      facebook: [
        {
          name: 'Editor Terbatas',
          scopes: ['pages_show_list', 'pages_read_engagement'],
          pages: [{ name: 'Humas Kanwil' }],
        },
      ],
    });
    const noPublish = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'x',
      access_token: limited.facebook[0].pages[0].accessToken!,
    });
    expect(noPublish.body.error.code).toBe(200);
    expect(noPublish.body.error.message).toContain('pages_manage_posts');
    const post = await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Tanpa izin wawasan',
      access_token: pageToken,
    });
    const noInsights = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', `${v}/${post.body.id}/insights`, {
      metric: 'post_clicks',
      access_token: limited.facebook[0].pages[0].accessToken!,
    });
    expect(noInsights.body.error.code).toBe(10);
  });

  it('serves insights after the delay, growing; a retired metric fails the whole call', async () => {
    const { body } = await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Wawasan',
      access_token: pageToken,
    });
    const metric = 'post_media_view,post_total_media_view_unique,post_clicks,post_reactions_by_type_total';
    const early = await graph<{ data: unknown[] }>(sb.graphOrigin, 'GET', `${v}/${body.id}/insights`, {
      metric,
      access_token: pageToken,
    });
    expect(early.body).toEqual({ data: [] });

    await sb.control('POST', 'clock', { advanceSeconds: 86_400 + 60 });
    type Insights = {
      data: Array<{
        name: string;
        period: string;
        values: Array<{ value: number | Record<string, number> }>;
        id: string;
      }>;
    };
    const day1 = await graph<Insights>(sb.graphOrigin, 'GET', `${v}/${body.id}/insights`, {
      metric,
      access_token: pageToken,
    });
    expect(day1.body.data.map((d) => d.name)).toEqual(metric.split(','));
    expect(day1.body.data[0]).toMatchObject({
      period: 'lifetime',
      id: `${body.id}/insights/post_media_view/lifetime`,
    });
    const views1 = day1.body.data[0].values[0].value as number;
    expect(views1).toBeGreaterThan(0);
    expect(typeof day1.body.data[3].values[0].value).toBe('object');

    await sb.control('POST', 'clock', { advanceSeconds: 86_400 });
    const day2 = await graph<Insights>(sb.graphOrigin, 'GET', `${v}/${body.id}/insights`, {
      metric,
      access_token: pageToken,
    });
    expect(day2.body.data[0].values[0].value as number).toBeGreaterThanOrEqual(views1);

    const retired = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', `${v}/${body.id}/insights`, {
      metric: 'post_media_view,post_impressions',
      access_token: pageToken,
    });
    expect(retired.status).toBe(400);
    expect(retired.body.error).toMatchObject({
      code: 100,
      message: '(#100) The value must be a valid insights metric',
    });
  });

  it('schedules 10 min–30 days ahead; the post moves from scheduled_posts to published_posts on the clock', async () => {
    const now = Date.parse((await sb.control<{ now: string }>('GET', 'clock')).now) / 1000;
    const tooSoon = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Terlalu cepat',
      published: 'false',
      scheduled_publish_time: Math.floor(now + 300),
      access_token: pageToken,
    });
    expect(tooSoon.body.error.code).toBe(100);
    const tooLate = await graph<GraphErrorBody>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Terlalu lama',
      published: 'false',
      scheduled_publish_time: Math.floor(now + 31 * 86_400),
      access_token: pageToken,
    });
    expect(tooLate.body.error.code).toBe(100);

    const ok = await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
      message: 'Terjadwal satu jam lagi',
      published: 'false',
      scheduled_publish_time: Math.floor(now + 3600),
      access_token: pageToken,
    });
    type Listing = { data: Array<{ id: string }> };
    const scheduled = await graph<Listing>(sb.graphOrigin, 'GET', `${v}/${pageId}/scheduled_posts`, {
      access_token: pageToken,
    });
    expect(scheduled.body.data.map((p) => p.id)).toContain(ok.body.id);
    const since = Math.floor(now);
    const before = await graph<Listing>(sb.graphOrigin, 'GET', `${v}/${pageId}/published_posts`, {
      since,
      access_token: pageToken,
    });
    expect(before.body.data.map((p) => p.id)).not.toContain(ok.body.id);

    await sb.control('POST', 'clock', { advanceSeconds: 3601 });
    const after = await graph<Listing>(sb.graphOrigin, 'GET', `${v}/${pageId}/published_posts`, {
      since,
      access_token: pageToken,
    });
    expect(after.body.data.map((p) => p.id)).toContain(ok.body.id);
    const stillScheduled = await graph<Listing>(sb.graphOrigin, 'GET', `${v}/${pageId}/scheduled_posts`, {
      access_token: pageToken,
    });
    expect(stillScheduled.body.data.map((p) => p.id)).not.toContain(ok.body.id);
  });

  it('lists published posts newest first with since and cursor paging (reconciliation)', async () => {
    const since = Math.floor(Date.parse((await sb.control<{ now: string }>('GET', 'clock')).now) / 1000);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sb.control('POST', 'clock', { advanceSeconds: 10 });
      ids.push(
        (
          await graph<{ id: string }>(sb.graphOrigin, 'POST', `${v}/${pageId}/feed`, {
            message: `Rekonsiliasi ${i}`,
            access_token: pageToken,
          })
        ).body.id,
      );
    }
    type Page = {
      data: Array<{ id: string; message: string }>;
      paging?: { next?: string; cursors: { after: string } };
    };
    const first = await graph<Page>(sb.graphOrigin, 'GET', `${v}/${pageId}/published_posts`, {
      since,
      limit: 3,
      fields: 'id,message,created_time',
      access_token: pageToken,
    });
    expect(first.body.data.map((p) => p.id)).toEqual(ids.slice(2).reverse());
    expect(first.body.paging?.next).toBeDefined();
    const next = (await (await fetch(first.body.paging!.next!)).json()) as Page;
    expect(next.data.map((p) => p.id)).toEqual(ids.slice(0, 2).reverse());
    expect(next.paging?.next).toBeUndefined();
  });

  it('answers Page fields and rejects unknown ones with code 100', async () => {
    const res = await graph(sb.graphOrigin, 'GET', `${v}/${pageId}`, {
      fields: 'name,followers_count,fan_count',
      access_token: pageToken,
    });
    expect(res.body).toEqual({ name: 'Humas Kanwil', followers_count: 15000, fan_count: 15000, id: pageId });
    const bad = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', `${v}/${pageId}`, {
      fields: 'name,page_fans',
      access_token: pageToken,
    });
    expect(bad.body.error.code).toBe(100);
  });

  it('reports a missing token (104) and an unknown object (100/33)', async () => {
    const noToken = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', `${v}/${pageId}`);
    expect(noToken.body.error.code).toBe(104);
    const unknown = await graph<GraphErrorBody>(sb.graphOrigin, 'GET', `${v}/999`, {
      access_token: pageToken,
    });
    expect(unknown.body.error).toMatchObject({ code: 100, error_subcode: 33 });
  });
});
