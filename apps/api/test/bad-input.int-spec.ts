import { MESSAGES } from '@warta/core';
import fc from 'fast-check';
import { ApiTestContext, createApiTestContext } from './api-test-context';

/**
 * Property: any malformed request to any endpoint gets a 4xx with a message in the requested
 * language, never a 5xx, and writes nothing.
 */
describe('bad input never breaks the api (fast-check, real Postgres)', () => {
  let ctx: ApiTestContext;
  let admin: string;
  let membershipId: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    admin = await ctx.tokenFor('admin');
    const me = await ctx.http.get('/api/v1/me').set('Authorization', await ctx.tokenFor('editor.rutan'));
    membershipId = me.body.memberships[0].id;
  });
  afterAll(() => ctx.close());

  const TABLES = [
    'organizations',
    'users',
    'memberships',
    'refresh_tokens',
    'audit_events',
    'audit_chain_heads',
    'login_throttle',
    'idempotency_keys',
    'media_assets',
    'media_renditions',
    'releases',
    'release_media',
    'posts',
    'publish_attempts',
    'approvals',
    'notifications',
    'notification_reads',
    'notification_read_marks',
    'organization_webhooks',
    'webhook_deliveries',
    'posting_targets',
  ];
  const snapshot = async () => {
    const rows = await ctx.dataSource.query(
      `SELECT ${TABLES.map((t) => `(SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM ${t} x) AS ${t}`).join(', ')}`,
    );
    return rows[0];
  };

  type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
  interface Endpoint {
    method: Method;
    path: (id: string) => string;
    /** A valid body to corrupt; undefined for routes without a body. */
    validBody?: () => Record<string, unknown>;
    hasId?: boolean;
    query?: boolean;
    auth?: boolean;
  }

  const endpoints: Record<string, Endpoint> = {
    login: {
      method: 'post',
      path: () => '/api/v1/auth/login',
      validBody: () => ({ email: 'admin@warta.local', password: 'salah-sandi' }),
      auth: false,
    },
    refresh: {
      method: 'post',
      path: () => '/api/v1/auth/refresh',
      validBody: () => ({ refreshToken: 'x'.repeat(43) }),
      auth: false,
    },
    me: { method: 'get', path: () => '/api/v1/me', query: true },
    listOrganizations: { method: 'get', path: () => '/api/v1/organizations', query: true },
    getOrganization: { method: 'get', path: (id) => `/api/v1/organizations/${id}`, hasId: true },
    createOrganization: {
      method: 'post',
      path: () => '/api/v1/organizations',
      validBody: () => ({
        parentId: ctx.org('kanwil-bengkulu'),
        name: 'Unit Uji',
        slug: 'unit-uji',
        kind: 'unit',
      }),
    },
    updateOrganization: {
      method: 'patch',
      path: (id) => `/api/v1/organizations/${id}`,
      hasId: true,
      validBody: () => ({ version: 1, name: 'Nama Baru' }),
    },
    listUsers: { method: 'get', path: () => '/api/v1/users', query: true },
    createUser: {
      method: 'post',
      path: () => '/api/v1/users',
      validBody: () => ({
        email: 'baru@warta.local',
        name: 'Baru',
        password: 'password-baru-1',
        organizationId: ctx.org('rutan-bengkulu'),
        role: 'editor',
      }),
    },
    addMembership: {
      method: 'post',
      path: (id) => `/api/v1/users/${id}/memberships`,
      hasId: true,
      validBody: () => ({ organizationId: ctx.org('lapas-bengkulu'), role: 'viewer' }),
    },
    deactivate: {
      method: 'post',
      path: (id) => `/api/v1/users/${id}/deactivate`,
      hasId: true,
      validBody: () => ({ reason: 'uji' }),
    },
    changeRole: {
      method: 'patch',
      path: (id) => `/api/v1/memberships/${id}`,
      hasId: true,
      validBody: () => ({ role: 'viewer' }),
    },
    removeMembership: { method: 'delete', path: (id) => `/api/v1/memberships/${id}`, hasId: true },
    audit: { method: 'get', path: () => '/api/v1/audit', query: true },
    // A JSON body is refused (the file must be the raw body); so are bad or missing query fields.
    uploadMedia: {
      method: 'post',
      path: () => '/api/v1/media',
      validBody: () => ({ organizationId: ctx.org('rutan-bengkulu') }),
      query: true,
    },
    listMedia: { method: 'get', path: () => '/api/v1/media', query: true },
    getMedia: { method: 'get', path: (id) => `/api/v1/media/${id}`, hasId: true },
    mediaContent: { method: 'get', path: (id) => `/api/v1/media/${id}/content`, hasId: true },
    mediaPublic: { method: 'get', path: (id) => `/media-public/${id}/original`, hasId: true, auth: false },
    listReleases: { method: 'get', path: () => '/api/v1/releases', query: true },
    getRelease: { method: 'get', path: (id) => `/api/v1/releases/${id}`, hasId: true },
    createRelease: {
      method: 'post',
      path: () => '/api/v1/releases',
      validBody: () => ({
        organizationId: ctx.org('rutan-bengkulu'),
        title: 'Judul Rilis',
        body: 'Isi rilis.',
        link: 'https://example.go.id/berita',
        tags: ['Humas'],
      }),
    },
    updateRelease: {
      method: 'patch',
      path: (id) => `/api/v1/releases/${id}`,
      hasId: true,
      validBody: () => ({ version: 1, title: 'Judul Baru' }),
    },
    archiveRelease: {
      method: 'post',
      path: (id) => `/api/v1/releases/${id}/archive`,
      hasId: true,
      validBody: () => ({ version: 1, reason: 'uji' }),
    },
    deleteRelease: { method: 'delete', path: (id) => `/api/v1/releases/${id}`, hasId: true },
    setReleaseMedia: {
      method: 'put',
      path: (id) => `/api/v1/releases/${id}/media`,
      hasId: true,
      validBody: () => ({ version: 1, media: [{ assetId: ctx.userId('admin'), altText: 'Foto' }] }),
    },
    submitRelease: {
      method: 'post',
      path: (id) => `/api/v1/releases/${id}/submit`,
      hasId: true,
      validBody: () => ({ version: 1, reason: 'siap' }),
    },
    approveRelease: {
      method: 'post',
      path: (id) => `/api/v1/releases/${id}/approve`,
      hasId: true,
      validBody: () => ({ version: 1, comment: 'Setuju' }),
    },
    requestReleaseChanges: {
      method: 'post',
      path: (id) => `/api/v1/releases/${id}/request-changes`,
      hasId: true,
      validBody: () => ({ version: 1, comment: 'Perbaiki judul' }),
    },
    releaseApprovals: { method: 'get', path: (id) => `/api/v1/releases/${id}/approvals`, hasId: true },
    approvalQueue: { method: 'get', path: () => '/api/v1/approvals', query: true },
    calendar: { method: 'get', path: () => '/api/v1/calendar', query: true },
    createDrafts: {
      method: 'post',
      path: (id) => `/api/v1/releases/${id}/drafts`,
      hasId: true,
      validBody: () => ({ options: { xThread: true } }),
    },
    listDrafts: { method: 'get', path: (id) => `/api/v1/releases/${id}/drafts`, hasId: true },
    updateDraft: {
      method: 'patch',
      path: (id) => `/api/v1/drafts/${id}`,
      hasId: true,
      validBody: () => ({
        version: 1,
        text: 'Teks baru',
        thread: ['1/2 a', '2/2 b'],
        firstComment: 'Komentar',
      }),
    },
    composePreview: {
      method: 'post',
      path: () => '/api/v1/compose/preview',
      validBody: () => ({
        nodeId: ctx.org('rutan-bengkulu'),
        title: 'Judul',
        body: 'Isi rilis.',
        platforms: ['x'],
        hashtags: ['Humas'],
      }),
    },
    getPost: { method: 'get', path: (id) => `/api/v1/posts/${id}`, hasId: true },
    scheduleRelease: {
      method: 'post',
      path: (id) => `/api/v1/releases/${id}/schedule`,
      hasId: true,
      validBody: () => ({ mode: 'at', publishAt: '2030-01-01T08:00:00+07:00', reason: 'jadwal' }),
    },
    schedulePost: {
      method: 'post',
      path: (id) => `/api/v1/posts/${id}/schedule`,
      hasId: true,
      validBody: () => ({ version: 1, mode: 'at', localTime: '2030-01-01T08:00' }),
    },
    cancelPost: {
      method: 'post',
      path: (id) => `/api/v1/posts/${id}/cancel`,
      hasId: true,
      validBody: () => ({ version: 1, reason: 'batal' }),
    },
    resolvePost: {
      method: 'post',
      path: (id) => `/api/v1/posts/${id}/resolve`,
      hasId: true,
      validBody: () => ({
        version: 1,
        action: 'mark_published',
        permalink: 'https://x.com/rutan/status/1',
        reason: 'sudah dicek',
      }),
    },
    postingSlots: {
      method: 'put',
      path: (id) => `/api/v1/accounts/${id}/posting-slots`,
      hasId: true,
      validBody: () => ({ version: 1, slots: ['08:00', '19:00'] }),
    },
    listNotifications: { method: 'get', path: () => '/api/v1/notifications', query: true },
    readNotification: { method: 'post', path: (id) => `/api/v1/notifications/${id}/read`, hasId: true },
    // Every query key the generator uses is unknown here, so each variant must be refused.
    readAllNotifications: { method: 'post', path: () => '/api/v1/notifications/read-all', query: true },
    getWebhook: { method: 'get', path: (id) => `/api/v1/organizations/${id}/webhook`, hasId: true },
    putWebhook: {
      method: 'put',
      path: (id) => `/api/v1/organizations/${id}/webhook`,
      hasId: true,
      validBody: () => ({ url: 'https://hooks.example.go.id/warta', events: ['post_failed'] }),
    },
    deleteWebhook: { method: 'delete', path: (id) => `/api/v1/organizations/${id}/webhook`, hasId: true },
    rotateWebhookSecret: {
      method: 'post',
      path: (id) => `/api/v1/organizations/${id}/webhook/rotate-secret`,
      hasId: true,
    },
    dashboardOverview: { method: 'get', path: () => '/api/v1/dashboards/overview', query: true },
    dashboardTimeSeries: { method: 'get', path: () => '/api/v1/dashboards/timeseries', query: true },
    dashboardLeaderboard: { method: 'get', path: () => '/api/v1/dashboards/leaderboard', query: true },
    dashboardTopPosts: { method: 'get', path: () => '/api/v1/dashboards/top-posts', query: true },
    dashboardConsistency: { method: 'get', path: () => '/api/v1/dashboards/consistency', query: true },
    dashboardBestTimes: { method: 'get', path: () => '/api/v1/dashboards/best-times', query: true },
    dashboardCsvExport: { method: 'get', path: () => '/api/v1/dashboards/overview/export.csv', query: true },
    getPostingTargets: {
      method: 'get',
      path: (id) => `/api/v1/organizations/${id}/posting-targets`,
      hasId: true,
    },
    putPostingTarget: {
      method: 'put',
      path: (id) => `/api/v1/organizations/${id}/posting-targets`,
      hasId: true,
      validBody: () => ({ platform: 'x', period: 'week', count: 3 }),
    },
    deletePostingTarget: {
      method: 'delete',
      path: (id) => `/api/v1/organizations/${id}/posting-targets`,
      hasId: true,
      query: true,
    },
  };

  const weird = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.string({ maxLength: 20 }),
    fc.constant('x'.repeat(20_000)),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  );
  const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).map((k) => `zz_${k}`);

  /** A body that is wrong by construction: not an object, an unknown field, or a field of the wrong type. */
  const badBody = (valid: () => Record<string, unknown>) =>
    fc.oneof(
      fc
        .oneof(fc.constant(null), fc.integer(), fc.string(), fc.array(fc.anything(), { maxLength: 3 }))
        .map((v) => ({ raw: JSON.stringify(v) })),
      fc.tuple(unknownKey, weird).map(([k, v]) => ({ json: { ...valid(), [k]: v } })),
      // null is left out here: optional fields legitimately accept it.
      fc
        .tuple(
          fc.nat(),
          weird.filter((v) => v !== null),
        )
        .map(([i, v]) => {
          const body = valid();
          const keys = Object.keys(body);
          const key = keys[i % keys.length];
          const typeOf = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);
          // Same type as the valid value could still be valid; force a type change.
          return { json: { ...body, [key]: typeOf(v) === typeOf(body[key]) ? { nested: v } : v } };
        }),
      fc.constantFrom('{', '{"a":', '[1,2', 'null x', '\u0000').map((raw) => ({ raw })),
    );

  const badId = fc.oneof(
    fc.string({ minLength: 1, maxLength: 40 }).map((s) => encodeURIComponent(s.replace(/[/?#]/g, '')) || 'x'),
    fc.uuid(),
    fc.constantFrom(
      '1',
      '-1',
      '00000000-0000-0000-0000-00000000000g',
      "1' OR '1'='1",
      '%00',
      'null',
      'undefined',
    ),
  );
  const badQuery = fc.dictionary(
    fc.constantFrom(
      'limit',
      'cursor',
      'kind',
      'parentId',
      'under',
      'q',
      'from',
      'to',
      'organizationId',
      'unread',
      'platform',
      'state',
      'zz',
    ),
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('-1', '0', '201', '1.5', 'abc', 'x'.repeat(600), 'e30', '2026-13-45'),
    ),
    { minKeys: 1, maxKeys: 3 },
  );
  const lang = fc.constantFrom<'id' | 'en' | undefined>('id', 'en', undefined);

  const messageMatches = (code: string, language: 'id' | 'en', message: string) => {
    const template = MESSAGES[code]?.[language];
    if (!template) return false;
    const pattern = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.*');
    return new RegExp(`^${pattern}$`, 's').test(message);
  };

  for (const [name, ep] of Object.entries(endpoints)) {
    it(`${name}: only 4xx, in the requested language, nothing written`, async () => {
      const before = await snapshot();
      const variants: fc.Arbitrary<{
        body?: { raw?: string; json?: unknown };
        id: string;
        query?: Record<string, string>;
      }>[] = [];
      const validId = ep.path('').includes('memberships/') ? membershipId : ctx.userId('editor.rutan');
      if (ep.validBody) variants.push(fc.record({ body: badBody(ep.validBody), id: fc.constant(validId) }));
      if (ep.hasId)
        variants.push(
          fc
            .record({ id: badId })
            .map((r) => ({ ...r, body: ep.validBody ? { json: ep.validBody() } : undefined })),
        );
      if (ep.query) variants.push(fc.record({ id: fc.constant(''), query: badQuery }));
      const arb = fc.tuple(fc.oneof(...variants), lang);

      await fc.assert(
        fc.asyncProperty(arb, async ([input, language]) => {
          let path = ep.path(input.id);
          if (input.query) path += `?${new URLSearchParams(input.query).toString()}`;
          let req = ctx.http[ep.method](path);
          if (ep.auth !== false) req = req.set('Authorization', admin);
          if (language) req = req.set('Accept-Language', language);
          if (input.body?.raw !== undefined)
            req = req.set('Content-Type', 'application/json').send(input.body.raw);
          else if (input.body?.json !== undefined) req = req.send(input.body.json as object);
          const res = await req;
          // A valid-shaped query over an empty result is a legitimate 200; everything else must be refused.
          if (res.status === 200 && input.query) return;
          if (res.status < 400 || res.status >= 500) {
            throw new Error(
              `${ep.method.toUpperCase()} ${path} -> ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
            );
          }
          const wanted = language ?? 'id';
          expect(res.body.error.code).toEqual(expect.any(String));
          expect(res.headers['content-language']).toBe(wanted);
          if (!messageMatches(res.body.error.code, wanted, res.body.error.message)) {
            throw new Error(`message not in ${wanted}: ${JSON.stringify(res.body.error)}`);
          }
        }),
        { numRuns: 40, seed: 20261128 ^ name.length },
      );
      expect(await snapshot()).toEqual(before);
    });
  }

  it('a body over 1 MB is a 413 in the requested language', async () => {
    const res = await ctx.http
      .post('/api/v1/organizations')
      .set('Authorization', admin)
      .set('Accept-Language', 'en')
      .send({ name: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe('The request body is too large (maximum 1mb).');
  });
});
