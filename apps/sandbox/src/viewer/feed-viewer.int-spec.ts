import sharp from 'sharp';
import { graph, startTestSandbox, xClient } from '../testing/sandbox-test-kit';

describe('feed viewer and fixtures', () => {
  it('renders every timeline with nested replies, deleted markers and escaped user content', async () => {
    const sb = await startTestSandbox();
    try {
      const seeded = await sb.seed({
        x: [{ username: 'viewer_x' }],
        facebook: [{ name: 'Viewer FB', pages: [{ name: 'Halaman <b>Uji</b>' }] }],
      });
      const c = xClient(sb.xOrigin, seeded.x[0].accessToken!);
      const root = await c.v2.tweet('<script>alert("xss")</script> & kawan');
      const reply = await c.v2.reply('Balasan utas', root.data.id);
      const deleted = await c.v2.tweet('Ini dihapus');
      await c.v2.deleteTweet(deleted.data.id);
      const page = seeded.facebook[0].pages[0];
      await graph(sb.graphOrigin, 'POST', `/${page.id}/feed`, {
        message: '<img src=x onerror=alert(1)>',
        access_token: page.accessToken!,
      });

      for (const origin of [sb.graphOrigin, sb.xOrigin]) {
        const html = await (await fetch(`${origin}/`)).text();
        expect(html).not.toContain('<script>alert');
        expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; &amp; kawan');
        expect(html).not.toContain('<img src=x');
        expect(html).toContain('Halaman &lt;b&gt;Uji&lt;/b&gt;');
        expect(html).toContain('dihapus / deleted');
        // The reply is drawn inside its parent's card.
        const rootAt = html.indexOf(`id="x-${root.data.id}"`);
        const replyAt = html.indexOf(`id="x-${reply.data.id}"`);
        expect(rootAt).toBeGreaterThan(-1);
        expect(replyAt).toBeGreaterThan(rootAt);
        expect(html.slice(rootAt, replyAt)).toContain('class="replies"');
      }
      const single = await fetch(`${sb.xOrigin}/__view/x/${root.data.id}`);
      expect(single.status).toBe(200);
      expect(await single.text()).toContain(`https://x.com/viewer_x/status/${root.data.id}`);
      expect((await fetch(`${sb.xOrigin}/__view/x/123`)).status).toBe(404);
    } finally {
      await sb.close();
    }
  });

  it('serves generated fixtures with the named dimensions and formats', async () => {
    const sb = await startTestSandbox();
    try {
      const meta = async (name: string) =>
        sharp(
          Buffer.from(await (await fetch(`${sb.graphOrigin}/__fixtures/${name}`)).arrayBuffer()),
        ).metadata();
      expect(await meta('photo-1080x1350.jpg')).toMatchObject({ format: 'jpeg', width: 1080, height: 1350 });
      expect(await meta('landscape-1600x900.jpg')).toMatchObject({ width: 1600, height: 900 });
      expect(await meta('tiny.png')).toMatchObject({ format: 'png' });
      const big = await fetch(`${sb.xOrigin}/__fixtures/big.jpg`);
      expect(Number(big.headers.get('content-length'))).toBeGreaterThan(8 * 1024 * 1024);
      expect((await fetch(`${sb.xOrigin}/__fixtures/nope.bin`)).status).toBe(404);
    } finally {
      await sb.close();
    }
  });
});
