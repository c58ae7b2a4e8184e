import fc from 'fast-check';
import type { Platform } from '@warta/core';
import { aConnectedAccount, aPost, TestPostState } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';

interface CalendarItem {
  id: string;
  releaseId: string;
  releaseTitle: string;
  organizationId: string;
  organizationName: string;
  socialAccountId: string;
  account: { handle: string; displayName: string };
  platform: string;
  state: string;
  version: number;
  zone: string;
  at: string;
  publishAt: string | null;
  publishedAt: string | null;
  permalink: string | null;
  lastError: { class: string; message: string | null } | null;
}

/**
 * The calendar over posts inserted directly (publishing owns how they get into each state; the
 * calendar only reads them): range, filters, scoping, order, pages and zone offsets.
 */
describe('GET /api/v1/calendar (real Postgres)', () => {
  let ctx: ApiTestContext;
  let admin: string;
  let editorRutan: string;
  let supervisorBengkulu: string;
  const posts: Record<string, string> = {};

  // December 2026, WIB (+07:00) unless a post or node says otherwise.
  const FROM = '2026-12-01T00:00:00+07:00';
  const TO = '2026-12-08T00:00:00+07:00';

  beforeAll(async () => {
    ctx = await createApiTestContext();
    admin = await ctx.tokenFor('admin');
    editorRutan = await ctx.tokenFor('editor.rutan');
    supervisorBengkulu = await ctx.tokenFor('supervisor.bengkulu');
    // Lapas Bengkulu sits in WITA for this test, so a post without its own zone reads +08:00.
    await ctx.dataSource.query(`UPDATE organizations SET timezone = 'Asia/Makassar' WHERE id = $1`, [
      ctx.org('lapas-bengkulu'),
    ]);

    const accounts = new Map<string, string>();
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
    const post = async (
      name: string,
      slug: string,
      platform: Platform,
      state: TestPostState,
      extra: {
        publishAt?: string | null;
        zone?: string | null;
        publishedAt?: string | null;
        permalink?: string;
        error?: [string, string];
        version?: number;
      } = {},
    ) => {
      // One release per post: posts are unique per (release, account).
      const row = await aPost(ctx.dataSource, {
        socialAccountId: await account(slug, platform),
        release: { title: `Rilis ${name}`, body: 'Isi.', status: 'draft' },
        content: {},
        state,
        version: extra.version ?? 1,
        publishAt: extra.publishAt ?? null,
        publishZone: extra.zone ?? null,
        publishedAt: extra.publishedAt ?? null,
        permalink: extra.permalink ?? null,
        lastError: extra.error ? { class: extra.error[0], message: extra.error[1] } : null,
      });
      posts[name] = row.id;
    };

    // Rutan Bengkulu (WIB).
    await post('firstMoment', 'rutan-bengkulu', 'x', 'scheduled', { publishAt: FROM, zone: 'Asia/Jakarta' });
    await post('rutanFb', 'rutan-bengkulu', 'facebook', 'queued', {
      publishAt: '2026-12-02T08:00:00+07:00',
      zone: 'Asia/Jakarta',
      version: 3,
    });
    await post('rutanIgFailed', 'rutan-bengkulu', 'instagram', 'failed', {
      publishAt: '2026-12-03T09:30:00+07:00',
      zone: 'Asia/Jakarta',
      error: ['validation', 'Caption too long'],
    });
    // Published: placed at when it went out, not at when it was meant to.
    await post('publishedInside', 'rutan-bengkulu', 'x', 'published', {
      publishAt: '2026-11-30T23:00:00+07:00',
      zone: 'Asia/Jakarta',
      publishedAt: '2026-12-01T00:00:05+07:00',
      permalink: 'https://x.example/rutan/status/1',
    });
    await post('publishedOutside', 'rutan-bengkulu', 'facebook', 'published', {
      publishAt: '2026-12-07T23:00:00+07:00',
      zone: 'Asia/Jakarta',
      publishedAt: '2026-12-08T00:00:00+07:00',
      permalink: 'https://facebook.example/1',
    });
    await post('atTheEnd', 'rutan-bengkulu', 'instagram', 'scheduled', {
      publishAt: TO,
      zone: 'Asia/Jakarta',
    });
    await post('noTime', 'rutan-bengkulu', 'facebook', 'draft', { publishAt: null });
    // Lapas Bengkulu: one post kept the zone it was scheduled in (WIT), one uses the node's (WITA).
    await post('lapasWit', 'lapas-bengkulu', 'x', 'scheduled', {
      publishAt: '2026-12-04T10:00:00+09:00',
      zone: 'Asia/Jayapura',
    });
    await post('lapasNodeZone', 'lapas-bengkulu', 'facebook', 'needs_review', {
      publishAt: '2026-12-05T07:15:00+08:00',
      error: ['ambiguous_match', null as unknown as string],
    });
    // Another region: invisible to Bengkulu's people.
    await post('medan', 'lapas-medan', 'x', 'scheduled', {
      publishAt: '2026-12-02T12:00:00+07:00',
      zone: 'Asia/Jakarta',
    });
  });
  afterAll(() => ctx.close());

  const list = async (auth: string, query: Record<string, string>, status = 200) => {
    const res = await ctx.http
      .get(`/api/v1/calendar?${new URLSearchParams({ from: FROM, to: TO, ...query }).toString()}`)
      .set('Authorization', auth)
      .set('Accept-Language', 'en');
    if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { items: CalendarItem[]; nextCursor: string | null };
  };
  const names = (items: CalendarItem[]) =>
    items.map((i) => Object.keys(posts).find((k) => posts[k] === i.id) ?? i.id);

  it('lists [from, to) in time order: from is included, to is not, published posts sit at when they went out', async () => {
    const body = await list(admin, {});
    expect(names(body.items)).toEqual([
      'firstMoment', // 00:00:00 exactly = from
      'publishedInside', // went out 00:00:05, though planned for the day before
      'rutanFb',
      'medan',
      'rutanIgFailed',
      'lapasWit',
      'lapasNodeZone',
    ]);
    expect(body.nextCursor).toBeNull();
  });

  it('writes each time with its zone offset and returns what a calendar cell needs', async () => {
    const byName = Object.fromEntries((await list(admin, {})).items.map((i) => [names([i])[0], i]));
    expect(byName.rutanFb).toEqual({
      id: posts.rutanFb,
      releaseId: expect.any(String),
      releaseTitle: 'Rilis rutanFb',
      organizationId: ctx.org('rutan-bengkulu'),
      organizationName: 'Rutan Kelas IIB Bengkulu',
      socialAccountId: expect.any(String),
      account: { handle: 'rutan-bengkulu.facebook', displayName: 'rutan-bengkulu on facebook' },
      platform: 'facebook',
      state: 'queued',
      version: 3,
      zone: 'Asia/Jakarta',
      at: '2026-12-02T08:00:00.000+07:00',
      publishAt: '2026-12-02T08:00:00.000+07:00',
      publishedAt: null,
      permalink: null,
      lastError: null,
    });
    // The zone the post was scheduled in wins over its node's.
    expect(byName.lapasWit).toMatchObject({
      zone: 'Asia/Jayapura',
      publishAt: '2026-12-04T10:00:00.000+09:00',
    });
    // No zone of its own: the node's (WITA).
    expect(byName.lapasNodeZone).toMatchObject({
      zone: 'Asia/Makassar',
      publishAt: '2026-12-05T07:15:00.000+08:00',
      lastError: { class: 'ambiguous_match', message: null },
    });
    expect(byName.publishedInside).toMatchObject({
      at: '2026-12-01T00:00:05.000+07:00',
      publishAt: '2026-11-30T23:00:00.000+07:00',
      publishedAt: '2026-12-01T00:00:05.000+07:00',
      permalink: 'https://x.example/rutan/status/1',
    });
    expect(byName.rutanIgFailed.lastError).toEqual({ class: 'validation', message: 'Caption too long' });
  });

  it('the same instant asked for in another offset gives the same posts', async () => {
    const utc = await list(admin, { from: '2026-11-30T17:00:00Z', to: '2026-12-07T17:00:00Z' });
    expect(names(utc.items)).toEqual(names((await list(admin, {})).items));
    // One millisecond later, the first post falls out.
    const later = await list(admin, { from: '2026-11-30T17:00:00.001Z', to: '2026-12-07T17:00:00Z' });
    expect(names(later.items)).not.toContain('firstMoment');
  });

  it('filters by platform, by state (comma list) and by node (with the nodes below it)', async () => {
    expect(names((await list(admin, { platform: 'x' })).items)).toEqual([
      'firstMoment',
      'publishedInside',
      'medan',
      'lapasWit',
    ]);
    expect(names((await list(admin, { state: 'failed,needs_review' })).items)).toEqual([
      'rutanIgFailed',
      'lapasNodeZone',
    ]);
    expect(names((await list(admin, { organizationId: ctx.org('kanwil-bengkulu') })).items)).toEqual([
      'firstMoment',
      'publishedInside',
      'rutanFb',
      'rutanIgFailed',
      'lapasWit',
      'lapasNodeZone',
    ]);
    expect(
      names(
        (
          await list(admin, {
            organizationId: ctx.org('lapas-bengkulu'),
            platform: 'facebook',
            state: 'needs_review',
          })
        ).items,
      ),
    ).toEqual(['lapasNodeZone']);
  });

  it('is scoped to the caller: an editor sees their unit, a supervisor their region; other nodes are 404', async () => {
    expect(names((await list(editorRutan, {})).items)).toEqual([
      'firstMoment',
      'publishedInside',
      'rutanFb',
      'rutanIgFailed',
    ]);
    expect(names((await list(supervisorBengkulu, {})).items)).not.toContain('medan');
    expect((await list(supervisorBengkulu, {})).items).toHaveLength(6);
    for (const slug of ['lapas-medan', 'kanwil-bengkulu', 'lapas-bengkulu']) {
      const res = await ctx.http
        .get(`/api/v1/calendar?${new URLSearchParams({ from: FROM, to: TO, organizationId: ctx.org(slug) })}`)
        .set('Authorization', editorRutan);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    await ctx.http
      .get(`/api/v1/calendar?from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`)
      .expect(401);
  });

  it('pages with a cursor through the same order, nothing twice, nothing lost', async () => {
    const all = names((await list(admin, {})).items);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(admin, { limit: '2', ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...names(page.items));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(all);
    expect(pages).toBe(4);
  });

  it('answers a month of a busy subtree in one page (limit up to 5,000), and no more', async () => {
    const all = (await list(admin, {})).items;
    expect((await list(admin, { limit: '5000' })).items).toEqual(all);
    const tooMany = await ctx.http
      .get(`/api/v1/calendar?${new URLSearchParams({ from: FROM, to: TO, limit: '5001' })}`)
      .set('Authorization', admin)
      .set('Accept-Language', 'en');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details[0].field).toBe('limit');
    // Other lists keep their pages of 200.
    const posts = await ctx.http.get('/api/v1/posts?limit=201').set('Authorization', admin);
    expect(posts.status).toBe(400);
  });

  it('refuses ranges over 92 days, empty or backwards ranges, times without an offset and unknown states', async () => {
    // 2026-01-01 .. 2026-04-03 is exactly 92 days: allowed; one more day is not.
    await list(admin, { from: '2026-01-01T00:00:00+07:00', to: '2026-04-03T00:00:00+07:00' }, 200);
    const tooLong = await ctx.http
      .get(
        `/api/v1/calendar?${new URLSearchParams({ from: '2026-01-01T00:00:00+07:00', to: '2026-04-04T00:00:00+07:00' })}`,
      )
      .set('Authorization', admin)
      .set('Accept-Language', 'en');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error).toMatchObject({
      code: 'CALENDAR_RANGE_TOO_LONG',
      message: 'The range of 93 days is too long; at most 92 days per request.',
    });

    const backwards = await ctx.http
      .get(`/api/v1/calendar?${new URLSearchParams({ from: TO, to: FROM })}`)
      .set('Authorization', admin);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('CALENDAR_RANGE_INVALID');
    expect(backwards.body.error.message).toContain('"to" harus setelah "from"');
    await list(admin, { to: FROM }, 400);

    for (const query of <Record<string, string>[]>[
      { from: '2026-12-01T00:00:00' },
      { from: '2026-12-01' },
      { state: 'scheduled,nope' },
      { platform: 'tiktok' },
    ]) {
      const res = await ctx.http
        .get(`/api/v1/calendar?${new URLSearchParams({ from: FROM, to: TO, ...query })}`)
        .set('Authorization', admin)
        .set('Accept-Language', 'en');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details[0].field).toBe(Object.keys(query)[0]);
    }
  });
  it('any pair of well-formed times gets 200 or a clear 400, never a 500 (fast-check)', async () => {
    const offset = fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
        .map(([sign, h, m]) => `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    );
    const time = fc
      .tuple(
        fc.date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        offset,
      )
      .map(([d, o]) => `${d.toISOString().slice(0, 19)}${o}`);
    const nearby = fc.tuple(time, fc.integer({ min: -5, max: 100 })).map(([t, days]) => {
      const d = new Date(Date.parse(t) + days * 86_400_000);
      return [t, Number.isNaN(d.getTime()) ? t : d.toISOString()] as const;
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(time, time), nearby), async ([from, to]) => {
        const res = await ctx.http
          .get(`/api/v1/calendar?${new URLSearchParams({ from, to })}`)
          .set('Authorization', admin)
          .set('Accept-Language', 'en');
        const span = Date.parse(to) - Date.parse(from);
        if (res.status === 200) {
          expect(span).toBeGreaterThan(0);
          expect(span).toBeLessThanOrEqual(92 * 86_400_000);
          return;
        }
        expect(res.status).toBe(400);
        expect(['CALENDAR_RANGE_INVALID', 'CALENDAR_RANGE_TOO_LONG', 'VALIDATION_FAILED']).toContain(
          res.body.error.code,
        );
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });
});
