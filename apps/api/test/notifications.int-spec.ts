import { MarkAccountNeedsReconnect } from '@warta/accounts';
import { configFromEnv } from '@warta/config';
import { deriveWebhookSecret, NotificationEvent, Notifier } from '@warta/notifications';
import { aConnectedAccount } from '@warta/testing';
import { ApiTestContext, createApiTestContext } from './api-test-context';

describe('notifications and node webhooks over the api (real Postgres)', () => {
  let ctx: ApiTestContext;
  let admin: string;
  let editorRutan: string;
  let supervisor: string;
  let editorMedan: string;

  beforeAll(async () => {
    ctx = await createApiTestContext();
    admin = await ctx.tokenFor('admin');
    editorRutan = await ctx.tokenFor('editor.rutan');
    supervisor = await ctx.tokenFor('supervisor.bengkulu');
    editorMedan = await ctx.tokenFor('editor.medan');
  });
  afterAll(() => ctx.close());

  const notify = (slug: string, event: Partial<NotificationEvent> = {}) =>
    ctx.dataSource.transaction((m) =>
      ctx.app.get(Notifier).notify(m, {
        organizationId: ctx.org(slug),
        kind: 'post_failed',
        reason: 'validation',
        params: { platform: 'x', handle: slug, releaseTitle: `Rilis ${slug}` },
        ...event,
      }),
    );
  const list = async (auth: string, query = '', lang?: string) => {
    let req = ctx.http.get(`/api/v1/notifications${query}`).set('Authorization', auth);
    if (lang) req = req.set('Accept-Language', lang);
    const res = await req;
    expect(res.status).toBe(200);
    return res.body as {
      items: {
        id: string;
        kind: string;
        title: string;
        body: string;
        organizationId: string;
        read: boolean;
        params: Record<string, unknown>;
      }[];
      nextCursor: string | null;
    };
  };
  const handles = (page: { items: { params: Record<string, unknown> }[] }) =>
    page.items.map((i) => i.params.handle).sort();

  describe('the list', () => {
    beforeAll(async () => {
      await ctx.dataSource.query(`DELETE FROM notifications`);
      await notify('rutan-bengkulu');
      await notify('lapas-bengkulu', { kind: 'post_needs_review', reason: 'ambiguous_match' });
      await notify('lapas-medan');
      await notify('kanwil-bengkulu', { kind: 'account_needs_reconnect', reason: 'auth_revoked' });
    });

    it('is scoped to the caller subtree: a unit editor sees only their unit, a Kanwil its units, not another region', async () => {
      expect(handles(await list(editorRutan))).toEqual(['rutan-bengkulu']);
      expect(handles(await list(editorMedan))).toEqual(['lapas-medan']);
      expect(handles(await list(supervisor))).toEqual([
        'kanwil-bengkulu',
        'lapas-bengkulu',
        'rutan-bengkulu',
      ]);
      expect(handles(await list(admin))).toHaveLength(4);
    });

    it('renders title and body in the caller language (Indonesian by default, English on request)', async () => {
      const id = (await list(editorRutan)).items[0];
      expect(id).toMatchObject({
        kind: 'post_failed',
        reason: 'validation',
        organizationId: ctx.org('rutan-bengkulu'),
        postId: null,
        socialAccountId: null,
        read: false,
        title: 'Postingan gagal terbit',
      });
      expect(id.body).toContain('Postingan X @rutan-bengkulu gagal diterbitkan.');
      expect(id.body).toContain('Rilis: "Rilis rutan-bengkulu".');
      const en = (await list(editorRutan, '', 'en')).items[0];
      expect(en.title).toBe('A post failed to publish');
      expect(en.body).toContain('The X post @rutan-bengkulu failed to publish.');
      expect(en.id).toBe(id.id);
    });

    it('pages newest first with a cursor', async () => {
      const first = await list(admin, '?limit=3');
      expect(first.items).toHaveLength(3);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await list(admin, `?limit=3&cursor=${first.nextCursor}`);
      expect(second.items).toHaveLength(1);
      expect(second.nextCursor).toBeNull();
      expect(handles({ items: [...first.items, ...second.items] })).toHaveLength(4);
      expect(first.items.map((i) => i.params.handle)).toEqual([
        'kanwil-bengkulu',
        'lapas-medan',
        'lapas-bengkulu',
      ]);
    });

    it('read state is per user: one read, unread filter, read-all; out-of-subtree reads are 404', async () => {
      const mine = (await list(supervisor)).items;
      const rutanItem = mine.find((i) => i.params.handle === 'rutan-bengkulu')!;
      const read = await ctx.http
        .post(`/api/v1/notifications/${rutanItem.id}/read`)
        .set('Authorization', supervisor);
      expect(read.status).toBe(200);
      expect(read.body).toEqual({ id: rutanItem.id, read: true });
      // Idempotent.
      expect(
        (await ctx.http.post(`/api/v1/notifications/${rutanItem.id}/read`).set('Authorization', supervisor))
          .status,
      ).toBe(200);
      expect(handles(await list(supervisor, '?unread=true'))).toEqual(['kanwil-bengkulu', 'lapas-bengkulu']);
      // The editor of the same unit has not read it.
      expect((await list(editorRutan, '?unread=true')).items).toHaveLength(1);

      const medanItem = (await list(editorMedan)).items[0];
      const foreign = await ctx.http
        .post(`/api/v1/notifications/${medanItem.id}/read`)
        .set('Authorization', supervisor)
        .set('Accept-Language', 'en');
      expect(foreign.status).toBe(404);
      expect(foreign.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Not found.' });
      expect((await list(editorMedan, '?unread=true')).items).toHaveLength(1);

      const all = await ctx.http.post('/api/v1/notifications/read-all').set('Authorization', supervisor);
      expect(all.status).toBe(200);
      expect(all.body.readThrough).toEqual(expect.any(String));
      expect((await list(supervisor, '?unread=true')).items).toEqual([]);
      expect((await list(supervisor)).items.every((i) => i.read)).toBe(true);
      // Something new after read-all is unread again.
      await notify('lpka-bengkulu');
      expect(handles(await list(supervisor, '?unread=true'))).toEqual(['lpka-bengkulu']);
      expect((await list(editorRutan, '?unread=true')).items).toHaveLength(1);
    });

    it('refuses a bad unread flag in the caller language', async () => {
      const res = await ctx.http
        .get('/api/v1/notifications?unread=maybe')
        .set('Authorization', admin)
        .set('Accept-Language', 'en');
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ field: 'unread', message: 'unread: must be true or false' }),
      ]);
    });
  });

  it('an account marked needs_reconnect notifies its node (and the Kanwil sees it)', async () => {
    const account = await aConnectedAccount(ctx.dataSource, {
      organizationId: ctx.org('rutan-bengkulu'),
      platform: 'x',
      handle: 'rutanbkl',
    });
    expect(
      await ctx.app.get(MarkAccountNeedsReconnect).execute(account.id, 'refresh refused (auth_revoked)'),
    ).toBe(true);
    const page = await list(supervisor, '?unread=true', 'en');
    const item = page.items.find(
      (i) => i.kind === 'account_needs_reconnect' && i.organizationId === ctx.org('rutan-bengkulu'),
    );
    expect(item).toMatchObject({
      socialAccountId: account.id,
      title: 'An account needs reconnecting',
      params: { platform: 'x', handle: 'rutanbkl', error: 'refresh refused (auth_revoked)' },
    });
    expect(item!.body).toContain('The X account @rutanbkl cannot be used until an admin connects it again.');
    // Marked once, notified once.
    expect(await ctx.app.get(MarkAccountNeedsReconnect).execute(account.id, 'again')).toBe(false);
    const [{ n }] = await ctx.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE social_account_id = $1`,
      [account.id],
    );
    expect(n).toBe(1);
  });

  describe('node webhooks', () => {
    const path = (slug: string, suffix = '') => `/api/v1/organizations/${ctx.org(slug)}/webhook${suffix}`;
    const auditOf = async (slug: string) =>
      (
        await ctx.dataSource.query(
          `SELECT action, actor_id, data FROM audit_events WHERE subject_type = 'organization_webhook' AND subject_id = $1 ORDER BY created_at, seq`,
          [ctx.org(slug)],
        )
      ).map((r: { action: string; data: Record<string, unknown> }) => ({ action: r.action, data: r.data }));

    it('create shows the secret once; update keeps it; rotate and re-create issue new ones; all audited', async () => {
      const key = configFromEnv().notifications.webhookSecretKey;
      const created = await ctx.http
        .put(path('rutan-bengkulu'))
        .set('Authorization', admin)
        .send({ url: 'https://hooks.example.go.id/warta?token=abc', events: ['post_failed'] });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        organizationId: ctx.org('rutan-bengkulu'),
        url: 'https://hooks.example.go.id/warta?token=abc',
        events: ['post_failed'],
        active: true,
        version: 1,
        secretVersion: 1,
      });
      expect(created.body.secret).toBe(deriveWebhookSecret(key, ctx.org('rutan-bengkulu'), 1));
      // Nothing secret is stored.
      const stored = JSON.stringify(await ctx.dataSource.query(`SELECT * FROM organization_webhooks`));
      expect(stored).not.toContain(created.body.secret);

      const got = await ctx.http.get(path('rutan-bengkulu')).set('Authorization', admin);
      expect(got.status).toBe(200);
      expect(got.body.secret).toBeUndefined();

      const updated = await ctx.http
        .put(path('rutan-bengkulu'))
        .set('Authorization', admin)
        .send({ url: 'https://hooks.example.go.id/v2', version: 1 });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        version: 2,
        secretVersion: 1,
        events: ['post_failed'],
        secret: null,
      });
      const stale = await ctx.http
        .put(path('rutan-bengkulu'))
        .set('Authorization', admin)
        .send({ url: 'https://hooks.example.go.id/v3', version: 1 });
      expect(stale.status).toBe(409);

      const rotated = await ctx.http
        .post(path('rutan-bengkulu', '/rotate-secret'))
        .set('Authorization', admin);
      expect(rotated.status).toBe(200);
      expect(rotated.body).toMatchObject({ version: 3, secretVersion: 2 });
      expect(rotated.body.secret).toBe(deriveWebhookSecret(key, ctx.org('rutan-bengkulu'), 2));
      expect(rotated.body.secret).not.toBe(created.body.secret);

      const removed = await ctx.http
        .delete(`${path('rutan-bengkulu')}?version=3&reason=pindah%20server`)
        .set('Authorization', admin);
      expect(removed.status).toBe(200);
      expect(removed.body).toMatchObject({ active: false, version: 4 });
      expect((await ctx.http.get(path('rutan-bengkulu')).set('Authorization', admin)).status).toBe(404);
      expect(
        (await ctx.http.delete(`${path('rutan-bengkulu')}?version=4`).set('Authorization', admin)).status,
      ).toBe(404);
      expect(
        (await ctx.http.post(path('rutan-bengkulu', '/rotate-secret')).set('Authorization', admin)).status,
      ).toBe(404);

      // Re-created: a secret neither of the earlier ones, and every event again by default.
      const again = await ctx.http
        .put(path('rutan-bengkulu'))
        .set('Authorization', admin)
        .send({ url: 'https://hooks.example.go.id/v4' });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ active: true, secretVersion: 3 });
      expect(again.body.events.sort()).toEqual([
        'account_needs_reconnect',
        'post_failed',
        'post_needs_review',
      ]);
      expect([created.body.secret, rotated.body.secret]).not.toContain(again.body.secret);

      const audit = await auditOf('rutan-bengkulu');
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'webhook.created',
        'webhook.updated',
        'webhook.secret_rotated',
        'webhook.removed',
        'webhook.created',
      ]);
      // The receiver's token in the query string never reaches the audit trail, nor does any secret.
      const auditText = JSON.stringify(audit);
      expect(auditText).not.toContain('token=abc');
      expect(auditText).not.toContain('whsec_');
      expect(audit[0].data).toMatchObject({ url: 'https://hooks.example.go.id/warta?…' });
    });

    it('only an admin of the node may change it: 403 for a role without org:manage, 404 outside the subtree', async () => {
      const body = { url: 'https://hooks.example.go.id/x' };
      const asEditor = await ctx.http
        .put(path('lapas-bengkulu'))
        .set('Authorization', await ctx.tokenFor('editor.rutan'))
        .send(body);
      expect(asEditor.status).toBe(404); // lapas is a sibling of the editor's unit
      const ownUnit = await ctx.http.put(path('rutan-bengkulu')).set('Authorization', editorRutan).send(body);
      expect(ownUnit.status).toBe(403);
      const otherRegion = await ctx.http
        .put(path('rutan-bengkulu'))
        .set('Authorization', editorMedan)
        .send(body);
      expect(otherRegion.status).toBe(404);
      expect((await ctx.http.get(path('rutan-bengkulu')).set('Authorization', supervisor)).status).toBe(403);
      expect(
        (await ctx.http.post(path('rutan-bengkulu', '/rotate-secret')).set('Authorization', supervisor))
          .status,
      ).toBe(403);
      expect(
        (await ctx.http.delete(`${path('rutan-bengkulu')}?version=1`).set('Authorization', editorRutan))
          .status,
      ).toBe(403);
    });

    it('refuses bad URLs and events with a message in the caller language, writing nothing', async () => {
      const before = await ctx.dataSource.query(`SELECT count(*)::int AS n FROM organization_webhooks`);
      const bad = await ctx.http
        .put(path('lapas-bengkulu'))
        .set('Authorization', admin)
        .set('Accept-Language', 'en')
        .send({ url: 'ftp://files.example.go.id/' });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({
        code: 'WEBHOOK_URL_INVALID',
        message:
          'The webhook address must be a valid http(s) URL without a user name or password (at most 2000 characters).',
      });
      const badId = await ctx.http
        .put(path('lapas-bengkulu'))
        .set('Authorization', admin)
        .send({ url: 'https://u:p@example.go.id/' });
      expect(badId.body.error.message).toBe(
        'Alamat webhook harus URL http(s) yang valid tanpa nama pengguna/kata sandi (maksimum 2000 karakter).',
      );
      const events = await ctx.http
        .put(path('lapas-bengkulu'))
        .set('Authorization', admin)
        .send({ url: 'https://example.go.id/', events: ['post_published'] });
      expect(events.status).toBe(400);
      expect(events.body.error.code).toBe('VALIDATION_FAILED');
      expect(await ctx.dataSource.query(`SELECT count(*)::int AS n FROM organization_webhooks`)).toEqual(
        before,
      );
    });

    // Fails before this change: DELETE refused a version (400 unknown field) while DELETE posting-targets
    // required one, and GET with no webhook answered a bare NOT_FOUND.
    it('removing a webhook follows the one rule for removals: the version read, 409 when it moved, a clear message when missing', async () => {
      const put = await ctx.http
        .put(path('bapas-bengkulu'))
        .set('Authorization', admin)
        .send({ url: 'https://hooks.example.go.id/bapas' });
      expect(put.body.version).toBe(1);
      for (const [lang, text] of [
        ['id', 'version: wajib diisi dengan versi yang Anda baca'],
        ['en', 'version: is required: send the version you read'],
      ]) {
        const missing = await ctx.http
          .delete(path('bapas-bengkulu'))
          .set('Authorization', admin)
          .set('Accept-Language', lang);
        expect(missing.status).toBe(400);
        expect(missing.body.error.details).toEqual([
          {
            field: 'version',
            code: 'rule.versionRequired',
            message: expect.stringContaining(text.split(': ').slice(1).join(': ')),
          },
        ]);
        const targetMissing = await ctx.http
          .delete(`/api/v1/organizations/${ctx.org('bapas-bengkulu')}/posting-targets?platform=x&period=week`)
          .set('Authorization', admin)
          .set('Accept-Language', lang);
        expect(targetMissing.status).toBe(400);
        expect(targetMissing.body.error.details).toEqual(missing.body.error.details);
      }
      const stale = await ctx.http.delete(`${path('bapas-bengkulu')}?version=7`).set('Authorization', admin);
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('VERSION_CONFLICT');
      const removed = await ctx.http
        .delete(`${path('bapas-bengkulu')}?version=1`)
        .set('Authorization', admin);
      expect(removed.status).toBe(200);
      for (const [lang, text] of [
        ['id', 'Unit ini belum memiliki webhook. Pasang dengan PUT /api/v1/organizations/'],
        ['en', 'This node has no webhook set. Set one with PUT /api/v1/organizations/'],
      ]) {
        const none = await ctx.http
          .get(path('bapas-bengkulu'))
          .set('Authorization', admin)
          .set('Accept-Language', lang);
        expect(none.status).toBe(404);
        expect(none.body.error.code).toBe('WEBHOOK_NOT_SET');
        expect(none.body.error.message).toContain(text);
        expect(none.body.error.message).toContain(`${ctx.org('bapas-bengkulu')}/webhook`);
      }
    });

    // Issue 20 item 8: the webhook's times were written in UTC ("…Z") while every other time the
    // api shows is in the node's zone.
    it("shows the webhook's and its deliveries' times in the node's zone, with its offset", async () => {
      const wib = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+07:00$/;
      const wit = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+09:00$/;
      const created = await ctx.http
        .put(path('lapas-medan'))
        .set('Authorization', admin)
        .send({ url: 'https://hooks.example.go.id/medan' });
      expect(created.status).toBe(200);
      // Lapas Medan is a WIB unit (Asia/Jakarta).
      expect(created.body.createdAt).toMatch(wib);
      expect(created.body.updatedAt).toMatch(wib);
      const stored: { created_at: Date }[] = await ctx.dataSource.query(
        `SELECT created_at FROM organization_webhooks WHERE organization_id = $1`,
        [ctx.org('lapas-medan')],
      );
      expect(new Date(created.body.createdAt).getTime()).toBe(stored[0].created_at.getTime());
      await notify('lapas-medan');
      const shown = await ctx.http.get(path('lapas-medan')).set('Authorization', admin);
      expect(shown.status).toBe(200);
      expect(shown.body.createdAt).toMatch(wib);
      expect(shown.body.recentDeliveries).toHaveLength(1);
      expect(shown.body.recentDeliveries[0].createdAt).toMatch(wib);
      expect(shown.body.recentDeliveries[0].nextAttemptAt).toMatch(wib);

      // The node moves to WIT: the same instants, shown at +09:00.
      await ctx.dataSource.query(`UPDATE organizations SET timezone = 'Asia/Jayapura' WHERE id = $1`, [
        ctx.org('lapas-medan'),
      ]);
      try {
        const rotated = await ctx.http
          .post(path('lapas-medan', '/rotate-secret'))
          .set('Authorization', admin);
        expect(rotated.status).toBe(200);
        expect(rotated.body.createdAt).toMatch(wit);
        expect(rotated.body.updatedAt).toMatch(wit);
        expect(new Date(rotated.body.createdAt).getTime()).toBe(new Date(created.body.createdAt).getTime());
        const again = await ctx.http.get(path('lapas-medan')).set('Authorization', admin);
        expect(again.body.recentDeliveries[0].createdAt).toMatch(wit);
        const removed = await ctx.http
          .delete(`${path('lapas-medan')}?version=${rotated.body.version}`)
          .set('Authorization', admin);
        expect(removed.status).toBe(200);
        expect(removed.body.updatedAt).toMatch(wit);
      } finally {
        await ctx.dataSource.query(`UPDATE organizations SET timezone = 'Asia/Jakarta' WHERE id = $1`, [
          ctx.org('lapas-medan'),
        ]);
      }
    });

    it('removing a webhook drops its queued deliveries', async () => {
      await ctx.http
        .put(path('lpka-bengkulu'))
        .set('Authorization', admin)
        .send({ url: 'https://hooks.example.go.id/lpka' });
      await notify('lpka-bengkulu');
      const queued = () =>
        ctx.dataSource.query(
          `SELECT status, last_error FROM webhook_deliveries WHERE webhook_organization_id = $1`,
          [ctx.org('lpka-bengkulu')],
        );
      expect(await queued()).toEqual([{ status: 'pending', last_error: null }]);
      const shown = await ctx.http.get(path('lpka-bengkulu')).set('Authorization', admin);
      expect(shown.body.recentDeliveries).toEqual([
        expect.objectContaining({
          event: 'post_failed',
          status: 'pending',
          attempts: 0,
          lastStatus: null,
          nextAttemptAt: expect.any(String),
        }),
      ]);
      expect(
        (await ctx.http.delete(`${path('lpka-bengkulu')}?version=1`).set('Authorization', admin)).status,
      ).toBe(200);
      expect(await queued()).toEqual([{ status: 'failed', last_error: 'webhook removed' }]);
    });
  });
});
