import { FixtureLibrary } from '../core/fixture-images';
import { escapeHtml, page } from '../core/html';
import { HttpResult, RequestContext, html, json } from '../core/http-types';
import { SandboxStore } from '../core/sandbox-store';
import { renderFbPost, renderFeedPage, renderIgMedia, renderTweet } from './feed-viewer.renderer';

/**
 * Routes both origins serve outside the platform APIs: the feed viewer, single-post views,
 * generated fixtures and stored media. They are not journaled or faulted: connectors never call
 * them, but the sandbox itself downloads fixtures while handling Graph calls.
 */
export function createSharedRoutes(
  store: SandboxStore,
  fixtures: FixtureLibrary,
  origins: () => { x: string; graph: string },
): (ctx: RequestContext) => Promise<HttpResult | null> | HttpResult | null {
  return async (ctx) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return null;
    const path = ctx.path;
    if (path === '/' || path === '/__view' || path === '/__view/')
      return html(200, renderFeedPage(store, origins()));
    if (path === '/favicon.ico') return { status: 204, body: '' };
    if (path.startsWith('/__fixtures/')) return serveFixture(fixtures, ctx);
    if (path.startsWith('/__media/')) {
      const blob = store.blobs.get(decodeURIComponent(path.slice('/__media/'.length)));
      if (!blob) return json(404, { error: 'no such media' });
      return {
        status: 200,
        body: blob.data,
        contentType: blob.mime,
        headers: { 'cache-control': 'max-age=3600' },
      };
    }
    const view = /^\/__view\/(x|facebook|instagram)\/([^/]+)$/.exec(path);
    if (view) {
      const id = decodeURIComponent(view[2]);
      const now = store.now();
      const s = store.state;
      let card: string | null = null;
      if (view[1] === 'x' && s.x.tweets[id]) card = renderTweet(store, s.x.tweets[id], now, 0);
      if (view[1] === 'facebook' && s.graph.posts[id]) card = renderFbPost(store, s.graph.posts[id], now);
      if (view[1] === 'instagram' && s.graph.igMedia[id])
        card = renderIgMedia(store, s.graph.igMedia[id], now);
      if (!card)
        return html(
          404,
          page(
            'Tidak ditemukan / not found',
            `<main><div class="card">Tidak ditemukan / not found: ${escapeHtml(id)}</div></main>`,
          ),
        );
      return html(
        200,
        page(
          `Post ${id}`,
          `<header><h1><a href="/">← Semua lini masa / all timelines</a></h1></header><main>${card}</main>`,
        ),
      );
    }
    return null;
  };
}

async function serveFixture(fixtures: FixtureLibrary, ctx: RequestContext): Promise<HttpResult> {
  // ?delayMs= and ?status= let tests exercise Meta's slow and failed downloads.
  const delay = Number(ctx.query.get('delayMs') ?? 0);
  if (delay > 0) await new Promise((r) => setTimeout(r, Math.min(delay, 120_000)));
  const status = Number(ctx.query.get('status') ?? 200);
  if (status !== 200) return json(status, { error: 'fixture asked to fail' });
  const name = decodeURIComponent(ctx.path.slice('/__fixtures/'.length));
  const f = await fixtures.get(name);
  if (!f) return json(404, { error: `unknown fixture ${name}` });
  return { status: 200, body: f.data, contentType: f.mime };
}
