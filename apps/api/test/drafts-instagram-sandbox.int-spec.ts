import { AddressInfo } from 'node:net';
import fixture from '../../../libs/composer/src/__fixtures__/rutan-bengkulu-kehumasan.json';
import {
  graph,
  GraphErrorBody,
  startTestSandbox,
  TestSandbox,
} from '../../sandbox/src/testing/sandbox-test-kit';
import { aConnectedAccount } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';
import { jpeg } from './media-fixtures';

/**
 * The media our drafts carry, fetched by the sandbox's Instagram emulator through the signed URLs the
 * api serves, exactly as Meta's servers would: the title card and the padded rendition must pass its
 * checks (JPEG, 4:5..1.91:1, width 320..1440), and the unpadded panorama must not.
 */
describe('Instagram accepts the rendered draft media (api over HTTP + sandbox)', () => {
  let ctx: ApiTestContext;
  let sb: TestSandbox;
  let apiOrigin: string;
  let editor: string;
  let ig: string;
  let token: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    await ctx.app.listen(0, '127.0.0.1');
    apiOrigin = `http://127.0.0.1:${(ctx.app.getHttpServer().address() as AddressInfo).port}`;
    editor = await ctx.tokenFor('editor.rutan');
    await aConnectedAccount(ctx.dataSource, {
      organizationId: ctx.org('rutan-bengkulu'),
      platform: 'instagram',
      handle: 'rutan.bengkulu',
      displayName: 'Rutan Bengkulu',
    });
    sb = await startTestSandbox({ frozenClock: true, startAt: new Date('2026-11-28T01:00:00Z') });
    await sb.control('POST', 'profile', { instagram: { strictImageWidth: true } });
    const seeded = await sb.seed({
      facebook: [
        { name: 'Admin', pages: [{ name: 'Rutan Bengkulu', instagram: { username: 'rutan.bengkulu' } }] },
      ],
    });
    ig = seeded.facebook[0].pages[0].instagram!.id;
    token = seeded.facebook[0].pages[0].accessToken!;
  });
  afterAll(async () => {
    await sb?.close();
    await ctx.close();
  });

  /** Our signed URLs name PUBLIC_URL; in the test the api listens on a random port instead. */
  const onApi = (signed: string) => {
    const u = new URL(signed);
    return `${apiOrigin}${u.pathname}${u.search}`;
  };
  const container = (imageUrl: string, caption: string) =>
    graph<{ id: string } & GraphErrorBody>(sb.graphOrigin, 'POST', `/v25.0/${ig}/media`, {
      image_url: imageUrl,
      caption,
      access_token: token,
    });
  const instagramDraft = async (media: { assetId: string; altText: string }[] = []) => {
    const release = await ctx.http
      .post('/api/v1/releases')
      .set('Authorization', editor)
      .send({ organizationId: ctx.org('rutan-bengkulu'), title: fixture.title, body: fixture.body })
      .expect(201);
    if (media.length) {
      await ctx.http
        .put(`/api/v1/releases/${release.body.id}/media`)
        .set('Authorization', editor)
        .send({ version: 1, media })
        .expect(200);
    }
    const drafts = await ctx.http
      .post(`/api/v1/releases/${release.body.id}/drafts`)
      .set('Authorization', editor)
      .send({})
      .expect(201);
    return drafts.body.items.find((d: { platform: string }) => d.platform === 'instagram');
  };

  it('accepts the title card of a release without photos', async () => {
    const draft = await instagramDraft();
    expect(draft.media[0]).toMatchObject({ purpose: 'title_card' });
    const res = await container(onApi(draft.media[0].url), draft.text);
    expect(res.status).toBe(200);
    expect(res.body.id).toMatch(/^\d+$/);
  });

  it('accepts the padded rendition of a 3000x1000 photo, and refuses the photo as uploaded', async () => {
    const upload = await ctx.http
      .post(`/api/v1/media?organizationId=${ctx.org('rutan-bengkulu')}`)
      .set('Authorization', editor)
      .set('Content-Type', 'image/jpeg')
      .send(await jpeg(3000, 1000))
      .expect(201);
    const draft = await instagramDraft([{ assetId: upload.body.id, altText: 'Panorama kegiatan' }]);
    expect(draft.media[0]).toMatchObject({ purpose: 'instagram_padded', assetId: upload.body.id });
    const padded = await container(onApi(draft.media[0].url), draft.text);
    expect(padded.status).toBe(200);

    const original = await container(onApi(upload.body.publicUrl), draft.text);
    expect(original.status).toBe(400);
    expect(original.body.error.message).toMatch(/aspect ratio/);
  });
});
