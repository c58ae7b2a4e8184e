import { xProblemType } from '@warta/config';
import { ApiResponseError, EUploadMimeType, TwitterApi } from 'twitter-api-v2';
import { TestSandbox, startTestSandbox, xClient } from '../testing/sandbox-test-kit';

async function fixture(sb: TestSandbox, name: string): Promise<Buffer> {
  return Buffer.from(await (await fetch(`${sb.xOrigin}/__fixtures/${name}`)).arrayBuffer());
}

describe('X v2 media upload (initialize → append → finalize → STATUS)', () => {
  let sb: TestSandbox;
  let client: TwitterApi;
  let token: string;

  beforeAll(async () => {
    sb = await startTestSandbox();
    await sb.control('POST', 'profile', { x: { mediaProcessingSeconds: 2 } });
    const seeded = await sb.seed({ x: [{ username: 'media_humas' }, { username: 'media_other' }] });
    token = seeded.x[0].accessToken!;
    client = xClient(sb.xOrigin, token);
  });
  afterAll(() => sb.close());

  it('uploads an image in chunks (multipart part without filename), sets alt text and posts it', async () => {
    const jpeg = await fixture(sb, 'photo-1080x1350.jpg');
    // Small chunks force several APPEND calls through the library's multipart encoder.
    const mediaId = await client.v2.uploadMedia(jpeg, { media_type: EUploadMimeType.Jpeg }, 8 * 1024);
    expect(mediaId).toMatch(/^\d{19}$/);
    const appends = await sb.control<{ total: number }>(
      'GET',
      `requests?pathRegex=${encodeURIComponent(`/2/media/upload/${mediaId}/append`)}`,
    );
    expect(appends.total).toBe(Math.ceil(jpeg.length / (8 * 1024)));
    await client.v2.createMediaMetadata(mediaId, { alt_text: { text: 'Foto kegiatan penyuluhan hukum' } });

    const tweet = await client.v2.tweet('Foto kegiatan', { media: { media_ids: [mediaId] } });
    expect(tweet.data.text).toMatch(/^Foto kegiatan https:\/\/t\.co\/\w{10}$/);
    const read = await client.v2.singleTweet(tweet.data.id, {
      expansions: ['attachments.media_keys'],
      'media.fields': ['width', 'height', 'alt_text', 'type'],
    });
    expect(read.includes?.media?.[0]).toMatchObject({
      type: 'photo',
      width: 1080,
      height: 1350,
      alt_text: 'Foto kegiatan penyuluhan hukum',
    });
  });

  it('processes a video on the virtual clock; the library polls STATUS until it succeeds', async () => {
    const mp4 = await fixture(sb, 'clip.mp4');
    const mediaId = await client.v2.uploadMedia(mp4, { media_type: EUploadMimeType.Mp4 });
    const polls = await sb.control<{ entries: Array<{ query: Record<string, string> }> }>(
      'GET',
      'requests?path=/2/media/upload&method=GET',
    );
    expect(polls.entries.length).toBeGreaterThanOrEqual(1);
    expect(polls.entries.every((e) => e.query.command === 'STATUS' && e.query.media_id === mediaId)).toBe(
      true,
    );
    const tweet = await client.v2.tweet('Video kegiatan', { media: { media_ids: [mediaId] } });
    expect(tweet.data.id).toBeDefined();
  });

  it('reports pending then in_progress (always with check_after_secs) then succeeded', async () => {
    await sb.control('POST', 'clock', { freeze: true });
    try {
      const id = await manualUpload(sb, token, await fixture(sb, 'clip.mp4'), 'video/mp4');
      const status = async () => {
        const r = await fetch(`${sb.xOrigin}/2/media/upload?command=STATUS&media_id=${id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return (
          (await r.json()) as { data: { processing_info: { state: string; check_after_secs?: number } } }
        ).data.processing_info;
      };
      expect(await status()).toMatchObject({ state: 'pending', check_after_secs: expect.any(Number) });
      await sb.control('POST', 'clock', { advanceSeconds: 1 });
      expect(await status()).toMatchObject({ state: 'in_progress', check_after_secs: expect.any(Number) });
      // Posting while still processing is refused.
      const err = (await client.v2
        .tweet('terlalu cepat', { media: { media_ids: [id] } })
        .catch((e: unknown) => e)) as ApiResponseError;
      expect(err.code).toBe(400);
      await sb.control('POST', 'clock', { advanceSeconds: 2 });
      expect((await status()).state).toBe('succeeded');
    } finally {
      await sb.control('POST', 'clock', { freeze: false });
    }
  });

  it('fails processing for bytes that are not a video, and the library throws', async () => {
    const bogus = await fixture(sb, 'broken.mp4');
    await expect(client.v2.uploadMedia(bogus, { media_type: EUploadMimeType.Mp4 })).rejects.toThrow(
      /Media processing failed/,
    );
  });

  it('fails FINALIZE when the appended bytes do not add up to total_bytes', async () => {
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const init = await fetch(`${sb.xOrigin}/2/media/upload/initialize`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ media_type: 'image/jpeg', total_bytes: 5000, media_category: 'tweet_image' }),
    });
    const { data } = (await init.json()) as { data: { id: string } };
    await fetch(`${sb.xOrigin}/2/media/upload/${data.id}/append`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ segment_index: 0, media: Buffer.alloc(100).toString('base64') }),
    });
    const fin = await fetch(`${sb.xOrigin}/2/media/upload/${data.id}/finalize`, {
      method: 'POST',
      headers: auth,
      body: '{}',
    });
    expect(fin.status).toBe(400);
    expect(JSON.stringify(await fin.json())).toContain('Segments do not add up');
  });

  it('enforces the media mix rules: ≤ 4 images, one video alone, no foreign or unknown ids', async () => {
    const png = await fixture(sb, 'tiny.png');
    const images = [];
    for (let i = 0; i < 5; i++)
      images.push(await client.v2.uploadMedia(png, { media_type: EUploadMimeType.Png }));
    await expect(
      client.v2.tweet('empat foto', {
        media: { media_ids: images.slice(0, 4) as [string, string, string, string] },
      }),
    ).resolves.toBeDefined();
    const five = (await client.v2
      .tweet('lima foto', { media: { media_ids: images as unknown as [string, string, string, string] } })
      .catch((e: unknown) => e)) as ApiResponseError;
    expect(five.code).toBe(400);

    const video = await client.v2.uploadMedia(await fixture(sb, 'clip.mp4'), {
      media_type: EUploadMimeType.Mp4,
    });
    const mixed = (await client.v2
      .tweet('campur', { media: { media_ids: [images[4], video] } })
      .catch((e: unknown) => e)) as ApiResponseError;
    expect(mixed.code).toBe(400);
    expect((mixed.data.errors?.[0] as { parameters?: Record<string, unknown> }).parameters).toHaveProperty([
      'media.media_ids',
    ]);

    const unknown = (await client.v2
      .tweet('tidak dikenal', { media: { media_ids: ['1890000000000000001'] } })
      .catch((e: unknown) => e)) as ApiResponseError;
    expect(unknown.code).toBe(400);

    const other = await sb.seed({ x: [{ username: 'media_other' }] });
    const foreign = (await xClient(sb.xOrigin, other.x[0].accessToken!)
      .v2.tweet('bukan milikku', { media: { media_ids: [images[4]] } })
      .catch((e: unknown) => e)) as ApiResponseError;
    expect(foreign.code).toBe(400);
  });

  it('expires media ids after expires_after_secs', async () => {
    const id = await client.v2.uploadMedia(await fixture(sb, 'tiny.png'), {
      media_type: EUploadMimeType.Png,
    });
    await sb.control('POST', 'clock', { advanceSeconds: 86_401 });
    const fresh = await sb.seed({ x: [{ username: 'media_humas' }] });
    const err = (await xClient(sb.xOrigin, fresh.x[0].accessToken!)
      .v2.tweet('kedaluwarsa', { media: { media_ids: [id] } })
      .catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(400);
  });

  it('rejects uploads without the media.write scope', async () => {
    const ro = await sb.seed({
      x: [{ username: 'no_media', scopes: ['tweet.read', 'tweet.write', 'users.read'] }],
    });
    const err = (await xClient(sb.xOrigin, ro.x[0].accessToken!)
      .v2.uploadMedia(Buffer.from('x'), { media_type: EUploadMimeType.Png })
      .catch((e: unknown) => e)) as ApiResponseError;
    expect(err.code).toBe(403);
    expect(err.data.type).toBe(xProblemType('client-forbidden'));
  });
});

async function manualUpload(
  sb: TestSandbox,
  token: string,
  data: Buffer,
  mediaType: string,
): Promise<string> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const init = await fetch(`${sb.xOrigin}/2/media/upload/initialize`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ media_type: mediaType, total_bytes: data.length }),
  });
  const id = ((await init.json()) as { data: { id: string } }).data.id;
  const form = new FormData();
  form.append('segment_index', '0');
  form.append('media', new Blob([new Uint8Array(data)]));
  await fetch(`${sb.xOrigin}/2/media/upload/${id}/append`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const fin = await fetch(`${sb.xOrigin}/2/media/upload/${id}/finalize`, {
    method: 'POST',
    headers,
    body: '{}',
  });
  expect(fin.status).toBe(200);
  return id;
}
