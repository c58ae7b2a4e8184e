import fixture from '../../../libs/composer/src/__fixtures__/rutan-bengkulu-kehumasan.json';
import { weightedLength } from '@warta/composer';
import { ApiTestContext, createApiTestContext } from './api-test-context';

interface Variant {
  platform: string;
  text: string;
  thread?: string[];
  hashtags: string[];
  mentions: string[];
  media: { kind: string; width?: number; height?: number; altText?: string }[];
  report: {
    publishable: boolean;
    used: Record<string, unknown>;
    problems: { code: string; message: string }[];
  };
}

describe('POST /compose/preview (real api)', () => {
  let ctx: ApiTestContext;
  let editor: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    editor = await ctx.tokenFor('editor.rutan');
    // What a Kanwil admin configures on the node: handles per platform and the Instagram link line.
    await ctx.dataSource.query(`UPDATE organizations SET settings = settings || $2::jsonb WHERE id = $1`, [
      ctx.org('rutan-bengkulu'),
      JSON.stringify({
        mentions: { Kemenkumham: { x: '@Kemenkumham_RI', instagram: '@kemenkumhamri' } },
        linkInBioText: 'Berita lengkap: tautan di bio',
      }),
    ]);
  });
  afterAll(() => ctx.close());

  const preview = (body: Record<string, unknown>, lang?: string, auth = editor) => {
    const req = ctx.http.post('/api/v1/compose/preview').set('Authorization', auth);
    if (lang) req.set('Accept-Language', lang);
    return req.send(body);
  };
  const byPlatform = (variants: Variant[]) => Object.fromEntries(variants.map((v) => [v.platform, v]));

  it('composes the Rutan fixture for X, Facebook and Instagram on the editor’s unit, in Indonesian', async () => {
    const res = await preview({
      title: fixture.title,
      body: fixture.body,
      hashtags: ['Humas Pemasyarakatan'],
    });
    expect(res.status).toBe(200);
    expect(res.body.nodeId).toBe(ctx.org('rutan-bengkulu'));
    const v = byPlatform(res.body.variants);
    expect(Object.keys(v)).toEqual(['x', 'facebook', 'instagram']);

    // X: the lead (who, what, when) without the dateline, within 280 weighted characters.
    expect(v.x.text).toMatch(/^Rutan Kelas IIB Bengkulu menggelar kegiatan .*Selasa \(15\/10\)\./);
    expect(v.x.text).not.toContain('BENGKULU -');
    expect(weightedLength(v.x.text)).toBeLessThanOrEqual(280);
    // The news takes the room first (who attended); hashtags get what is left.
    expect(v.x.text).toContain('Teguh Wibowo');
    expect(v.x.hashtags).toEqual(['#RutanBengkulu']);
    expect(v.x.report).toMatchObject({ publishable: true, used: { weightedLength: { limit: 280 } } });

    // Facebook: headline, the whole body, hashtags at the end.
    expect(v.facebook.text.startsWith(`${fixture.title}\n\n`)).toBe(true);
    expect(v.facebook.text).toContain('pungkas Teguh.');
    expect(v.facebook.text.endsWith('#RutanBengkulu #HumasPemasyarakatan')).toBe(true);
    expect(v.facebook.mentions).toEqual([]);

    // Instagram: within 2,200 characters, handle applied, and a title card because there is no photo.
    expect(v.instagram.text.length).toBeLessThanOrEqual(2200);
    expect(v.instagram.text).toContain('@kemenkumhamri');
    expect(v.instagram.mentions).toEqual(['@kemenkumhamri']);
    expect(v.instagram.media).toEqual([
      expect.objectContaining({ kind: 'title_card', width: 1080, height: 1350 }),
    ]);
    expect(v.instagram.media[0].altText).toContain(fixture.title);
    const codes = v.instagram.report.problems.map((p: { code: string }) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['CAPTION_TRUNCATED', 'TITLE_CARD_PLANNED']));
    const card = v.instagram.report.problems.find((p: { code: string }) => p.code === 'TITLE_CARD_PLANNED');
    expect(card!.message).toBe('Rilis tidak memiliki gambar; kartu judul akan dibuat untuk Instagram.');
    expect(res.headers['content-language']).toBe('id');
  });

  it('answers report messages in English when asked, with the same content', async () => {
    const body = { title: fixture.title, body: fixture.body };
    const id = byPlatform((await preview(body, 'id')).body.variants);
    const en = await preview(body, 'en-US,en;q=0.9');
    expect(en.status).toBe(200);
    expect(en.headers['content-language']).toBe('en');
    const v = byPlatform(en.body.variants);
    expect(v.instagram.text).toBe(id.instagram.text);
    const card = v.instagram.report.problems.find((p: { code: string }) => p.code === 'TITLE_CARD_PLANNED');
    expect(card!.message).toBe('The release has no image; a title card will be rendered for Instagram.');
    const truncated = v.instagram.report.problems.find(
      (p: { code: string }) => p.code === 'CAPTION_TRUNCATED',
    );
    expect(truncated!.message).toMatch(/^The release was shortened to fit \(2200 characters\)/);
  });

  it('takes a link (X shows it, Instagram says "link in bio" with the node’s wording), platforms and thread mode', async () => {
    const link = 'https://bengkulu.kemenkumham.go.id/berita/penguatan-kehumasan';
    const res = await preview({
      title: fixture.title,
      body: fixture.body,
      link,
      platforms: ['x', 'instagram'],
      options: { xThread: true },
    });
    expect(res.status).toBe(200);
    const v = byPlatform(res.body.variants);
    expect(Object.keys(v)).toEqual(['x', 'instagram']);
    expect(v.x.thread!.length).toBeGreaterThan(2);
    v.x.thread!.forEach((part: string, i: number) => {
      expect(part.startsWith(`${i + 1}/${v.x.thread!.length} `)).toBe(true);
      expect(weightedLength(part)).toBeLessThanOrEqual(280);
    });
    expect(v.x.thread![0]).toContain(link);
    expect(v.instagram.text).not.toContain('https://');
    expect(v.instagram.text).toContain('Berita lengkap: tautan di bio');
  });

  it('needs a node when the caller has no single unit, and honours scope for an explicit one', async () => {
    const admin = await ctx.tokenFor('admin');
    const noUnit = await preview({ title: 'Judul', body: 'Isi rilis.' }, 'en', admin);
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.error).toMatchObject({
      code: 'NODE_REQUIRED',
      message: 'Choose a unit (nodeId): you belong to 0 units.',
    });
    const supervisor = await ctx.tokenFor('supervisor.bengkulu');
    expect((await preview({ title: 'Judul', body: 'Isi.' }, undefined, supervisor)).body.error.code).toBe(
      'NODE_REQUIRED',
    );
    const lapas = await preview(
      { nodeId: ctx.org('lapas-bengkulu'), title: 'Judul', body: 'Isi rilis.' },
      'id',
      admin,
    );
    expect(lapas.status).toBe(200);
    expect(lapas.body.nodeId).toBe(ctx.org('lapas-bengkulu'));
    expect(byPlatform(lapas.body.variants).x.hashtags).toEqual(['#LapasBengkulu']);
    const medan = await ctx.tokenFor('editor.medan');
    const outside = await preview(
      { nodeId: ctx.org('rutan-bengkulu'), title: 'Judul', body: 'Isi.' },
      'id',
      medan,
    );
    expect(outside.status).toBe(404);
  });

  it('refuses malformed input field by field and writes nothing', async () => {
    const before = await ctx.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    const res = await preview({ title: '', body: 'Isi.', platforms: ['tiktok'], zz: 1 }, 'en');
    expect(res.status).toBe(400);
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'platforms', 'zz']));
    expect(await ctx.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`)).toEqual(before);
  });
});
