import type { Platform } from '@warta/core';
import { aConnectedAccount, aPost, aRelease, TestPostState } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';

interface PostListItem {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organization: { id: string; name: string; timezone: string };
  account: { id: string; platform: string; handle: string; displayName: string };
  platform: string;
  state: string;
  version: number;
  publishAt: string | null;
  publishedAt: string | null;
  permalink: string | null;
  excerpt: string;
  lastError: { class: string; message: string | null } | null;
}

/**
 * GET /api/v1/posts over posts inserted directly (publishing owns how they get into each state; the
 * list only reads them): scoping, every filter, order and pages, zone offsets, excerpts.
 */
describe('GET /api/v1/posts (real Postgres)', () => {
  let ctx: ApiTestContext;
  let editorRutan: string;
  let editorMedan: string;
  let supervisorBengkulu: string;
  const posts: Record<string, string> = {};
  const accounts = new Map<string, string>();
  const releases: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createApiTestContext();
    editorRutan = await ctx.tokenFor('editor.rutan');
    editorMedan = await ctx.tokenFor('editor.medan');
    supervisorBengkulu = await ctx.tokenFor('supervisor.bengkulu');
    await ctx.dataSource.query(`UPDATE organizations SET timezone = 'Asia/Makassar' WHERE id = $1`, [
      ctx.org('lapas-bengkulu'),
    ]);
    const account = async (slug: string, platform: Platform) => {
      const k = `${slug}/${platform}`;
      if (!accounts.has(k)) {
        const row = await aConnectedAccount(ctx.dataSource, {
          organizationId: ctx.org(slug),
          platform,
          externalId: `${k}-ext`,
          handle: `${slug}.${platform}`,
          displayName: `${slug} on ${platform}`,
        });
        accounts.set(k, row.id);
      }
      return accounts.get(k)!;
    };
    const release = async (slug: string, title: string) => {
      releases[title] ??= (
        await aRelease(ctx.dataSource, { organizationId: ctx.org(slug), title, body: 'Isi.' })
      ).id;
      return releases[title];
    };
    const post = async (
      name: string,
      slug: string,
      platform: Platform,
      state: TestPostState,
      publishAt: string | null,
      extra: {
        zone?: string;
        text?: string;
        error?: [string, string];
        publishedAt?: string;
        title?: string;
      } = {},
    ) => {
      const row = await aPost(ctx.dataSource, {
        releaseId: await release(slug, extra.title ?? `Rilis ${name}`),
        socialAccountId: await account(slug, platform),
        content: { text: extra.text ?? `Teks ${name}` },
        state,
        publishAt,
        publishZone: extra.zone ?? null,
        publishedAt: extra.publishedAt ?? null,
        lastError: extra.error ? { class: extra.error[0], message: extra.error[1] } : null,
      });
      posts[name] = row.id;
    };
    // One release with three posts (x, facebook, instagram) at Rutan Bengkulu, WIB.
    const day = 'Rilis hari bakti';
    await post('rutanX', 'rutan-bengkulu', 'x', 'published', '2026-12-01T08:00:00+07:00', {
      zone: 'Asia/Jakarta',
      publishedAt: '2026-12-01T08:00:02+07:00',
      title: day,
      text: 'A'.repeat(500),
    });
    await post('rutanFb', 'rutan-bengkulu', 'facebook', 'failed', '2026-12-02T08:00:00+07:00', {
      zone: 'Asia/Jakarta',
      title: day,
      error: ['rejected', 'Halaman tidak ditemukan'],
    });
    await post('rutanIg', 'rutan-bengkulu', 'instagram', 'scheduled', '2026-12-03T08:00:00+07:00', {
      zone: 'Asia/Jakarta',
      title: day,
    });
    await post('rutanDraft', 'rutan-bengkulu', 'x', 'draft', null);
    // Drafted after the others' publish times, whatever this machine's clock says.
    await ctx.dataSource.query(`UPDATE posts SET created_at = '2026-12-10T00:00:00Z' WHERE id = $1`, [
      posts.rutanDraft,
    ]);
    // Lapas Bengkulu (node in WITA), Lapas Medan (another region).
    await post('lapas', 'lapas-bengkulu', 'x', 'needs_review', '2026-12-02T09:00:00Z');
    await post('medan', 'lapas-medan', 'facebook', 'failed', '2026-12-02T10:00:00+07:00');
  });
  afterAll(() => ctx.close());

  const list = async (auth: string, query = '', status = 200) => {
    const res = await ctx.http.get(`/api/v1/posts${query}`).set('Authorization', auth);
    expect(res.status).toBe(status);
    return res.body as { items: PostListItem[]; nextCursor: string | null; error?: { code: string } };
  };
  const names = (items: PostListItem[]) =>
    items.map((i) => Object.entries(posts).find(([, id]) => id === i.id)?.[0] ?? i.id);

  it("lists the caller's subtree, newest publish time first (drafts at when they were drafted)", async () => {
    const rutan = await list(editorRutan);
    expect(names(rutan.items)).toEqual(['rutanDraft', 'rutanIg', 'rutanFb', 'rutanX']);
    const kanwil = await list(supervisorBengkulu);
    expect(names(kanwil.items)).toEqual(['rutanDraft', 'rutanIg', 'lapas', 'rutanFb', 'rutanX']);
  });

  it("the Medan editor sees none of Rutan's posts, and Rutan's node is a 404 for them", async () => {
    expect(names((await list(editorMedan)).items)).toEqual(['medan']);
    const res = await list(editorMedan, `?organizationId=${ctx.org('rutan-bengkulu')}`, 404);
    expect(res.error?.code).toBe('NOT_FOUND');
    expect(names((await list(editorMedan, `?releaseId=${releases['Rilis hari bakti']}`)).items)).toEqual([]);
  });

  it('items carry the release, node, account, zone-offset times, an excerpt and the last error', async () => {
    const { items } = await list(editorRutan);
    const x = items.find((i) => i.id === posts.rutanX)!;
    expect(x).toMatchObject({
      releaseTitle: 'Rilis hari bakti',
      organization: { id: ctx.org('rutan-bengkulu'), timezone: 'Asia/Jakarta' },
      account: { id: accounts.get('rutan-bengkulu/x'), platform: 'x', handle: 'rutan-bengkulu.x' },
      platform: 'x',
      state: 'published',
      publishAt: '2026-12-01T08:00:00+07:00',
      publishedAt: '2026-12-01T08:00:02+07:00',
      lastError: null,
    });
    expect(x.excerpt).toBe('A'.repeat(200));
    expect(items.find((i) => i.id === posts.rutanFb)!.lastError).toEqual({
      class: 'rejected',
      message: 'Halaman tidak ditemukan',
    });
    expect(items.find((i) => i.id === posts.rutanDraft)!.publishAt).toBeNull();
    // No zone of its own: the node's (WITA, +08:00).
    const lapas = (await list(supervisorBengkulu, '?state=needs_review')).items[0];
    expect(lapas.publishAt).toBe('2026-12-02T17:00:00+08:00');
  });

  it('filters by node subtree, states, platform, release, account and publish time', async () => {
    const q = async (query: string) => names((await list(supervisorBengkulu, query)).items);
    expect(await q(`?organizationId=${ctx.org('lapas-bengkulu')}`)).toEqual(['lapas']);
    expect(await q('?state=failed,needs_review')).toEqual(['lapas', 'rutanFb']);
    expect(await q('?platform=x')).toEqual(['rutanDraft', 'lapas', 'rutanX']);
    expect(await q(`?releaseId=${releases['Rilis hari bakti']}`)).toEqual(['rutanIg', 'rutanFb', 'rutanX']);
    expect(await q(`?accountId=${accounts.get('rutan-bengkulu/x')}`)).toEqual(['rutanDraft', 'rutanX']);
    // "What failed this week": from inclusive, to exclusive, offsets honoured.
    const from = encodeURIComponent('2026-12-02T08:00:00+07:00');
    const to = encodeURIComponent('2026-12-03T08:00:00+07:00');
    expect(await q(`?from=${from}&to=${to}`)).toEqual(['lapas', 'rutanFb']);
    expect(await q(`?from=${from}&to=${to}&state=failed`)).toEqual(['rutanFb']);
  });

  it('pages with a cursor: every post once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(
        supervisorBengkulu,
        `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...names(page.items));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['rutanDraft', 'rutanIg', 'lapas', 'rutanFb', 'rutanX']);
  });

  it('bad filters are a 400 in the caller language, never a 500', async () => {
    const bad = async (query: string) =>
      (
        await ctx.http
          .get(`/api/v1/posts${query}`)
          .set('Authorization', editorRutan)
          .set('Accept-Language', 'en')
      ).body as { error: { code: string; message: string } };
    expect((await bad('?state=sideways')).error.code).toBe('VALIDATION_FAILED');
    expect((await bad('?from=2026-12-01T08:00')).error.code).toBe('VALIDATION_FAILED');
    expect(
      (
        await bad(
          `?from=${encodeURIComponent('2026-12-02T00:00:00Z')}&to=${encodeURIComponent('2026-12-01T00:00:00Z')}`,
        )
      ).error.code,
    ).toBe('CALENDAR_RANGE_INVALID');
    expect((await bad('?cursor=nonsense')).error.code).toBe('INVALID_CURSOR');
    expect((await bad('?accountId=nope')).error.code).toBe('VALIDATION_FAILED');
  });
});
