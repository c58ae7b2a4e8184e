import fixture from '../../../libs/composer/src/__fixtures__/rutan-bengkulu-kehumasan.json';
import { weightedLength } from '@warta/composer';
import sharp from 'sharp';
import type { Platform } from '@warta/core';
import { aConnectedAccount, TestAccountStatus } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';
import { filesUnder, jpeg } from './media-fixtures';

interface MediaRef {
  source: string;
  id: string;
  assetId: string | null;
  purpose: string;
  mime: string;
  width: number;
  height: number;
  altText?: string;
  url: string;
}
interface DraftView {
  id: string;
  platform: string;
  socialAccountId: string;
  version: number;
  outcome?: string;
  text: string;
  edited: boolean;
  media: MediaRef[];
  report: { publishable: boolean; problems: { code: string; message: string; severity: string }[] };
  factCheck: {
    consistent: boolean;
    differences: { path: string; kind: string; value: string; start: number; end: number }[];
  };
}

describe('drafts: one per connected account, with rendered media (real Postgres, real disk)', () => {
  let ctx: ApiTestContext;
  let mediaDir: string;
  let editor: string;
  let rutan: string;
  const accounts: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createApiTestContext();
    mediaDir = ctx.mediaDir;
    editor = await ctx.tokenFor('editor.rutan');
    rutan = ctx.org('rutan-bengkulu');
    // social_accounts belongs to libs/accounts; composing only reads it, so rows are inserted directly.
    const insert = async (platform: Platform, handle: string, status: TestAccountStatus = 'active') =>
      (
        await aConnectedAccount(ctx.dataSource, {
          organizationId: rutan,
          platform,
          handle,
          displayName: `Rutan Bengkulu (${platform})`,
          status,
        })
      ).id;
    accounts.x = await insert('x', 'rutanbengkulu');
    accounts.facebook = await insert('facebook', 'rutanbengkulu.fb');
    accounts.instagram = await insert('instagram', 'rutan.bengkulu');
    accounts.stale = await insert('instagram', 'rutan.lama', 'needs_reconnect');
  });
  afterAll(() => ctx.close());

  const newRelease = async (extra: Record<string, unknown> = {}) =>
    (
      await ctx.http
        .post('/api/v1/releases')
        .set('Authorization', editor)
        .send({ organizationId: rutan, title: fixture.title, body: fixture.body, ...extra })
        .expect(201)
    ).body as { id: string; version: number };
  const compose = (releaseId: string, auth = editor) =>
    ctx.http.post(`/api/v1/releases/${releaseId}/drafts`).set('Authorization', auth).send({});
  const byPlatform = (items: DraftView[]) => Object.fromEntries(items.map((d) => [d.platform, d]));
  const fetchSigned = async (url: string) => {
    const u = new URL(url);
    const res = await ctx.http
      .get(`${u.pathname}${u.search}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return res.body as Buffer;
  };
  const count = async (sql: string) => (await ctx.dataSource.query(sql))[0].n as number;

  it('creates one draft per ACTIVE account with its platform variant; Instagram gets a rendered title card', async () => {
    const release = await newRelease();
    const res = await compose(release.id);
    expect(res.status).toBe(201);
    const items: DraftView[] = res.body.items;
    expect(items.map((d) => [d.platform, d.socialAccountId, d.outcome, d.version])).toEqual([
      ['x', accounts.x, 'created', 1],
      ['facebook', accounts.facebook, 'created', 1],
      ['instagram', accounts.instagram, 'created', 1],
    ]);
    const d = byPlatform(items);
    expect(weightedLength(d.x.text)).toBeLessThanOrEqual(280);
    expect(d.x.text).toMatch(/^Rutan Kelas IIB Bengkulu menggelar/);
    expect(d.facebook.text.startsWith(fixture.title)).toBe(true);
    expect(d.instagram.text.length).toBeLessThanOrEqual(2200);
    expect(items.every((x) => x.report.publishable && x.factCheck.consistent)).toBe(true);

    // Instagram always has an image: the title card, rendered, stored and served as a 1080x1350 JPEG.
    expect(d.instagram.media).toHaveLength(1);
    const card = d.instagram.media[0];
    expect(card).toMatchObject({
      source: 'rendition',
      purpose: 'title_card',
      mime: 'image/jpeg',
      width: 1080,
      height: 1350,
    });
    expect(card.altText).toContain(fixture.title);
    const meta = await sharp(await fetchSigned(card.url)).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1080, height: 1350 });
    const row = await ctx.dataSource.query(
      `SELECT storage_key, purpose FROM media_renditions WHERE id = $1`,
      [card.id],
    );
    expect(row[0].purpose).toBe('title_card');
    expect(filesUnder(mediaDir)).toContain(row[0].storage_key);
    expect(d.x.media).toEqual([]);

    const posts = await ctx.dataSource.query(
      `SELECT platform, state, version, publish_at FROM posts WHERE release_id = $1 ORDER BY platform`,
      [release.id],
    );
    expect(posts).toEqual([
      { platform: 'facebook', state: 'draft', version: 1, publish_at: null },
      { platform: 'instagram', state: 'draft', version: 1, publish_at: null },
      { platform: 'x', state: 'draft', version: 1, publish_at: null },
    ]);

    // Composing again changes nothing: same rows, same versions, no new rendition or file.
    const files = filesUnder(mediaDir);
    const renditions = await count(`SELECT count(*)::int AS n FROM media_renditions`);
    const again = await compose(release.id);
    expect(again.body.items.map((x: DraftView) => [x.outcome, x.version])).toEqual([
      ['unchanged', 1],
      ['unchanged', 1],
      ['unchanged', 1],
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM media_renditions`)).toBe(renditions);
    expect(filesUnder(mediaDir)).toEqual(files);

    const list = await ctx.http
      .get(`/api/v1/releases/${release.id}/drafts`)
      .set('Authorization', editor)
      .expect(200);
    expect(list.body.items.map((x: DraftView) => x.id)).toEqual(items.map((x) => x.id));
  });

  it('a saved draft reports what the preview reported for the same text (the cut caption included)', async () => {
    const release = await newRelease();
    const saved = byPlatform((await compose(release.id).expect(201)).body.items as DraftView[]);
    const preview = await ctx.http
      .post('/api/v1/compose/preview')
      .set('Authorization', editor)
      .send({ nodeId: rutan, title: fixture.title, body: fixture.body })
      .expect(200);
    const previewed = byPlatform(preview.body.variants as DraftView[]);
    expect(saved.instagram.text).toBe(previewed.instagram.text);
    const codes = (d: DraftView) => d.report.problems.map((p) => p.code);
    expect(codes(saved.instagram)).toContain('CAPTION_TRUNCATED');
    expect(saved.instagram.report).toEqual(previewed.instagram.report);
    // The cut caption tells the reader where the rest is.
    expect(saved.instagram.text).toMatch(/Selengkapnya: link di bio\n\n#/);
  });

  it('pads a 3000x1000 photo for Instagram (ratio within 4:5..1.91:1) and sends the original elsewhere', async () => {
    const photo = await jpeg(3000, 1000);
    const asset = await ctx.http
      .post(`/api/v1/media?organizationId=${rutan}&filename=panorama.jpg`)
      .set('Authorization', editor)
      .set('Content-Type', 'image/jpeg')
      .send(photo)
      .expect(201);
    const release = await newRelease();
    await ctx.http
      .put(`/api/v1/releases/${release.id}/media`)
      .set('Authorization', editor)
      .send({ version: 1, media: [{ assetId: asset.body.id, altText: 'Peserta di aula Rutan Bengkulu' }] })
      .expect(200);
    const d = byPlatform((await compose(release.id).expect(201)).body.items);
    expect(d.x.media).toEqual([
      expect.objectContaining({
        source: 'asset',
        id: asset.body.id,
        purpose: 'original',
        width: 3000,
        height: 1000,
        altText: 'Peserta di aula Rutan Bengkulu',
      }),
    ]);
    expect(d.facebook.media[0]).toMatchObject({ source: 'asset', id: asset.body.id });
    const padded = d.instagram.media[0];
    expect(padded).toMatchObject({
      source: 'rendition',
      purpose: 'instagram_padded',
      assetId: asset.body.id,
      altText: 'Peserta di aula Rutan Bengkulu',
    });
    const bytes = await fetchSigned(padded.url);
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect({ width: meta.width, height: meta.height }).toEqual({
      width: padded.width,
      height: padded.height,
    });
    const ratio = meta.width! / meta.height!;
    expect(ratio).toBeGreaterThanOrEqual(0.8);
    expect(ratio).toBeLessThanOrEqual(1.91);
    expect(meta.width).toBeLessThanOrEqual(1440);
  });

  it('PATCH edits a draft at its version and reports (never blocks) facts the release does not state', async () => {
    const release = await newRelease();
    const d = byPlatform((await compose(release.id).expect(201)).body.items);
    const text =
      'Rutan Bengkulu menggelar penguatan kehumasan bersama 500 peserta, Selasa (15/10). #RutanBengkulu';
    const res = await ctx.http
      .patch(`/api/v1/drafts/${d.x.id}`)
      .set('Authorization', editor)
      .set('Accept-Language', 'en')
      .send({ version: 1, text, reason: 'lebih singkat' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, text, edited: true });
    expect(res.body.report.publishable).toBe(true);
    const fact = res.body.factCheck.differences.find((x: { value: string }) => x.value.includes('500'));
    expect(fact).toMatchObject({ path: 'text', start: text.indexOf('500') });
    expect(res.body.factCheck.consistent).toBe(false);
    const warning = res.body.report.problems.find((p: { code: string }) => p.code === 'FACT_NOT_IN_RELEASE');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning.message).toMatch(/500/);

    const stale = await ctx.http
      .patch(`/api/v1/drafts/${d.x.id}`)
      .set('Authorization', editor)
      .send({ version: 1, text: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');

    // Too long for X: saved (an editor may be mid-edit) but reported as not publishable.
    const long = await ctx.http
      .patch(`/api/v1/drafts/${d.x.id}`)
      .set('Authorization', editor)
      .send({ version: 2, text: fixture.body.slice(0, 600) });
    expect(long.status).toBe(200);
    expect(long.body.report.publishable).toBe(false);
    await ctx.http
      .patch(`/api/v1/drafts/${d.x.id}`)
      .set('Authorization', editor)
      .send({ version: 3, text })
      .expect(200);

    // Media selection: only the draft's own files or the release's assets.
    const unknown = await ctx.http
      .patch(`/api/v1/drafts/${d.instagram.id}`)
      .set('Authorization', editor)
      .send({ version: 1, media: [{ id: '00000000-0000-4000-8000-000000000000' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('DRAFT_MEDIA_UNKNOWN');
    const relabel = await ctx.http
      .patch(`/api/v1/drafts/${d.instagram.id}`)
      .set('Authorization', editor)
      .send({ version: 1, media: [{ id: d.instagram.media[0].id, altText: 'Kartu judul kegiatan humas' }] });
    expect(relabel.status).toBe(200);
    expect(relabel.body.media[0]).toMatchObject({
      id: d.instagram.media[0].id,
      altText: 'Kartu judul kegiatan humas',
    });
    const none = await ctx.http
      .patch(`/api/v1/drafts/${d.instagram.id}`)
      .set('Authorization', editor)
      .send({ version: 2, media: [] });
    expect(none.status).toBe(200);
    expect(none.body.report.publishable).toBe(false);

    // Scope: another region 404, the unit's approver 403.
    const medan = await ctx.tokenFor('editor.medan');
    expect(
      (
        await ctx.http
          .patch(`/api/v1/drafts/${d.x.id}`)
          .set('Authorization', medan)
          .send({ version: 4, text: 'x' })
      ).status,
    ).toBe(404);
    expect(
      (await ctx.http.get(`/api/v1/releases/${release.id}/drafts`).set('Authorization', medan)).status,
    ).toBe(404);
    expect((await compose(release.id, medan)).status).toBe(404);
    const approver = await ctx.tokenFor('approver.rutan');
    expect(
      (
        await ctx.http
          .patch(`/api/v1/drafts/${d.x.id}`)
          .set('Authorization', approver)
          .send({ version: 4, text: 'x' })
      ).status,
    ).toBe(403);
    expect((await compose(release.id, approver)).status).toBe(403);

    const audit = await ctx.dataSource.query(
      `SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY seq`,
      [d.x.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'draft.edited',
      'draft.edited',
      'draft.edited',
    ]);

    // Re-composing after a release edit refreshes untouched drafts and keeps edited ones.
    await ctx.http
      .patch(`/api/v1/releases/${release.id}`)
      .set('Authorization', editor)
      .send({ version: release.version, title: 'Rutan Bengkulu Perkuat Kehumasan dan Keprotokolan' })
      .expect(200);
    const again = byPlatform((await compose(release.id).expect(201)).body.items);
    expect(again.x).toMatchObject({ outcome: 'kept', text, version: 4 });
    expect(again.instagram).toMatchObject({ outcome: 'kept' });
    expect(again.facebook).toMatchObject({ outcome: 'refreshed', version: 2 });
    expect(again.facebook.text.startsWith('Rutan Bengkulu Perkuat Kehumasan dan Keprotokolan')).toBe(true);
  });

  it('refuses a node with no active account, and archived releases', async () => {
    const admin = await ctx.tokenFor('admin');
    const lapas = await ctx.http
      .post('/api/v1/releases')
      .set('Authorization', admin)
      .send({ organizationId: ctx.org('lapas-bengkulu'), title: 'Lapas', body: 'Isi rilis Lapas.' })
      .expect(201);
    const none = await compose(lapas.body.id, admin).set('Accept-Language', 'en');
    expect(none.status).toBe(409);
    expect(none.body.error.message).toBe('This unit has no active connected social account.');
    expect(await count(`SELECT count(*)::int AS n FROM posts WHERE release_id = '${lapas.body.id}'`)).toBe(0);

    const archived = await newRelease();
    await ctx.http.delete(`/api/v1/releases/${archived.id}`).set('Authorization', editor).expect(200);
    const res = await compose(archived.id);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('RELEASE_NOT_EDITABLE');
  });
});
