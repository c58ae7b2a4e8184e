import { Role } from '@warta/core';
import { ApiTestContext, createApiTestContext } from './api-test-context';

/**
 * The role x permission matrix, driven through the api: one fresh user per role on Rutan Bengkulu,
 * each action tried by each role. Allowed -> 2xx; not allowed -> 403 (the node is visible to them).
 */
describe('role x permission matrix (real api)', () => {
  let ctx: ApiTestContext;
  const tokens: Partial<Record<Role, string>> = {};
  const ROLES: Role[] = ['admin', 'editor', 'approver', 'viewer'];

  beforeAll(async () => {
    ctx = await createApiTestContext();
    const admin = await ctx.tokenFor('admin');
    for (const role of ROLES) {
      const email = `${role}.matrix@warta.local`;
      await ctx.http
        .post('/api/v1/users')
        .set('Authorization', admin)
        .send({
          email,
          name: `Matrix ${role}`,
          password: 'matrix-password',
          organizationId: ctx.org('rutan-bengkulu'),
          role,
        })
        .expect(201);
      const res = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email, password: 'matrix-password' })
        .expect(200);
      tokens[role] = `Bearer ${res.body.accessToken}`;
    }
  });
  afterAll(() => ctx.close());

  let seq = 0;
  const actions: Record<string, { allowed: Role[]; run: (auth: string) => Promise<{ status: number }> }> = {
    'read the node': {
      allowed: ['admin', 'editor', 'approver', 'viewer'],
      run: (auth) =>
        ctx.http.get(`/api/v1/organizations/${ctx.org('rutan-bengkulu')}`).set('Authorization', auth),
    },
    'edit node settings (org:manage)': {
      allowed: ['admin'],
      run: async (auth) => {
        const node = await ctx.dataSource.query(`SELECT version FROM organizations WHERE id = $1`, [
          ctx.org('rutan-bengkulu'),
        ]);
        return ctx.http
          .patch(`/api/v1/organizations/${ctx.org('rutan-bengkulu')}`)
          .set('Authorization', auth)
          .send({ version: node[0].version, settings: { brand: { primary: '#123456' } } });
      },
    },
    'create a user (user:manage)': {
      allowed: ['admin'],
      run: (auth) =>
        ctx.http
          .post('/api/v1/users')
          .set('Authorization', auth)
          .send({
            email: `m${++seq}@warta.local`,
            name: 'X',
            password: 'password-123',
            organizationId: ctx.org('rutan-bengkulu'),
            role: 'viewer',
          }),
    },
    'list users (user:manage)': {
      allowed: ['admin'],
      run: (auth) => ctx.http.get('/api/v1/users').set('Authorization', auth),
    },
    'read the audit trail (audit:read)': {
      allowed: ['admin', 'approver', 'viewer'],
      run: (auth) => ctx.http.get('/api/v1/audit').set('Authorization', auth),
    },
  };

  for (const [name, action] of Object.entries(actions)) {
    for (const role of ROLES) {
      const allowed = action.allowed.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${name}`, async () => {
        const res = await action.run(tokens[role]!);
        if (allowed) expect(res.status).toBeLessThan(300);
        // Lists answer with an empty scope rather than 403: nothing is visible, nothing leaks.
        else if (name.startsWith('list') || name.startsWith('read the audit')) {
          expect(res.status).toBe(200);
          expect((res as unknown as { body: { items: unknown[] } }).body.items).toEqual([]);
        } else expect(res.status).toBe(403);
      });
    }
  }

  it('an admin of one region cannot create nodes or users in another (404, nothing written)', async () => {
    const admin = await ctx.tokenFor('admin');
    const medanAdmin = await ctx.http
      .post('/api/v1/users')
      .set('Authorization', admin)
      .send({
        email: 'admin.sumut@warta.local',
        name: 'Admin Sumut',
        password: 'admin-sumut-1',
        organizationId: ctx.org('kanwil-sumut'),
        role: 'admin',
      })
      .expect(201);
    expect(medanAdmin.body.userId).toBeDefined();
    const login = await ctx.http
      .post('/api/v1/auth/login')
      .send({ email: 'admin.sumut@warta.local', password: 'admin-sumut-1' })
      .expect(200);
    const auth = `Bearer ${login.body.accessToken}`;
    const before = await ctx.dataSource.query(`SELECT count(*)::int AS n FROM organizations`);
    const res = await ctx.http
      .post('/api/v1/organizations')
      .set('Authorization', auth)
      .send({ parentId: ctx.org('kanwil-bengkulu'), name: 'Cabang', slug: 'cabang-x', kind: 'unit' });
    expect(res.status).toBe(404);
    const ok = await ctx.http
      .post('/api/v1/organizations')
      .set('Authorization', auth)
      .send({
        parentId: ctx.org('kanwil-sumut'),
        name: 'Lapas Kelas IIA Binjai',
        slug: 'lapas-binjai',
        kind: 'unit',
      });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      kind: 'unit',
      timezone: 'Asia/Jakarta',
      version: 1,
      defaultHashtags: [],
    });
    const after = await ctx.dataSource.query(`SELECT count(*)::int AS n FROM organizations`);
    expect(after[0].n).toBe(before[0].n + 1);
    const cannot = await ctx.http
      .post('/api/v1/organizations')
      .set('Authorization', auth)
      .send({ parentId: ok.body.id, name: 'Di bawah unit', slug: 'bawah-unit', kind: 'unit' });
    expect(cannot.status).toBe(400);
    expect(cannot.body.error.code).toBe('INVALID_PARENT_KIND');
  });

  it('stale versions are refused with 409 and the current version', async () => {
    const admin = await ctx.tokenFor('admin');
    const id = ctx.org('bapas-bengkulu');
    const first = await ctx.http
      .patch(`/api/v1/organizations/${id}`)
      .set('Authorization', admin)
      .send({ version: 1, name: 'Bapas Kelas II Bengkulu (baru)' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await ctx.http
      .patch(`/api/v1/organizations/${id}`)
      .set('Authorization', admin)
      .set('Accept-Language', 'en')
      .send({ version: 1, name: 'Lost update' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('version 2');
  });

  it('an admin cannot remove their own access', async () => {
    const admin = await ctx.tokenFor('admin');
    const me = await ctx.http.get('/api/v1/me').set('Authorization', admin).expect(200);
    const res = await ctx.http
      .delete(`/api/v1/memberships/${me.body.memberships[0].id}`)
      .set('Authorization', admin);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CANNOT_CHANGE_OWN_ACCESS');
  });

  it('role changes and invitations are audited with actor and reason', async () => {
    const admin = await ctx.tokenFor('admin');
    const users = await ctx.http.get('/api/v1/users?q=viewer.matrix').set('Authorization', admin).expect(200);
    const membership = users.body.items[0].memberships[0];
    await ctx.http
      .patch(`/api/v1/memberships/${membership.id}`)
      .set('Authorization', admin)
      .send({ role: 'approver', reason: 'naik jabatan' })
      .expect(204);
    await ctx.http
      .post(`/api/v1/users/${users.body.items[0].id}/memberships`)
      .set('Authorization', admin)
      .send({ organizationId: ctx.org('lapas-bengkulu'), role: 'viewer' })
      .expect(201);
    const audit = await ctx.http
      .get(`/api/v1/audit?subjectId=${membership.id}`)
      .set('Authorization', admin)
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'membership.role_changed',
      actorEmail: 'admin@warta.local',
      reason: 'naik jabatan',
      data: { from: 'viewer', to: 'approver' },
    });
  });
});
