import fixture from '../../../libs/composer/src/__fixtures__/rutan-bengkulu-kehumasan.json';
import { rutanBengkuluInput } from '../../../libs/composer/src/__fixtures__/rutan-bengkulu.input';
// Exactly what the web app bundles: the composer's browser entry and the compose feature's input builder.
import { composeRelease, type NodeSettingsSource } from '../../../libs/composer/src/browser';
import { previewInput, type PreviewDraft } from '../../web/src/features/compose/preview/preview-input';
import { ApiTestContext, createApiTestContext } from './api-test-context';

/**
 * The compose screen previews in the browser, without a round trip; the api composes the drafts. This
 * proves both give the same variants for the fixture releases: the browser path here is the web
 * app's own (the node as GET /organizations/:id serves it, previewInput, composeRelease from the
 * browser entry), the api path is POST /compose/preview.
 */
describe('compose preview: browser and api give the same variants (real api)', () => {
  let ctx: ApiTestContext;
  let editor: string;
  let nodeId: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    editor = await ctx.tokenFor('editor.rutan');
    nodeId = ctx.org('rutan-bengkulu');
  });
  afterAll(() => ctx.close());

  /** The node as the web app reads it (useWorkNode spreads this response). */
  const nodeAsBrowserSeesIt = async (): Promise<NodeSettingsSource> => {
    const res = await ctx.http.get(`/api/v1/organizations/${nodeId}`).set('Authorization', editor);
    expect(res.status).toBe(200);
    return res.body;
  };

  async function both(draft: PreviewDraft, lang: 'id' | 'en') {
    const node = await nodeAsBrowserSeesIt();
    const res = await ctx.http
      .post('/api/v1/compose/preview')
      .set('Authorization', editor)
      .set('Accept-Language', lang)
      .send({ nodeId, ...draft });
    expect(res.status).toBe(200);
    // The api stamps "now" as the publishing date (the title card's date label): so does the browser.
    const browser = composeRelease(previewInput(node, draft, new Date()), lang);
    return { api: res.body.variants, browser: JSON.parse(JSON.stringify(browser.variants)) };
  }

  const seedDraft: PreviewDraft = {
    title: fixture.title,
    body: fixture.body,
    hashtags: ['Humas Pemasyarakatan'],
  };

  it.each(['id', 'en'] as const)('the seed release as an editor pastes it (%s)', async (lang) => {
    const { api, browser } = await both(seedDraft, lang);
    expect(api.map((v: { platform: string }) => v.platform)).toEqual(['x', 'facebook', 'instagram']);
    expect(browser).toEqual(api);
  });

  it('the seed release as an X thread, with a link and Instagram hashtags in the first comment', async () => {
    const { api, browser } = await both(
      {
        ...seedDraft,
        link: 'https://rutanbengkulu.kemenkumham.go.id/berita/penguatan-kapasitas-kehumasan',
        options: { xThread: true, instagramHashtagsInFirstComment: true },
      },
      'id',
    );
    expect(api[0].thread.length).toBeGreaterThan(5);
    expect(browser).toEqual(api);
  });

  it('the composer fixture with its node settings (mentions, brand, default hashtags), for two platforms', async () => {
    const { node, release } = rutanBengkuluInput;
    await ctx.dataSource.query(
      `UPDATE organizations SET settings = $2::jsonb, default_hashtags = $3 WHERE id = $1`,
      [nodeId, JSON.stringify({ mentions: node.mentions, brand: node.brand }), node.defaultHashtags],
    );
    const draft: PreviewDraft = {
      title: release.title,
      body: release.body,
      hashtags: release.hashtags,
      platforms: ['instagram', 'x'],
    };
    const { api, browser } = await both(draft, 'id');
    expect(api.map((v: { platform: string }) => v.platform)).toEqual(['instagram', 'x']);
    expect(api[0].mentions.length).toBeGreaterThan(0);
    expect(api[0].media[0]).toMatchObject({ kind: 'title_card', brand: node.brand });
    expect(browser).toEqual(api);
  });
});
