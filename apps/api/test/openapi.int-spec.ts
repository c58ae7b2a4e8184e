import { DateTime } from 'luxon';
import fixture from '../../../libs/composer/src/__fixtures__/rutan-bengkulu-kehumasan.json';
import { openApiDocumentOffline } from '../src/openapi/openapi-document';
import type { Platform } from '@warta/core';
import { aConnectedAccount } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';
import { jpeg } from './media-fixtures';
import { OpenApiConformance } from './openapi-conformance';

/** GET operations this file does not call, each with why (binary bodies, or another app's flow). */
const NOT_JSON_GETS = new Set([
  'GET /health', // terminus describes its own answer
  'GET /media-public/{id}/{variant}', // bytes
  'GET /api/v1/media/{id}/content', // bytes
  'GET /api/v1/accounts/callback/{platform}', // the OAuth round trip: accounts-oauth.int-spec
]);

/**
 * The OpenAPI document describes every field the api answers: real requests over a day of Warta
 * (sign in, compose, approve, schedule, publish, metrics, dashboards, admin), each JSON answer
 * validated against its operation's schema with undocumented fields forbidden.
 */
describe('the OpenAPI document matches what the api answers (real Postgres)', () => {
  let ctx: ApiTestContext;
  let api: OpenApiConformance;
  let admin: string;
  let editor: string;
  let approver: string;
  let rutan: string;

  /** One request: status asserted, body checked against `template`'s schema for that status. */
  const call = async (
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    template: string,
    url: string,
    auth: string | null,
    status: number,
    body?: unknown,
  ) => {
    let req = ctx.http[method](url);
    if (auth) req = req.set('Authorization', auth);
    const res = await (body === undefined ? req : req.send(body as object));
    if (res.status !== status) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    api.check(method, template, res.status, status === 204 ? undefined : res.body);
    return res.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  beforeAll(async () => {
    ctx = await createApiTestContext();
    const served = await ctx.http.get('/api/docs-json').expect(200);
    api = new OpenApiConformance(served.body);
    admin = await ctx.tokenFor('admin');
    editor = await ctx.tokenFor('editor.rutan');
    approver = await ctx.tokenFor('approver.rutan');
    rutan = ctx.org('rutan-bengkulu');
  });
  afterAll(() => ctx.close());

  it('npm run openapi:export builds, without Postgres or Redis, the document the api serves', async () => {
    const offline = JSON.parse(JSON.stringify(await openApiDocumentOffline()));
    expect(offline).toEqual(api.doc);
  });

  it('the checker itself refuses an undocumented field, a wrong type and a missing field', () => {
    const release = { id: '00000000-0000-4000-8000-000000000000', title: 't' };
    expect(() => api.check('get', '/api/v1/releases/{id}', 200, { ...release, extra: 1 })).toThrow(
      /additional/,
    );
    expect(() =>
      api.check('get', '/api/v1/me', 200, { user: 1, memberships: [], permissions: [] }),
    ).toThrow();
    expect(() => api.check('get', '/api/v1/releases/{id}', 201, {})).toThrow(/not documented/);
  });

  it('every answer of a whole day of Warta is described by the document', async () => {
    const V1 = '/api/v1';
    // auth
    const login = await call('post', `${V1}/auth/login`, `${V1}/auth/login`, null, 200, {
      email: 'editor.rutan@warta.local',
      password: 'warta-demo',
    });
    await call('post', `${V1}/auth/refresh`, `${V1}/auth/refresh`, null, 200, {
      refreshToken: login.refreshToken,
    });
    const me = await call('get', `${V1}/me`, `${V1}/me`, editor, 200);
    expect(me.memberships).toEqual([
      expect.objectContaining({
        organizationId: rutan,
        organizationTimezone: 'Asia/Jakarta',
        role: 'editor',
      }),
    ]);
    await call(
      'get',
      `${V1}/releases/{id}`,
      `${V1}/releases/00000000-0000-4000-8000-000000000000`,
      editor,
      404,
    );

    // organizations and users
    await call('get', `${V1}/organizations`, `${V1}/organizations`, admin, 200);
    await call('get', `${V1}/organizations/{id}`, `${V1}/organizations/${rutan}`, admin, 200);
    const unit = await call('post', `${V1}/organizations`, `${V1}/organizations`, admin, 201, {
      parentId: ctx.org('kanwil-bengkulu'),
      name: 'Bapas Uji',
      slug: 'bapas-uji',
      kind: 'unit',
    });
    await call('patch', `${V1}/organizations/{id}`, `${V1}/organizations/${unit.id}`, admin, 200, {
      version: unit.version,
      name: 'Bapas Uji Dua',
    });
    await call('get', `${V1}/users`, `${V1}/users`, admin, 200);
    const user = await call('post', `${V1}/users`, `${V1}/users`, admin, 201, {
      email: 'staf.uji@warta.local',
      name: 'Staf Uji',
      password: 'sandi-uji-panjang',
      organizationId: unit.id,
      role: 'editor',
    });
    const membership = await call(
      'post',
      `${V1}/users/{id}/memberships`,
      `${V1}/users/${user.userId}/memberships`,
      admin,
      201,
      { organizationId: rutan, role: 'viewer' },
    );
    await call(
      'patch',
      `${V1}/memberships/{id}`,
      `${V1}/memberships/${membership.membershipId}`,
      admin,
      204,
      {
        role: 'approver',
      },
    );

    // accounts (rows of libs/accounts inserted directly: the OAuth flow has its own tests)
    const account = async (platform: Platform, handle: string) =>
      (
        await aConnectedAccount(ctx.dataSource, {
          organizationId: rutan,
          platform,
          handle,
          displayName: `Rutan Bengkulu (${platform})`,
        })
      ).id;
    const xAccount = await account('x', 'rutanbengkulu');
    await account('facebook', 'rutanbengkulu.fb');
    await account('instagram', 'rutan.bengkulu');
    await call('get', `${V1}/accounts`, `${V1}/accounts`, editor, 200);
    const x = await call('get', `${V1}/accounts/{id}`, `${V1}/accounts/${xAccount}`, editor, 200);
    await call(
      'get',
      `${V1}/accounts/connect/{platform}`,
      `${V1}/accounts/connect/x?organizationId=${rutan}`,
      admin,
      200,
    );
    // A Facebook connection waiting for its Pages (as the callback leaves it; no tokens needed here).
    const [pending] = await ctx.dataSource.query(
      `INSERT INTO pending_connections (user_id, organization_id, platform, choices, expires_at)
       VALUES ($1, $2, 'facebook', $3, now() + interval '30 minutes') RETURNING id`,
      [
        ctx.userId('admin'),
        rutan,
        JSON.stringify([
          {
            pageId: '1001',
            name: 'Rutan Bengkulu',
            instagram: { id: '2001', username: 'rutan.bengkulu', name: 'Rutan' },
          },
          { pageId: '1002', name: 'Halaman Lain', instagram: null },
        ]),
      ],
    );
    await call(
      'get',
      `${V1}/accounts/connect/facebook/pending/{id}`,
      `${V1}/accounts/connect/facebook/pending/${pending.id}`,
      admin,
      200,
    );
    await call(
      'put',
      `${V1}/accounts/{id}/posting-slots`,
      `${V1}/accounts/${xAccount}/posting-slots`,
      admin,
      200,
      {
        version: x.version,
        slots: ['08:00', '19:00'],
      },
    );
    const withSlots = await call('get', `${V1}/accounts/{id}`, `${V1}/accounts/${xAccount}`, editor, 200);
    expect(withSlots.postingSlots).toEqual(['08:00', '19:00']);

    // media and releases
    const upload = await ctx.http
      .post(`${V1}/media?organizationId=${rutan}&filename=foto.jpg`)
      .set('Authorization', editor)
      .set('Content-Type', 'image/jpeg')
      .send(await jpeg(1200, 900));
    expect(upload.status).toBe(201);
    api.check('post', `${V1}/media`, 201, upload.body);
    await call('get', `${V1}/media`, `${V1}/media`, editor, 200);
    await call('get', `${V1}/media/{id}`, `${V1}/media/${upload.body.id}`, editor, 200);

    const release = await call('post', `${V1}/releases`, `${V1}/releases`, editor, 201, {
      organizationId: rutan,
      title: fixture.title,
      body: fixture.body,
      link: 'https://rutanbengkulu.example.go.id/berita/1',
    });
    const patched = await call('patch', `${V1}/releases/{id}`, `${V1}/releases/${release.id}`, editor, 200, {
      version: release.version,
      tags: ['HumasPemasyarakatan'],
    });
    const withMedia = await call(
      'put',
      `${V1}/releases/{id}/media`,
      `${V1}/releases/${release.id}/media`,
      editor,
      200,
      {
        version: patched.version,
        media: [{ assetId: upload.body.id, altText: 'Foto kegiatan' }],
      },
    );
    await call('get', `${V1}/releases`, `${V1}/releases`, editor, 200);
    await call('get', `${V1}/releases/{id}`, `${V1}/releases/${release.id}`, editor, 200);
    await call('post', `${V1}/compose/preview`, `${V1}/compose/preview`, editor, 200, {
      nodeId: rutan,
      title: fixture.title,
      body: fixture.body,
    });

    // drafts, review
    const drafts = await call(
      'post',
      `${V1}/releases/{id}/drafts`,
      `${V1}/releases/${release.id}/drafts`,
      editor,
      201,
      {
        options: { xThread: true },
      },
    );
    const fb = (drafts.items as { platform: string; id: string; version: number }[]).find(
      (d) => d.platform === 'facebook',
    )!;
    await call('patch', `${V1}/drafts/{id}`, `${V1}/drafts/${fb.id}`, editor, 200, {
      version: fb.version,
      text: `${fixture.title}\n\nKegiatan dihadiri 250 peserta.`,
      firstComment: 'Selengkapnya di situs kami.',
    });
    await call('get', `${V1}/releases/{id}/drafts`, `${V1}/releases/${release.id}/drafts`, editor, 200);
    const submitted = await call(
      'post',
      `${V1}/releases/{id}/submit`,
      `${V1}/releases/${release.id}/submit`,
      editor,
      200,
      {
        version: withMedia.version,
      },
    );
    const queue = await call('get', `${V1}/approvals`, `${V1}/approvals`, approver, 200);
    expect(queue.items).toHaveLength(1);
    const approved = await call(
      'post',
      `${V1}/releases/{id}/approve`,
      `${V1}/releases/${release.id}/approve`,
      approver,
      200,
      {
        version: submitted.version,
        comment: 'Baik.',
      },
    );
    expect(approved.approval).not.toBeNull();
    await call('get', `${V1}/releases/{id}/approvals`, `${V1}/releases/${release.id}/approvals`, editor, 200);
    await call(
      'get',
      `${V1}/releases/{id}/submissions`,
      `${V1}/releases/${release.id}/submissions`,
      editor,
      200,
    );

    const other = await call('post', `${V1}/releases`, `${V1}/releases`, editor, 201, {
      organizationId: rutan,
      title: 'Rilis kedua',
      body: 'BENGKULU - Isi rilis kedua.',
    });
    const otherSubmitted = await call(
      'post',
      `${V1}/releases/{id}/submit`,
      `${V1}/releases/${other.id}/submit`,
      editor,
      200,
      {
        version: other.version,
      },
    );
    await call(
      'post',
      `${V1}/releases/{id}/request-changes`,
      `${V1}/releases/${other.id}/request-changes`,
      approver,
      200,
      {
        version: otherSubmitted.version,
        comment: 'Tambahkan foto.',
      },
    );
    const archived = await call(
      'post',
      `${V1}/releases/{id}/archive`,
      `${V1}/releases/${other.id}/archive`,
      editor,
      200,
      {
        reason: 'Batal',
      },
    );
    expect(archived.status).toBe('archived');

    // schedule, the life of posts (a month ahead, in WIB)
    const day = DateTime.now().setZone('Asia/Jakarta').plus({ days: 30 }).startOf('day');
    const scheduled = await call(
      'post',
      `${V1}/releases/{id}/schedule`,
      `${V1}/releases/${release.id}/schedule`,
      editor,
      200,
      {
        mode: 'at',
        localTime: day.set({ hour: 8 }).toFormat("yyyy-MM-dd'T'HH:mm"),
      },
    );
    const [first, second] = scheduled.items as { id: string; version: number }[];
    const moved = await call(
      'post',
      `${V1}/posts/{id}/schedule`,
      `${V1}/posts/${first.id}/schedule`,
      editor,
      200,
      {
        version: first.version,
        mode: 'at',
        publishAt: day.set({ hour: 9 }).toISO(),
      },
    );
    await call('post', `${V1}/posts/{id}/cancel`, `${V1}/posts/${first.id}/cancel`, editor, 200, {
      version: moved.version,
      reason: 'Tidak jadi',
    });
    // A post that went out, with a metric snapshot, and one that needs a person.
    await ctx.dataSource.query(
      `UPDATE posts SET state = 'needs_review', version = version + 1,
         last_error_class = 'timeout', last_error_message = 'Platform tidak menjawab' WHERE id = $1`,
      [second.id],
    );
    const review = await call('get', `${V1}/posts/{id}`, `${V1}/posts/${second.id}`, editor, 200);
    const resolved = await call(
      'post',
      `${V1}/posts/{id}/resolve`,
      `${V1}/posts/${second.id}/resolve`,
      admin,
      200,
      {
        version: review.version,
        action: 'mark_published',
        permalink: 'https://x.com/rutanbengkulu/status/1',
        reason: 'Sudah terbit, dicek manual',
      },
    );
    expect(resolved.state).toBe('published');
    await ctx.dataSource.query(
      `INSERT INTO metric_snapshots (post_id, organization_id, social_account_id, platform, captured_at, views, likes, source)
       SELECT id, organization_id, social_account_id, platform, now(), 120, 7, 'test' FROM posts WHERE id = $1`,
      [second.id],
    );
    const detail = await call('get', `${V1}/posts/{id}`, `${V1}/posts/${second.id}`, editor, 200);
    expect(detail.metrics).toMatchObject({ views: 120, likes: 7, reach: null, saves: null });
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['post.resolved']),
    );
    await call('get', `${V1}/posts`, `${V1}/posts?state=published,cancelled`, editor, 200);
    await call(
      'get',
      `${V1}/calendar`,
      `${V1}/calendar?from=${encodeURIComponent(day.toISO()!)}&to=${encodeURIComponent(day.plus({ days: 1 }).toISO()!)}`,
      editor,
      200,
    );

    // notifications
    await ctx.dataSource.query(
      `INSERT INTO notifications (organization_id, kind, post_id, reason, params) VALUES ($1, 'post_failed', $2, 'rejected', '{}'::jsonb)`,
      [rutan, second.id],
    );
    const notes = await call('get', `${V1}/notifications`, `${V1}/notifications`, editor, 200);
    expect(notes.items.length).toBeGreaterThan(0);
    await call(
      'post',
      `${V1}/notifications/{id}/read`,
      `${V1}/notifications/${notes.items[0].id}/read`,
      editor,
      200,
    );
    await call('post', `${V1}/notifications/read-all`, `${V1}/notifications/read-all`, editor, 200);

    // admin: webhook, targets, audit, queue board
    const hook = `${V1}/organizations/${rutan}/webhook`;
    const created = await call('put', `${V1}/organizations/{id}/webhook`, hook, admin, 200, {
      url: 'https://humas.example.go.id/warta-webhook',
    });
    expect(created.secret).toEqual(expect.any(String));
    await call('get', `${V1}/organizations/{id}/webhook`, hook, admin, 200);
    const rotated = await call(
      'post',
      `${V1}/organizations/{id}/webhook/rotate-secret`,
      `${hook}/rotate-secret?version=${created.version}`,
      admin,
      200,
    );
    await call(
      'delete',
      `${V1}/organizations/{id}/webhook`,
      `${hook}?version=${rotated.version}&reason=uji`,
      admin,
      200,
    );
    expect(rotated.secret).toEqual(expect.any(String));
    const targets = `${V1}/organizations/${rutan}/posting-targets`;
    const target = await call('put', `${V1}/organizations/{id}/posting-targets`, targets, admin, 200, {
      platform: 'x',
      period: 'week',
      count: 3,
    });
    await call('get', `${V1}/organizations/{id}/posting-targets`, targets, admin, 200);
    await call('get', `${V1}/audit`, `${V1}/audit`, admin, 200);
    await call('post', `${V1}/admin/queues/session`, `${V1}/admin/queues/session`, admin, 200);

    // dashboards (JSON)
    const q = `organizationId=${ctx.org('kanwil-bengkulu')}`;
    for (const name of ['overview', 'timeseries', 'leaderboard', 'top-posts', 'consistency', 'best-times']) {
      await call('get', `${V1}/dashboards/${name}`, `${V1}/dashboards/${name}?${q}`, admin, 200);
    }

    await call(
      'delete',
      `${V1}/organizations/{id}/posting-targets`,
      `${targets}?platform=x&period=week&version=${target.version}`,
      admin,
      204,
    );
    await call(
      'delete',
      `${V1}/memberships/{id}`,
      `${V1}/memberships/${membership.membershipId}`,
      admin,
      204,
    );
    await call(
      'post',
      `${V1}/users/{id}/deactivate`,
      `${V1}/users/${user.userId}/deactivate`,
      admin,
      204,
      {},
    );
    await call('delete', `${V1}/accounts/{id}`, `${V1}/accounts/${xAccount}`, admin, 200);
    await call('delete', `${V1}/releases/{id}`, `${V1}/releases/${release.id}`, editor, 200);
    await call('post', `${V1}/auth/logout`, `${V1}/auth/logout`, `Bearer ${login.accessToken}`, 204);

    // Every JSON GET of the document was called above.
    const gets = Object.entries(api.doc.paths)
      .filter(([, item]) => item.get)
      .map(([path]) => `GET ${path}`)
      .filter((op) => !NOT_JSON_GETS.has(op) && !op.endsWith('/export.csv'));
    expect(gets.filter((op) => !api.checked.has(op))).toEqual([]);
  });
});
