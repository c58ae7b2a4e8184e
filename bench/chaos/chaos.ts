/**
 * `npm run chaos` — the fault-injection run of issue 5 (a plain script, not a test):
 *   node -r ./scripts/register.js bench/chaos/chaos.ts [S1,S2,...] [--posts-per-account=40] [--keep]
 *
 * S9 runs the workers under libfaketime (3 minutes ahead / behind; `apt-get install -y faketime`),
 * S10 freezes a worker with SIGSTOP while it holds posts in SENDING, past its lease.
 *
 * One stack: a private Postgres cluster (initdb + pg_ctl in a temp dir, so S6 restarts nobody
 * else's database), a private redis-server (so S4's FLUSHALL flushes nobody else's keys), the
 * sandbox in this process, the real api and 2 worker processes. Per scenario: ~2,000 posts on 50
 * accounts (17 X, 17 Facebook, 16 Instagram) due within 3 minutes, 5% cancelled before due (half
 * of them in the last second), 3% rescheduled later. One line per scenario; exit 1 if any post is
 * lost, duplicated (counted from the sandbox's own record), early or published after its cancel —
 * or if Warta's final state contradicts the platform (published without a post, failed with one).
 */
import { existsSync } from 'node:fs';
import { formatResult, Harness, ScenarioResult } from './harness';
import { LIBFAKETIME } from './infra';
import { scenarioPlans } from './scenarios';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.find((a) => /^S\d/.test(a))?.split(',');
  const perAccount = Number(args.find((a) => a.startsWith('--posts-per-account='))?.split('=')[1] ?? 40);
  const windowSeconds = Number(args.find((a) => a.startsWith('--window='))?.split('=')[1] ?? 180);
  const keep = args.includes('--keep');
  if ((!only || only.includes('S9')) && !existsSync(LIBFAKETIME)) {
    console.error(
      `chaos: S9 (skewed worker clocks) needs libfaketime at ${LIBFAKETIME}.\n` +
        `  Install it: apt-get install -y faketime\n` +
        `  Or leave S9 out: npm run chaos S1,S2,S3,S4,S6,S8,S10`,
    );
    process.exit(2);
  }

  const h = new Harness({
    label: 'chaos',
    spec: { units: 17, instagramUnits: 16, releasesPerUnit: perAccount },
    workers: 2,
    postgres: 'private',
    connectorTimeoutMs: 3_000,
    leaseMs: 15_000,
    reconcileEveryMs: 3_000,
    publishConcurrency: 20,
    instagramProcessingSeconds: 1,
  });
  const started = Date.now();
  const results: ScenarioResult[] = [];
  let failed = false;
  const interrupt = () => {
    console.log('interrupted: stopping the stack');
    void h.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await h.start();
    console.log(
      `chaos: ${h.accounts} accounts, ${h.opts.spec.releasesPerUnit * h.accounts} posts per scenario, ` +
        `2 workers, run dir ${h.runDir}`,
    );
    const posts = h.opts.spec.releasesPerUnit * h.accounts;
    const plans = scenarioPlans(
      {
        leadMs: 20_000 + posts * 15,
        windowMs: windowSeconds * 1000,
        settleMs: 120_000,
        rescheduleByMs: [15_000, 30_000],
      },
      only,
    );
    for (const plan of plans) {
      const r = await h.runScenario(plan);
      results.push(r);
      console.log(formatResult(r));
      for (const n of r.notes) console.log(`      ${n}`);
      if (!r.ok) {
        failed = true;
        for (const [k, list] of Object.entries(r.evidence))
          for (const e of list.slice(0, 3)) console.log(`      ${k}: ${JSON.stringify(e)}`);
      }
    }
  } catch (e) {
    failed = true;
    console.error(`chaos run failed: ${(e as Error).stack ?? e}`);
  } finally {
    await h.stop();
    h.cleanup(keep || failed);
  }
  console.log(`chaos: ${results.length} scenarios in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  if (failed) console.log(`logs and per-scenario JSON kept in ${h.runDir}`);
  process.exit(failed ? 1 : 0);
}

void main();
