import { createHash } from 'node:crypto';
import { ApiTestContext, createApiTestContext } from './api-test-context';
import { jpeg } from './media-fixtures';

describe('releases: scoped CRUD, versions, media, idempotent create (real Postgres)', () => {
  let ctx: ApiTestContext;
  let editor: string;
  let rutan: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    editor = await ctx.tokenFor('editor.rutan');
    rutan = ctx.org('rutan-bengkulu');
  });
  afterAll(() => ctx.close());

  const create = (auth: string, body: Record<string, unknown>) =>
    ctx.http.post('/api/v1/releases').set('Authorization', auth).send(body);
  const count = async (table: string) =>
    (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('an editor creates a draft release on their unit; tags are normalised; the change is audited', async () => {
    const res = await create(editor, {
      organizationId: rutan,
      title: 'Rutan Bengkulu Gelar Penguatan Kehumasan',
      body: 'BENGKULU - Rutan Kelas IIB Bengkulu menggelar kegiatan, Selasa (15/10).',
      link: 'https://rutanbengkulu.kemenkumham.go.id/berita/1',
      tags: ['humas pemasyarakatan', '#RutanBengkulu', 'rutanbengkulu'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      organizationId: rutan,
      authorId: ctx.userId('editor.rutan'),
      status: 'draft',
      version: 1,
      language: 'id',
      link: 'https://rutanbengkulu.kemenkumham.go.id/berita/1',
      tags: ['#HumasPemasyarakatan', '#RutanBengkulu'],
      media: [],
    });
    const audit = await ctx.dataSource.query(
      `SELECT action, actor_id FROM audit_events WHERE subject_id = $1`,
      [res.body.id],
    );
    expect(audit).toEqual([{ action: 'release.created', actor_id: ctx.userId('editor.rutan') }]);
  });

  it('reads and writes are scoped: sibling units and other regions get 404, approvers 403', async () => {
    const admin = await ctx.tokenFor('admin');
    const lapas = await create(admin, {
      organizationId: ctx.org('lapas-bengkulu'),
      title: 'Lapas',
      body: 'Isi.',
    });
    expect(lapas.status).toBe(201);
    const mine = await create(editor, { organizationId: rutan, title: 'Milik Rutan', body: 'Isi rilis.' });

    // A unit editor cannot read a sibling unit's release.
    expect(
      (await ctx.http.get(`/api/v1/releases/${lapas.body.id}`).set('Authorization', editor)).status,
    ).toBe(404);
    // Nor create one there.
    expect(
      (await create(editor, { organizationId: ctx.org('lapas-bengkulu'), title: 'x', body: 'y' })).status,
    ).toBe(404);
    // Medan's editor sees nothing of Bengkulu, and changes nothing.
    const medan = await ctx.tokenFor('editor.medan');
    expect((await ctx.http.get(`/api/v1/releases/${mine.body.id}`).set('Authorization', medan)).status).toBe(
      404,
    );
    const hijack = await ctx.http
      .patch(`/api/v1/releases/${mine.body.id}`)
      .set('Authorization', medan)
      .send({ version: 1, title: 'Dibajak' });
    expect(hijack.status).toBe(404);
    expect(
      (await ctx.http.delete(`/api/v1/releases/${mine.body.id}`).set('Authorization', medan)).status,
    ).toBe(404);
    const medanList = await ctx.http.get('/api/v1/releases').set('Authorization', medan).expect(200);
    expect(medanList.body.items).toEqual([]);

    // The unit's approver reads but may not edit.
    const approver = await ctx.tokenFor('approver.rutan');
    await ctx.http.get(`/api/v1/releases/${mine.body.id}`).set('Authorization', approver).expect(200);
    const denied = await ctx.http
      .patch(`/api/v1/releases/${mine.body.id}`)
      .set('Authorization', approver)
      .send({ version: 1, title: 'Diubah' });
    expect(denied.status).toBe(403);

    // The Kanwil supervisor sees both units' releases.
    const supervisor = await ctx.tokenFor('supervisor.bengkulu');
    const all = await ctx.http.get('/api/v1/releases?limit=200').set('Authorization', supervisor).expect(200);
    const ids = all.body.items.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining([lapas.body.id, mine.body.id]));
    const rows = await ctx.dataSource.query(`SELECT title FROM releases WHERE id = $1`, [mine.body.id]);
    expect(rows[0].title).toBe('Milik Rutan');
  });

  it('PATCH needs the version read: a stale one is 409 and changes nothing', async () => {
    const r = await create(editor, { organizationId: rutan, title: 'Versi', body: 'Isi awal.' });
    const first = await ctx.http
      .patch(`/api/v1/releases/${r.body.id}`)
      .set('Authorization', editor)
      .send({ version: 1, body: 'Isi kedua.', link: null, tags: ['Kanwil Bengkulu'] });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      version: 2,
      body: 'Isi kedua.',
      link: null,
      tags: ['#KanwilBengkulu'],
    });
    const stale = await ctx.http
      .patch(`/api/v1/releases/${r.body.id}`)
      .set('Authorization', editor)
      .set('Accept-Language', 'en')
      .send({ version: 1, body: 'Isi ketiga.' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'VERSION_CONFLICT',
      message: 'Someone else changed this (version 2, you sent 1). Reload and try again.',
    });
    const get = await ctx.http.get(`/api/v1/releases/${r.body.id}`).set('Authorization', editor).expect(200);
    expect(get.body).toMatchObject({ version: 2, body: 'Isi kedua.' });
    const audit = await ctx.dataSource.query(
      `SELECT action, data FROM audit_events WHERE subject_id = $1 ORDER BY seq`,
      [r.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['release.created', 'release.updated']);
    expect(audit[1].data.changed.body).toEqual({ from: 'Isi awal.', to: 'Isi kedua.' });
  });

  it('lists newest first with cursor pages and filters by status, node and text', async () => {
    const made: string[] = [];
    for (const t of ['Paging Satu', 'Paging Dua', 'Paging Tiga']) {
      made.push((await create(editor, { organizationId: rutan, title: t, body: 'Uji halaman.' })).body.id);
    }
    const page1 = await ctx.http
      .get('/api/v1/releases?q=Paging&limit=2')
      .set('Authorization', editor)
      .expect(200);
    expect(page1.body.items.map((r: { id: string }) => r.id)).toEqual([made[2], made[1]]);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await ctx.http
      .get(`/api/v1/releases?q=Paging&limit=2&cursor=${page1.body.nextCursor}`)
      .set('Authorization', editor)
      .expect(200);
    expect(page2.body.items.map((r: { id: string }) => r.id)).toEqual([made[0]]);
    expect(page2.body.nextCursor).toBeNull();

    await ctx.http.delete(`/api/v1/releases/${made[0]}`).set('Authorization', editor).expect(200);
    const archived = await ctx.http
      .get('/api/v1/releases?status=archived')
      .set('Authorization', editor)
      .expect(200);
    expect(archived.body.items.map((r: { id: string }) => r.id)).toEqual([made[0]]);
    const supervisor = await ctx.tokenFor('supervisor.bengkulu');
    const lapasOnly = await ctx.http
      .get(`/api/v1/releases?organizationId=${ctx.org('lapas-bengkulu')}`)
      .set('Authorization', supervisor)
      .expect(200);
    expect(
      lapasOnly.body.items.every(
        (r: { organizationId: string }) => r.organizationId === ctx.org('lapas-bengkulu'),
      ),
    ).toBe(true);
    expect(lapasOnly.body.items.length).toBeGreaterThan(0);
  });

  it('archives (DELETE or POST /archive, repeatable) and then refuses edits', async () => {
    const r = await create(editor, { organizationId: rutan, title: 'Arsip', body: 'Isi.' });
    const archived = await ctx.http
      .post(`/api/v1/releases/${r.body.id}/archive`)
      .set('Authorization', editor)
      .send({ version: 1, reason: 'duplikat' });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ status: 'archived', version: 2 });
    const again = await ctx.http.delete(`/api/v1/releases/${r.body.id}`).set('Authorization', editor);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(2);
    const edit = await ctx.http
      .patch(`/api/v1/releases/${r.body.id}`)
      .set('Authorization', editor)
      .send({ version: 2, title: 'Lagi' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('RELEASE_NOT_EDITABLE');
  });

  it('attaches, reorders and detaches media with alt text; only the node’s own assets', async () => {
    const r = await create(editor, { organizationId: rutan, title: 'Foto', body: 'Isi.' });
    const upload = async (auth: string, org: string, w: number) =>
      (
        await ctx.http
          .post(`/api/v1/media?organizationId=${org}`)
          .set('Authorization', auth)
          .set('Content-Type', 'image/jpeg')
          .send(await jpeg(w, 400))
      ).body.id as string;
    const a = await upload(editor, rutan, 600);
    const b = await upload(editor, rutan, 800);
    const foreign = await upload(await ctx.tokenFor('admin'), ctx.org('lapas-bengkulu'), 700);

    const put = (version: number, media: unknown) =>
      ctx.http
        .put(`/api/v1/releases/${r.body.id}/media`)
        .set('Authorization', editor)
        .send({ version, media });
    const set = await put(1, [
      { assetId: a, altText: 'Peserta kegiatan di aula Rutan' },
      { assetId: b, altText: null },
    ]);
    expect(set.status).toBe(200);
    expect(set.body.version).toBe(2);
    expect(set.body.media).toMatchObject([
      { assetId: a, position: 0, altText: 'Peserta kegiatan di aula Rutan', width: 600, mime: 'image/jpeg' },
      { assetId: b, position: 1, altText: null, width: 800 },
    ]);
    const stale = await put(1, [{ assetId: b }]);
    expect(stale.status).toBe(409);
    const refused = await put(2, [{ assetId: foreign }]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('MEDIA_NOT_ATTACHABLE');
    const dup = await put(2, [{ assetId: a }, { assetId: a }]);
    expect(dup.status).toBe(400);
    const reordered = await put(2, [{ assetId: b, altText: 'Foto bersama' }]);
    expect(reordered.body.media).toMatchObject([{ assetId: b, position: 0, altText: 'Foto bersama' }]);
    const get = await ctx.http.get(`/api/v1/releases/${r.body.id}`).set('Authorization', editor).expect(200);
    expect(get.body.media).toHaveLength(1);
    expect(get.body.version).toBe(3);
  });

  it('Idempotency-Key: a repeat returns the first response and creates nothing; another body is refused', async () => {
    const body = { organizationId: rutan, title: 'Idempoten', body: 'Sekali saja.' };
    const before = await count('releases');
    const first = await create(editor, body).set('Idempotency-Key', 'rilis-42');
    expect(first.status).toBe(201);
    const repeat = await create(editor, { body: body.body, title: body.title, organizationId: rutan }).set(
      'Idempotency-Key',
      'rilis-42',
    );
    expect(repeat.status).toBe(201);
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(repeat.body).toEqual(first.body);
    expect(await count('releases')).toBe(before + 1);

    const other = await create(editor, { ...body, title: 'Lain' }).set('Idempotency-Key', 'rilis-42');
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Keys are per user: another editor's identical key is a different request.
    const admin = await ctx.tokenFor('admin');
    const theirs = await create(admin, body).set('Idempotency-Key', 'rilis-42');
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(first.body.id);
    // A refused first attempt does not burn the key.
    const invalid = await create(editor, { ...body, title: '' }).set('Idempotency-Key', 'rilis-43');
    expect(invalid.status).toBe(400);
    const retry = await create(editor, body).set('Idempotency-Key', 'rilis-43');
    expect(retry.status).toBe(201);
    expect(await count('releases')).toBe(before + 3);
  });

  it('Idempotency-Key: concurrent repeats create one release', async () => {
    const body = { organizationId: rutan, title: 'Serentak', body: 'Dikirim dua kali bersamaan.' };
    const before = await count('releases');
    const results = await Promise.all(
      Array.from({ length: 4 }, () => create(editor, body).set('Idempotency-Key', 'serentak-1')),
    );
    // Each repeat is either the replayed first answer or told the first is still running; never a second row.
    for (const r of results) expect([201, 409]).toContain(r.status);
    const created = results.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    results
      .filter((r) => r.status === 409)
      .forEach((r) => expect(r.body.error.code).toBe('IDEMPOTENCY_IN_PROGRESS'));
    expect(await count('releases')).toBe(before + 1);
  });

  it('Idempotency-Key: a claim abandoned by a crashed request is taken over, a fresh one is not', async () => {
    const body = { organizationId: rutan, title: 'Setelah crash', body: 'Isi.' };
    // What the interceptor hashes: method, path and the body with sorted keys.
    const hash = createHash('sha256')
      .update(
        JSON.stringify([
          'POST',
          '/api/v1/releases',
          { body: body.body, organizationId: rutan, title: body.title },
        ]),
      )
      .digest('hex');
    const claim = (key: string, age: string) =>
      ctx.dataSource.query(
        `INSERT INTO idempotency_keys (user_id, key, request_hash, status_code, response, created_at)
         VALUES ($1, $2, $3, 0, '{}', now() - $4::interval)`,
        [ctx.userId('editor.rutan'), key, hash, age],
      );
    await claim('busy-1', '1 second');
    const busy = await create(editor, body).set('Idempotency-Key', 'busy-1');
    expect(busy.status).toBe(409);
    expect(busy.body.error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    await claim('crash-1', '10 minutes');
    const taken = await create(editor, body).set('Idempotency-Key', 'crash-1');
    expect(taken.status).toBe(201);
    const replay = await create(editor, body).set('Idempotency-Key', 'crash-1');
    expect(replay.body.id).toBe(taken.body.id);
  });
  it('a release carries the day of its event: set on create, changed or cleared on PATCH, refused when not a day', async () => {
    const made = await create(editor, {
      organizationId: ctx.org('rutan-bengkulu'),
      title: 'Penguatan Kehumasan',
      body: 'BENGKULU - Rutan menggelar kegiatan, Selasa (15/10).',
      eventDate: '2024-10-15',
    });
    expect(made.status).toBe(201);
    expect(made.body.eventDate).toBe('2024-10-15');
    const cleared = await ctx.http
      .patch(`/api/v1/releases/${made.body.id}`)
      .set('Authorization', editor)
      .send({ version: made.body.version, eventDate: null });
    expect([cleared.status, cleared.body.eventDate]).toEqual([200, null]);
    const bad = await ctx.http
      .patch(`/api/v1/releases/${made.body.id}`)
      .set('Authorization', editor)
      .set('Accept-Language', 'en')
      .send({ version: cleared.body.version, eventDate: '15/10/2024' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      expect.objectContaining({ field: 'eventDate', code: 'rule.date' }),
    ]);
  });
});
