import { aConnectedAccount, aMembership, aPost, aRelease, aScheduledPost, aUnit, aUser } from './builders';
import { createTestDatabase, TestDatabase } from './test-database';

describe('test builders (real Postgres)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('a unit under a parent carries the path and depth a subtree query relies on', async () => {
    const kanwil = await aUnit(db.dataSource, { kind: 'regional_office', timezone: 'Asia/Makassar' });
    const unit = await aUnit(db.dataSource, { parentId: kanwil.id, name: 'Rutan Uji' });
    expect(kanwil).toMatchObject({
      parentId: null,
      path: `/${kanwil.id}/`,
      depth: 0,
      timezone: 'Asia/Makassar',
    });
    expect(unit).toMatchObject({
      parentId: kanwil.id,
      path: `/${kanwil.id}/${unit.id}/`,
      depth: 1,
      kind: 'unit',
      name: 'Rutan Uji',
      timezone: 'Asia/Jakarta',
    });
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM organizations WHERE path LIKE $1 || '%'`,
      [kanwil.path],
    );
    expect(n).toBe(2);
  });

  it('refuses a parent that does not exist rather than building a root', async () => {
    await expect(aUnit(db.dataSource, { parentId: '00000000-0000-4000-8000-00000000dead' })).rejects.toThrow(
      /no parent/,
    );
  });

  it('a membership grants its role to a user on a node', async () => {
    const unit = await aUnit(db.dataSource);
    const user = await aUser(db.dataSource, { name: 'Editor Uji' });
    const m = await aMembership(db.dataSource, {
      userId: user.id,
      organizationId: unit.id,
      role: 'approver',
    });
    const rows = await db.dataSource.query(
      `SELECT user_id, organization_id, role FROM memberships WHERE id = $1`,
      [m.id],
    );
    expect(rows).toEqual([{ user_id: user.id, organization_id: unit.id, role: 'approver' }]);
  });

  it('a scheduled post is SCHEDULED at version 2, in its node zone, on an approved release', async () => {
    const unit = await aUnit(db.dataSource, { timezone: 'Asia/Jayapura' });
    const account = await aConnectedAccount(db.dataSource, {
      organizationId: unit.id,
      platform: 'instagram',
    });
    const publishAt = new Date('2030-01-02T01:00:00Z');
    const post = await aScheduledPost(db.dataSource, { socialAccountId: account.id, publishAt });
    const [row] = await db.dataSource.query(
      `SELECT p.organization_id, p.platform, p.state, p.version, p.publish_at, p.publish_zone, r.status
         FROM posts p JOIN releases r ON r.id = p.release_id WHERE p.id = $1`,
      [post.id],
    );
    expect(row).toEqual({
      organization_id: unit.id,
      platform: 'instagram',
      state: 'scheduled',
      version: 2,
      publish_at: publishAt,
      publish_zone: 'Asia/Jayapura',
      status: 'approved',
    });
    expect(post).toMatchObject({ state: 'scheduled', version: 2, publishAt, publishZone: 'Asia/Jayapura' });
  });

  it('posts of one release on two accounts share it; builders work inside a transaction', async () => {
    const unit = await aUnit(db.dataSource);
    await db.dataSource.transaction(async (m) => {
      const release = await aRelease(m, {
        organizationId: unit.id,
        status: 'approved',
        title: 'Rilis bersama',
      });
      const x = await aConnectedAccount(m, { organizationId: unit.id, platform: 'x' });
      const fb = await aConnectedAccount(m, {
        organizationId: unit.id,
        platform: 'facebook',
        status: 'limited',
      });
      await aPost(m, { socialAccountId: x.id, releaseId: release.id });
      await aPost(m, {
        socialAccountId: fb.id,
        releaseId: release.id,
        state: 'published',
        publishedAt: new Date(),
      });
    });
    const rows = await db.dataSource.query(
      `SELECT p.platform, p.state FROM posts p JOIN releases r ON r.id = p.release_id
        WHERE r.title = 'Rilis bersama' ORDER BY p.platform`,
    );
    expect(rows).toEqual([
      { platform: 'facebook', state: 'published' },
      { platform: 'x', state: 'draft' },
    ]);
  });
});
