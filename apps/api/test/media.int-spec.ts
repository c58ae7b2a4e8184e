import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { ApiTestContext, createApiTestContext } from './api-test-context';
import { filesUnder, jpeg, mp4, noiseJpeg, png } from './media-fixtures';

const IMAGE_CAP = 200_000;

describe('media upload (real Postgres, real disk)', () => {
  let ctx: ApiTestContext;
  let mediaDir: string;
  let editor: string;
  let rutan: string;

  beforeAll(async () => {
    ctx = await createApiTestContext({ MEDIA_MAX_IMAGE_BYTES: String(IMAGE_CAP) });
    mediaDir = ctx.mediaDir;
    editor = await ctx.tokenFor('editor.rutan');
    rutan = ctx.org('rutan-bengkulu');
  });
  afterAll(() => ctx.close());

  const upload = (
    data: Buffer,
    opts: { type?: string; filename?: string; auth?: string; org?: string } = {},
  ) =>
    ctx.http
      .post(
        `/api/v1/media?organizationId=${opts.org ?? rutan}${opts.filename ? `&filename=${opts.filename}` : ''}`,
      )
      .set('Authorization', opts.auth ?? editor)
      .set('Content-Type', opts.type ?? 'application/octet-stream')
      .send(data);

  const stored = async () => ({
    rows: (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM media_assets`))[0].n as number,
    files: filesUnder(mediaDir),
    audit: (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n as number,
  });

  it('stores a JPEG with type, size and dimensions read from the bytes, and serves it back', async () => {
    const data = await jpeg(640, 480);
    const res = await upload(data, { filename: 'kegiatan.jpg' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      organizationId: rutan,
      kind: 'image',
      mime: 'image/jpeg',
      bytes: data.length,
      width: 640,
      height: 480,
      sha256: createHash('sha256').update(data).digest('hex'),
      filename: 'kegiatan.jpg',
      deduplicated: false,
    });
    const meta = await ctx.http.get(`/api/v1/media/${res.body.id}`).set('Authorization', editor).expect(200);
    expect(meta.body.width).toBe(640);
    const content = await ctx.http
      .get(`/api/v1/media/${res.body.id}/content`)
      .set('Authorization', editor)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(content.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(content.body as Buffer, data)).toBe(0);
    const audit = await ctx.dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1`, [
      res.body.id,
    ]);
    expect(audit).toEqual([{ action: 'media.uploaded' }]);
  });

  it('ignores the client’s Content-Type and filename: a PNG called photo.jpg is stored as PNG', async () => {
    const res = await upload(await png(300, 200), { type: 'image/jpeg', filename: 'photo.jpg' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mime: 'image/png', width: 300, height: 200 });
  });

  it('dedupes by sha256 per organization: same bytes, same asset, no second file', async () => {
    const data = await jpeg(500, 500);
    const first = await upload(data);
    expect(first.status).toBe(201);
    const before = await stored();
    const again = await upload(data, { filename: 'lagi.jpg' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, deduplicated: true });
    expect(await stored()).toEqual(before);
  });

  it('dedupes concurrent uploads of the same new bytes to one row and one file', async () => {
    const data = await jpeg(512, 384, 70);
    const before = await stored();
    const results = await Promise.all([upload(data), upload(data), upload(data)]);
    expect(results.map((r) => r.status).sort()).toEqual(expect.arrayContaining([201]));
    results.forEach((r) => expect([200, 201]).toContain(r.status));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const after = await stored();
    expect(after.rows).toBe(before.rows + 1);
    expect(after.files.length).toBe(before.files.length + 1);
  });

  it.each([
    [
      'a text file named .jpg sent as image/jpeg',
      () => Buffer.from('bukan gambar, hanya teks biasa\n'.repeat(20)),
      'image/jpeg',
      415,
      'MEDIA_TYPE_NOT_ALLOWED',
    ],
    [
      'a GIF (not an accepted type)',
      () => Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
      'image/gif',
      415,
      'MEDIA_TYPE_NOT_ALLOWED',
    ],
    ['a 0-byte file', () => Buffer.alloc(0), 'image/jpeg', 400, 'MEDIA_EMPTY'],
    [
      'a JPEG header followed by garbage',
      () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 1)]),
      'image/jpeg',
      422,
      'MEDIA_CORRUPT',
    ],
    [
      'an ftyp box with no movie inside',
      () => Buffer.concat([mp4(10, 10, 1).subarray(0, 32), Buffer.alloc(100)]),
      'video/mp4',
      422,
      'MEDIA_CORRUPT',
    ],
  ])('refuses %s with a clear 4xx and stores nothing', async (_name, make, type, status, code) => {
    const before = await stored();
    const res = await upload(make(), { type, filename: 'foto.jpg' }).set('Accept-Language', 'en');
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toMatch(/\w/);
    expect(await stored()).toEqual(before);
  });

  it('refuses an image over the configured cap while reading it, and stores nothing', async () => {
    const big = await noiseJpeg(700, 700);
    expect(big.length).toBeGreaterThan(IMAGE_CAP);
    const before = await stored();
    const res = await upload(big, { type: 'image/jpeg' });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'MEDIA_TOO_LARGE' });
    expect(res.body.error.message).toContain('195.3 KB');
    expect(await stored()).toEqual(before);
  });

  it('answers in Indonesian by default', async () => {
    const res = await upload(Buffer.from('halo'), { type: 'image/png' });
    expect(res.status).toBe(415);
    expect(res.body.error.message).toMatch(/^Jenis berkas tidak didukung/);
  });

  it('refuses a JSON or form body: the file must be the raw request body', async () => {
    const res = await ctx.http
      .post(`/api/v1/media?organizationId=${rutan}`)
      .set('Authorization', editor)
      .send({ file: 'data:image/jpeg;base64,/9j/' });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('MEDIA_RAW_BODY_REQUIRED');
  });

  it('reads an MP4’s dimensions and duration from its boxes (moov after mdat)', async () => {
    const res = await upload(mp4(1280, 720, 15_500), { type: 'video/quicktime' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'video',
      mime: 'video/mp4',
      width: 1280,
      height: 720,
      durationMs: 15_500,
    });
  });

  it('applies EXIF orientation to width and height', async () => {
    const rotated = await sharp(await jpeg(400, 300))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const res = await upload(rotated);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width: 300, height: 400 });
  });

  it('is scoped: another region’s editor gets 404 on reads and uploads', async () => {
    const mine = await upload(await jpeg(320, 320));
    const medan = await ctx.tokenFor('editor.medan');
    expect((await ctx.http.get(`/api/v1/media/${mine.body.id}`).set('Authorization', medan)).status).toBe(
      404,
    );
    expect(
      (await ctx.http.get(`/api/v1/media/${mine.body.id}/content`).set('Authorization', medan)).status,
    ).toBe(404);
    const before = await stored();
    const res = await upload(await jpeg(321, 321), { auth: medan });
    expect(res.status).toBe(404);
    expect(await stored()).toEqual(before);
    // An approver sees the unit but may not add to it.
    const approver = await ctx.tokenFor('approver.rutan');
    expect((await upload(await jpeg(322, 322), { auth: approver })).status).toBe(403);
  });

  it('lists the media library newest first, scoped, with cursor pages and filters', async () => {
    const list = await ctx.http.get('/api/v1/media?limit=2').set('Authorization', editor).expect(200);
    expect(list.body.items).toHaveLength(2);
    const rows = await ctx.dataSource.query(
      `SELECT id FROM media_assets WHERE organization_id = $1 ORDER BY created_at DESC, id DESC`,
      [rutan],
    );
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual(
      rows.slice(0, 2).map((r: { id: string }) => r.id),
    );
    const next = await ctx.http
      .get(`/api/v1/media?limit=2&cursor=${list.body.nextCursor}`)
      .set('Authorization', editor)
      .expect(200);
    expect(next.body.items[0].id).toBe(rows[2].id);
    const videos = await ctx.http.get('/api/v1/media?kind=video').set('Authorization', editor).expect(200);
    expect(videos.body.items.map((a: { mime: string }) => a.mime)).toEqual(['video/mp4']);
    const medan = await ctx.http
      .get('/api/v1/media')
      .set('Authorization', await ctx.tokenFor('editor.medan'));
    expect(medan.body.items).toEqual([]);
  });

  it('serves signed URLs without a token, and refuses tampered or expired ones', async () => {
    const data = await jpeg(256, 256);
    const res = await upload(data);
    const url = new URL(res.body.publicUrl);
    expect(url.pathname).toBe(`/media-public/${res.body.id}/original`);
    const ok = await ctx.http.get(`${url.pathname}${url.search}`).buffer(true);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('image/jpeg');
    expect(Number(ok.headers['content-length'])).toBe(data.length);

    const sig = url.searchParams.get('sig')!;
    const exp = Number(url.searchParams.get('exp'));
    const tampered = [
      `${url.pathname}?exp=${exp + 3600}&sig=${sig}`,
      `${url.pathname}?exp=${exp}&sig=${sig.slice(0, -2)}AA`,
      `${url.pathname.replace('original', 'title_card')}${url.search}`,
      `${url.pathname}`,
    ];
    for (const path of tampered) {
      const bad = await ctx.http.get(path).set('Accept-Language', 'en');
      expect(bad.status).toBe(403);
      expect(bad.body.error.message).toBe('The media link is invalid or has expired.');
    }
  });
});
