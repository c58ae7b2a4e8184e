import { loadConfig } from '@warta/config';
import { SystemClock } from '@warta/core';
import { aUnit, createTestDatabase, TestDatabase } from '@warta/testing';
import { AuditTrail } from './audit-trail.service';
import { VerifyAuditChain } from './verify-audit-chain.use-case';

describe('AuditTrail.appendMany (real Postgres)', () => {
  let db: TestDatabase;
  const config = loadConfig({ AUDIT_CHECKPOINT_DIR: '/nonexistent/warta-audit-trail-int-spec' });
  const audit = new AuditTrail(new SystemClock(), config);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('links a batch spanning chains onto each head, in order, and concurrent batches never fork a chain', async () => {
    const node = async () => (await aUnit(db.dataSource)).id;
    const [a, b, c] = [await node(), await node(), await node()];
    await db.dataSource.transaction((m) =>
      audit.append(m, { organizationId: a, actorId: null, action: 'seed', subjectType: 'post' }),
    );
    const event = (org: string, i: number) => ({
      organizationId: org,
      actorId: null,
      action: 'post.published',
      subjectType: 'post',
      subjectId: `p-${i}`,
      data: { i, nested: { b: 1, a: 2 } },
    });
    // Eight concurrent batches over overlapping chains, in different orders.
    await Promise.all(
      Array.from({ length: 8 }, (_, k) =>
        db.dataSource.transaction((m) =>
          audit.appendMany(
            m,
            (k % 2 ? [c, a, b, a] : [b, b, a, c]).map((org, i) => event(org, k * 10 + i)),
          ),
        ),
      ),
    );
    const seqs: Array<{ organization_id: string; seqs: string[] }> = await db.dataSource.query(
      `SELECT organization_id, array_agg(seq::text ORDER BY id) AS seqs FROM audit_events
        WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
      [[a, b, c]],
    );
    const byOrg = new Map(seqs.map((r) => [r.organization_id, r.seqs.map(Number)]));
    const count = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(byOrg.get(a)).toEqual(count(1 + 8 * 1.5));
    expect(byOrg.get(b)).toEqual(count(8 * 1.5));
    expect(byOrg.get(c)).toEqual(count(8));
    // Chains longer than nine rows: verification must order by the number, not its text.
    expect(await new VerifyAuditChain(db.dataSource, config).execute()).toMatchObject({
      ok: true,
      firstBroken: null,
    });
  });

  it('refuses to run outside a transaction and writes nothing for an empty batch', async () => {
    await expect(
      audit.appendMany(db.dataSource.manager, [
        { organizationId: null, actorId: null, action: 'x', subjectType: 'y' },
      ]),
    ).rejects.toThrow('inside the transaction');
    const before = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    await db.dataSource.transaction((m) => audit.appendMany(m, []));
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`)).toEqual(before);
  });
});
