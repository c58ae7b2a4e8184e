import { configFromEnv } from '@warta/config';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import { formatResult, Harness, ScenarioResult } from './harness';
import { scenarioPlans } from './scenarios';

/*
 * The short chaos run inside `npm test` (the full one is `npm run chaos`): the real api and two
 * worker processes on a cloned test database, a private redis-server (FLUSHALL hurts nobody else),
 * the sandbox in this process. S1 (no faults), S2 (kill -9 + drop-after-commit), S4 (Redis FLUSHALL
 * x3) and S8 (platform chaos), ~200 posts each on 12 accounts across X, Facebook and Instagram, due
 * within 15 s. Every scenario must lose nothing, duplicate nothing (counted from the sandbox's own
 * record), publish nothing early or after its cancel, and agree with the platform on what went out.
 */
describe('chaos (short): exactly-once publishing under faults', () => {
  let db: TestDatabase;
  let h: Harness;
  const results: ScenarioResult[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    h = new Harness({
      label: 'chaos-short',
      spec: { units: 4, instagramUnits: 4, releasesPerUnit: 17 },
      workers: 2,
      postgres: { serverUrl: configFromEnv().databaseUrl, dataSource: db.dataSource, dbUrl: db.url },
      connectorTimeoutMs: 2_000,
      leaseMs: 8_000,
      reconcileEveryMs: 2_000,
      publishConcurrency: 20,
      instagramProcessingSeconds: 1,
    });
    await h.start();
  }, 150_000);

  afterAll(async () => {
    await h?.stop();
    const broken = results.some((r) => !r.ok);
    h?.cleanup(broken);
    if (broken) console.log(`chaos (short): logs kept in ${h.runDir}`);
    await db?.drop();
  }, 60_000);

  const plans = scenarioPlans(
    { leadMs: 8_000, windowMs: 15_000, settleMs: 90_000, rescheduleByMs: [3_000, 6_000] },
    ['S1', 'S2', 'S4', 'S8'],
  );

  it.each(plans.map((p) => [p.id, p] as const))(
    '%s: nothing lost, duplicated, early or published after cancel',
    async (_id, plan) => {
      const r = await h.runScenario(plan);
      results.push(r);
      const evidence = Object.entries(r.evidence)
        .filter(([, list]) => list.length)
        .map(([k, list]) => `${k}: ${JSON.stringify(list.slice(0, 3))}`);
      console.log([formatResult(r), ...r.notes, ...evidence].join('\n  '));
      expect(r.scheduled).toBeGreaterThan(150);
      // Something must actually go out, or "nothing duplicated" means nothing.
      expect(r.published).toBeGreaterThan(r.scheduled * 0.5);
      expect({
        lost: r.lost,
        duplicated: r.duplicated,
        early: r.early,
        cancelledPublished: r.cancelledPublished,
        phantom: r.phantom,
        outButFailed: r.outButFailed,
      }).toEqual({ lost: 0, duplicated: 0, early: 0, cancelledPublished: 0, phantom: 0, outButFailed: 0 });
    },
    180_000,
  );
});
