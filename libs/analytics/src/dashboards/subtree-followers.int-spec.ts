import { seedDemo } from '@warta/organizations';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import fc from 'fast-check';
import { followersAtRangeEdges } from './dashboards.repository';

/**
 * subtree_followers_daily (kept by triggers on account_followers_daily) must give every node the same
 * follower counts at both ends of any range as reading each account's own history — each account's
 * latest count on or before the end; just before the start, else its first one inside the range —
 * whatever mix of out-of-order inserts, upserts, updates, deletes, truncates and account removals
 * wrote it, and concurrent writers must not deadlock.
 */
describe('subtree follower rollup triggers (real Postgres)', () => {
  let db: TestDatabase;
  let accounts: { id: string; organization_id: string; platform: string }[];
  const DAYS = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'];
  const RANGES = [
    ['2026-10-01', '2026-10-01'],
    ['2026-10-02', '2026-10-03'],
    ['2026-10-03', '2026-10-05'],
    ['2026-10-05', '2026-10-06'],
    ['2026-09-01', '2026-09-30'],
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.dataSource, 'not-a-real-hash');
  });
  afterAll(() => db.drop());

  async function resetAccounts(): Promise<void> {
    await db.dataSource.query(`TRUNCATE account_followers_daily`);
    await db.dataSource.query(`DELETE FROM social_accounts WHERE external_id LIKE 'followers-spec-%'`);
    accounts = await db.dataSource.query(
      `INSERT INTO social_accounts (organization_id, platform, external_id, handle, display_name)
       SELECT o.id, p, 'followers-spec-' || o.id || '-' || p, 'h', 'Spec'
         FROM organizations o, unnest(ARRAY['x', 'instagram']) p
        ORDER BY o.path, p
       RETURNING id, organization_id, platform`,
    );
  }

  /** Per node (and platform or all): the reference from every account's history. */
  const reference = `
    SELECT n.id, pf.p AS platform,
           sum((SELECT d.followers FROM account_followers_daily d WHERE d.social_account_id = a.id
                   AND d.day <= $2::date ORDER BY d.day DESC LIMIT 1))::float8 AS end_followers,
           sum(coalesce(
                 (SELECT d.followers FROM account_followers_daily d WHERE d.social_account_id = a.id
                     AND d.day < $1::date ORDER BY d.day DESC LIMIT 1),
                 (SELECT d.followers FROM account_followers_daily d WHERE d.social_account_id = a.id
                     AND d.day BETWEEN $1::date AND $2::date ORDER BY d.day LIMIT 1)))::float8 AS start_followers
      FROM organizations n
      CROSS JOIN (VALUES ('x'), ('instagram'), ('all')) pf(p)
      LEFT JOIN organizations o ON starts_with(o.path, n.path)
      LEFT JOIN social_accounts a ON a.organization_id = o.id AND (pf.p = 'all' OR a.platform = pf.p)
     GROUP BY 1, 2 ORDER BY 1, 2`;
  /** The same from the rollup's running totals, as the leaderboard reads it. */
  const rollup = `
    SELECT n.id, pf.p AS platform,
           CASE WHEN f.accounts > 0 THEN f.end_followers END AS end_followers,
           CASE WHEN f.accounts > 0 THEN f.start_followers END AS start_followers
      FROM organizations n
      CROSS JOIN (VALUES ('x'), ('instagram'), ('all')) pf(p)
      CROSS JOIN LATERAL (${followersAtRangeEdges(
        'n.id',
        `CASE WHEN pf.p = 'all' THEN ARRAY['x', 'facebook', 'instagram'] ELSE ARRAY[pf.p] END`,
        '$1::date',
        '$2::date',
      )}) f
     ORDER BY 1, 2`;
  /** Every rollup row's running totals equal the sums of its node and platform's rows up to its day. */
  const runningTotalsDrift = `
    SELECT count(*)::int AS n FROM (
      SELECT s.cum_delta, s.cum_first, s.cum_accounts,
             sum(s.delta) OVER w AS d, sum(s.first_followers) OVER w AS f, sum(s.accounts) OVER w AS a
        FROM subtree_followers_daily s
      WINDOW w AS (PARTITION BY s.organization_id, s.platform ORDER BY s.day)) x
     WHERE (x.cum_delta, x.cum_first, x.cum_accounts) IS DISTINCT FROM (x.d, x.f, x.a)`;

  async function expectAgreement(): Promise<void> {
    for (const [from, to] of RANGES) {
      const ref = await db.dataSource.query(reference, [from, to]);
      expect(await db.dataSource.query(rollup, [from, to])).toEqual(ref);
    }
    expect(await db.dataSource.query(runningTotalsDrift)).toEqual([{ n: 0 }]);
  }

  const row = fc.record({
    account: fc.nat(),
    day: fc.constantFrom(...DAYS),
    followers: fc.nat(100_000),
  });
  const op = fc.oneof(
    fc.record({ kind: fc.constant('upsert' as const), rows: fc.array(row, { minLength: 1, maxLength: 10 }) }),
    fc.record({
      kind: fc.constant('update' as const),
      day: fc.constantFrom(...DAYS),
      add: fc.integer({ min: -50, max: 50 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), day: fc.constantFrom(...DAYS), account: fc.nat() }),
    fc.record({ kind: fc.constant('removeAccount' as const), account: fc.nat() }),
    fc.record({ kind: fc.constant('truncate' as const) }),
  );

  it('equals the per-account reading after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        await resetAccounts();
        for (const o of ops) {
          if (o.kind === 'upsert') {
            // One statement, a key at most once (as the collector writes); inserts and updates mixed.
            const merged = new Map<
              string,
              { id: string; org: string; platform: string; day: string; f: number }
            >();
            for (const r of o.rows) {
              const a = accounts[r.account % accounts.length];
              merged.set(`${a.id}|${r.day}`, {
                id: a.id,
                org: a.organization_id,
                platform: a.platform,
                day: r.day,
                f: r.followers,
              });
            }
            const rows = [...merged.values()];
            await db.dataSource.query(
              `INSERT INTO account_followers_daily (social_account_id, day, organization_id, platform, followers, captured_at)
               SELECT a, d, o, p, f, now() FROM unnest($1::uuid[], $2::date[], $3::uuid[], $4::text[], $5::bigint[]) AS t(a, d, o, p, f)
               ON CONFLICT (social_account_id, day) DO UPDATE SET followers = EXCLUDED.followers`,
              [
                rows.map((r) => r.id),
                rows.map((r) => r.day),
                rows.map((r) => r.org),
                rows.map((r) => r.platform),
                rows.map((r) => r.f),
              ],
            );
          } else if (o.kind === 'update') {
            await db.dataSource.query(
              `UPDATE account_followers_daily SET followers = greatest(followers + $2, 0) WHERE day = $1`,
              [o.day, o.add],
            );
          } else if (o.kind === 'delete') {
            await db.dataSource.query(
              `DELETE FROM account_followers_daily WHERE day = $1 OR social_account_id = $2`,
              [o.day, accounts[o.account % accounts.length].id],
            );
          } else if (o.kind === 'removeAccount') {
            const [gone] = accounts.splice(o.account % accounts.length, 1);
            await db.dataSource.query(`DELETE FROM social_accounts WHERE id = $1`, [gone.id]);
            if (!accounts.length) await resetAccounts();
          } else {
            await db.dataSource.query(`TRUNCATE account_followers_daily`);
          }
        }
        await expectAgreement();
      }),
      { numRuns: 40, seed: 20261128 },
    );
  });

  it('a year of history inserted backwards, a day at a time, agrees too', async () => {
    await resetAccounts();
    for (const day of [...DAYS].reverse()) {
      await db.dataSource.query(
        `INSERT INTO account_followers_daily (social_account_id, day, organization_id, platform, followers, captured_at)
         SELECT id, $1::date, organization_id, platform, 100 + extract(day FROM $1::date)::int * 7 + length(id::text), now()
           FROM social_accounts WHERE external_id LIKE 'followers-spec-%'`,
        [day],
      );
    }
    const [n] = await db.dataSource.query(`SELECT count(*)::int AS n FROM subtree_followers_daily`);
    expect(n.n).toBeGreaterThan(0);
    await expectAgreement();
  });

  it('concurrent writers neither deadlock nor lose a change', async () => {
    await resetAccounts();
    const writer = async (w: number) => {
      for (let i = 0; i < 10; i++) {
        await db.dataSource.transaction(async (m) => {
          const mine = accounts.filter((_, j) => (j + w + i) % 3 === 0);
          for (const day of [DAYS[(w + i) % DAYS.length], DAYS[(w + 2 * i) % DAYS.length]]) {
            await m.query(
              `INSERT INTO account_followers_daily (social_account_id, day, organization_id, platform, followers, captured_at)
               SELECT a, $2::date, o, p, 1000 + $3::int, now() FROM unnest($1::uuid[], $4::uuid[], $5::text[]) AS t(a, o, p)
               ON CONFLICT (social_account_id, day) DO UPDATE SET followers = account_followers_daily.followers + 1`,
              [
                mine.map((a) => a.id),
                day,
                w * 100 + i,
                mine.map((a) => a.organization_id),
                mine.map((a) => a.platform),
              ],
            );
          }
        });
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    await expectAgreement();
  });
});
