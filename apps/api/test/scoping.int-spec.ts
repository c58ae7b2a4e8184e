import { ApiTestContext, createApiTestContext } from './api-test-context';

describe('subtree scoping (real Postgres, real api)', () => {
  let ctx: ApiTestContext;
  beforeAll(async () => {
    ctx = await createApiTestContext();
  });
  afterAll(() => ctx.close());

  const BENGKULU_UNITS = [
    'rutan-bengkulu',
    'lapas-bengkulu',
    'lapas-perempuan-bengkulu',
    'bapas-bengkulu',
    'lpka-bengkulu',
  ];

  it('a Kanwil Bengkulu viewer reads all five Bengkulu units and nothing of Sumatera Utara', async () => {
    const auth = await ctx.tokenFor('supervisor.bengkulu');
    const res = await ctx.http.get('/api/v1/organizations?limit=200').set('Authorization', auth).expect(200);
    const slugs = res.body.items.map((o: { slug: string }) => o.slug).sort();
    expect(slugs).toEqual(['kanwil-bengkulu', ...BENGKULU_UNITS].sort());
    const units = await ctx.http
      .get('/api/v1/organizations?kind=unit')
      .set('Authorization', auth)
      .expect(200);
    expect(units.body.items).toHaveLength(5);
  });

  it('a unit editor sees only its unit; a sibling unit answers 404, not 403', async () => {
    const auth = await ctx.tokenFor('editor.rutan');
    const list = await ctx.http.get('/api/v1/organizations').set('Authorization', auth).expect(200);
    expect(list.body.items.map((o: { slug: string }) => o.slug)).toEqual(['rutan-bengkulu']);
    const sibling = await ctx.http
      .get(`/api/v1/organizations/${ctx.org('lapas-bengkulu')}`)
      .set('Authorization', auth)
      .set('Accept-Language', 'en');
    expect(sibling.status).toBe(404);
    expect(sibling.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Not found.' });
    const parent = await ctx.http
      .get(`/api/v1/organizations/${ctx.org('kanwil-bengkulu')}`)
      .set('Authorization', auth);
    expect(parent.status).toBe(404);
  });

  it('ids from another subtree answer 404 on reads and writes, and change nothing', async () => {
    const auth = await ctx.tokenFor('editor.medan');
    const rutan = ctx.org('rutan-bengkulu');
    expect((await ctx.http.get(`/api/v1/organizations/${rutan}`).set('Authorization', auth)).status).toBe(
      404,
    );
    const patch = await ctx.http
      .patch(`/api/v1/organizations/${rutan}`)
      .set('Authorization', auth)
      .send({ version: 1, name: 'Hijacked' });
    expect(patch.status).toBe(404);
    const name = await ctx.dataSource.query(`SELECT name FROM organizations WHERE id = $1`, [rutan]);
    expect(name[0].name).toBe('Rutan Kelas IIB Bengkulu');
  });

  it('filters by parent and by subtree stay inside the scope', async () => {
    const auth = await ctx.tokenFor('supervisor.bengkulu');
    const underSumut = await ctx.http
      .get(`/api/v1/organizations?under=${ctx.org('kanwil-sumut')}`)
      .set('Authorization', auth)
      .expect(200);
    expect(underSumut.body.items).toEqual([]);
    const admin = await ctx.tokenFor('admin');
    const underBengkulu = await ctx.http
      .get(`/api/v1/organizations?under=${ctx.org('kanwil-bengkulu')}&kind=unit`)
      .set('Authorization', admin)
      .expect(200);
    expect(underBengkulu.body.items.map((o: { slug: string }) => o.slug).sort()).toEqual(
      [...BENGKULU_UNITS].sort(),
    );
  });

  it('paginates with a cursor without repeating or skipping nodes', async () => {
    const auth = await ctx.tokenFor('admin');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await ctx.http
        .get(`/api/v1/organizations?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        .set('Authorization', auth)
        .expect(200);
      seen.push(...res.body.items.map((o) => o.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });

  it('the audit trail is scoped too: Medan sees nothing of Bengkulu', async () => {
    const admin = await ctx.tokenFor('admin');
    await ctx.http
      .patch(`/api/v1/organizations/${ctx.org('rutan-bengkulu')}`)
      .set('Authorization', admin)
      .send({ version: 1, defaultHashtags: ['RutanBengkulu', 'WBK'], reason: 'tagar baru' })
      .expect(200);
    const supervisor = await ctx.tokenFor('supervisor.bengkulu');
    const seen = await ctx.http.get('/api/v1/audit').set('Authorization', supervisor).expect(200);
    expect(seen.body.items.map((e: { action: string }) => e.action)).toContain('organization.updated');
    const medanAdmin = await ctx.dataSource.query(
      `INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, 'viewer') RETURNING id`,
      [ctx.userId('editor.medan'), ctx.org('lapas-medan')],
    );
    expect(medanAdmin).toHaveLength(1);
    const medan = await ctx.tokenFor('editor.medan');
    const none = await ctx.http.get('/api/v1/audit').set('Authorization', medan).expect(200);
    expect(none.body.items).toEqual([]);
  });
});
