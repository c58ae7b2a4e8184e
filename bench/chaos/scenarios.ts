import { ChaosContext, Harness, PREPARE_PATHS, ScenarioPlan, SEND_PATHS } from './harness';
import { fakeTimeEnv, sleep } from './infra';

/*
 * The fault scenarios of issue 5. Each returns the chaos that runs while its posts fall due; the
 * harness schedules the posts, cancels and reschedules some, and counts the outcome from Postgres
 * and from the sandbox's own record of what was posted.
 */

export interface Timing {
  leadMs: number;
  windowMs: number;
  settleMs: number;
  rescheduleByMs: [number, number];
}

const rand = (min: number, max: number) => min + Math.random() * (max - min);

function pickRunning(h: Harness) {
  const running = h.workers.filter((w) => w.running);
  return running.length ? running[Math.floor(Math.random() * running.length)] : null;
}

/** S2: kill -9 a worker every few seconds (restarting it), plus kills right after a platform commit. */
async function killNine(h: Harness, ctx: ChaosContext): Promise<void> {
  let kills = 0;
  let commitKills = 0;
  let lastCommitKill = 0;
  // The platform stores the post, then the connection is cut before the answer (drop-after-commit).
  h.sandbox.faults.add([
    { method: 'POST', pathRegex: SEND_PATHS, probability: 0.05, action: { drop: 'afterCommit' } },
  ]);
  // And the sender dies between the platform's commit and recording it: the journal entry of a
  // successful send is written right after the answer left the sandbox.
  const journal = h.sandbox.journal;
  const record = journal.record.bind(journal);
  const sendRe = new RegExp(SEND_PATHS);
  journal.record = (entry) => {
    record(entry);
    if (ctx.stopped() || entry.method !== 'POST' || !sendRe.test(entry.path)) return;
    if (entry.status >= 300 && entry.status !== 0) return;
    if (Date.now() - lastCommitKill < 2_500 || Math.random() > 0.05) return;
    const w = pickRunning(h);
    if (!w || h.workers.filter((x) => x.running).length < 2) return;
    lastCommitKill = Date.now();
    commitKills++;
    w.kill9();
    h.restartInBackground(w);
  };
  try {
    while (!ctx.stopped()) {
      await sleep(rand(2_000, 4_000));
      if (ctx.stopped()) break;
      if (h.workers.filter((x) => x.running).length < 2) continue;
      const w = pickRunning(h);
      if (!w) continue;
      w.kill9();
      kills++;
      h.restartInBackground(w);
    }
  } finally {
    journal.record = record;
    ctx.note(`kill -9: ${kills} on a timer, ${commitKills} right after a platform commit`);
  }
}

/** S3: rolling SIGTERM: each worker in turn is stopped gracefully and started again. */
async function rollingSigterm(h: Harness, ctx: ChaosContext): Promise<void> {
  let restarts = 0;
  let i = 0;
  while (!ctx.stopped()) {
    const w = h.workers[i++ % h.workers.length];
    await w.terminate(15_000);
    await w.start();
    restarts++;
    await sleep(rand(1_000, 3_000));
  }
  ctx.note(`rolling SIGTERM: ${restarts} graceful restarts`);
}

/** S4: FLUSHALL on the run's own Redis three times while posts are due. */
async function flushRedis(h: Harness, ctx: ChaosContext): Promise<void> {
  const span = ctx.dueEnd - ctx.dueStart;
  for (const at of [0.2, 0.5, 0.8]) {
    await sleep(Math.max(0, ctx.dueStart + at * span - Date.now()));
    h.redis.flushAll();
    ctx.note(`FLUSHALL at +${((Date.now() - ctx.dueStart) / 1000).toFixed(1)} s`);
  }
}

/** S6: restart the run's own Postgres cluster mid-run (down for 5 s). */
async function restartPostgres(h: Harness, ctx: ChaosContext): Promise<void> {
  if (!h.pg) {
    ctx.note('S6 needs the private Postgres cluster; skipped');
    return;
  }
  const span = ctx.dueEnd - ctx.dueStart;
  await sleep(Math.max(0, ctx.dueStart + 0.4 * span - Date.now()));
  const t = Date.now();
  await h.pg.restart(5_000);
  ctx.note(
    `Postgres restarted at +${((t - ctx.dueStart) / 1000).toFixed(1)} s, down ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
}

/**
 * S8: platform chaos on every send: 10% fail after the commit (stored, then a 500), 5% hang past
 * the connector timeout (then stored), 10% 5xx before the commit, 10% 5xx on prepare calls, and
 * 429 storms with reset headers a few seconds ahead. Rules are tried in order, so the later
 * probabilities are scaled to give the stated shares.
 */
async function platformChaos(h: Harness, ctx: ChaosContext): Promise<void> {
  const hangMs = h.opts.connectorTimeoutMs + 2_000;
  h.sandbox.faults.add([
    { method: 'POST', pathRegex: SEND_PATHS, probability: 0.1, action: { status: 500, commit: true } },
    { method: 'POST', pathRegex: SEND_PATHS, probability: 0.05 / 0.9, action: { delayMs: hangMs } },
    { method: 'POST', pathRegex: SEND_PATHS, probability: 0.1 / 0.85, action: { status: 503 } },
    { method: 'POST', pathRegex: PREPARE_PATHS, probability: 0.1, action: { status: 503 } },
  ]);
  let storms = 0;
  while (!ctx.stopped()) {
    await sleep(rand(5_000, 9_000));
    if (ctx.stopped()) break;
    const resetAt = Math.ceil(Date.now() / 1000) + 3;
    // A storm: the next 30 sends on X (429 + x-rate-limit-reset 3 s ahead) and the next 15 on Graph
    // (429, code 4, a Business Use Case header saying 1 minute) are refused. Added in front so they win over the probabilistic rules.
    const storm = h.sandbox.faults.add([
      {
        method: 'POST',
        pathRegex: '^/2/tweets$',
        probability: 1,
        times: 30,
        action: {
          status: 429,
          headers: {
            'x-rate-limit-limit': '100',
            'x-rate-limit-remaining': '0',
            'x-rate-limit-reset': String(resetAt),
          },
        },
      },
      {
        method: 'POST',
        pathRegex: '(/feed$)|(/photos$)|(/media_publish$)',
        probability: 1,
        times: 15,
        action: {
          status: 429,
          // Graph's reset hint: the Business Use Case header's estimated_time_to_regain_access (minutes).
          headers: {
            'x-business-use-case-usage': JSON.stringify({
              '0': [
                {
                  type: 'pages',
                  call_count: 100,
                  total_cputime: 20,
                  total_time: 20,
                  estimated_time_to_regain_access: 1,
                },
              ],
            }),
          },
        },
      },
    ]);
    moveToFront(
      h,
      storm.map((r) => r.id),
    );
    storms++;
  }
  ctx.note(
    `429 storms: ${storms}; faults fired: ${JSON.stringify(h.sandbox.faults.list().map((r) => r.fired))}`,
  );
}

/** The injector tries rules in order; a storm must come first (its rule list is reordered in place). */
function moveToFront(h: Harness, ids: string[]): void {
  const rules = (h.sandbox.faults as unknown as { rules: Array<{ id: string }> }).rules;
  rules.sort((a, b) => Number(ids.includes(b.id)) - Number(ids.includes(a.id)));
}

/**
 * S9 set-up: worker 1's clock 3 minutes ahead, worker 2's 3 minutes behind (libfaketime shifts the
 * process's real clock: Date.now(), and so BullMQ's promotion of delayed jobs, timers aside). The
 * api, Postgres, Redis and the sandbox (the judge of "early") keep the true time.
 */
async function skewClocks(h: Harness, note: (line: string) => void): Promise<void> {
  const offsets = ['+3m', '-3m'];
  await Promise.all(h.workers.map((w, i) => h.restartWorkerWith(w, fakeTimeEnv(offsets[i % 2]))));
  note(`worker clocks: ${h.workers.map((w, i) => `${w.opts.name} ${offsets[i % 2]}`).join(', ')}`);
}

async function unskewClocks(h: Harness): Promise<void> {
  const unset = { LD_PRELOAD: undefined, FAKETIME: undefined, FAKETIME_NO_CACHE: undefined };
  await Promise.all(h.workers.map((w) => h.restartWorkerWith(w, unset)));
}

/**
 * S10: a worker frozen (SIGSTOP) at a moment it holds posts in SENDING, for longer than its lease
 * plus the connector timeout, then resumed (SIGCONT). The posts it held are taken over by the other
 * worker (reconciled on the platform, sent again if absent); the frozen one, once resumed, must not
 * send what it no longer holds.
 */
async function freezeWhileSending(h: Harness, ctx: ChaosContext): Promise<void> {
  const freezeMs = h.opts.leaseMs + h.opts.connectorTimeoutMs + 3_000;
  let freezes = 0;
  let held = 0;
  let i = 0;
  while (!ctx.stopped()) {
    const w = h.workers[i++ % h.workers.length];
    if (!w.running || !w.pid) {
      await sleep(200);
      continue;
    }
    const mine = `%:${w.pid}:%`;
    const sending = () =>
      h.dataSource
        .query(`SELECT id FROM posts WHERE state = 'sending' AND lease_owner LIKE $1`, [mine])
        .then((rows: { id: string }[]) => rows.map((r) => r.id));
    // Watch until this worker holds a post in SENDING, freeze it at once, then look again: what is
    // still SENDING under its lease now is frozen with it.
    const watchUntil = Date.now() + 10_000;
    let frozenWith: string[] = [];
    while (!ctx.stopped() && Date.now() < watchUntil) {
      if ((await sending()).length) {
        w.pause();
        frozenWith = await sending();
        if (frozenWith.length) break;
        w.resume();
      }
      await sleep(5);
    }
    if (!frozenWith.length) continue;
    freezes++;
    held += frozenWith.length;
    ctx.note(
      `froze ${w.opts.name} at +${((Date.now() - ctx.dueStart) / 1000).toFixed(1)} s holding ${frozenWith.length} posts in SENDING`,
    );
    await sleep(freezeMs);
    w.resume();
    await sleep(2_000);
  }
  const abandoned: { n: number }[] = await h.dataSource.query(
    `SELECT count(*)::int AS n FROM publish_attempts WHERE error_class = 'lease_lost'`,
  );
  ctx.note(
    `SIGSTOP ${freezes} times for ${(freezeMs / 1000).toFixed(0)} s (lease ${h.opts.leaseMs / 1000} s), ` +
      `${held} posts held in SENDING; sends abandoned by the lease check on resume (all scenarios so far): ${abandoned[0].n}`,
  );
}

export function scenarioPlans(t: Timing, only?: string[]): ScenarioPlan[] {
  const base = { ...t, cancelShare: 0.05, rescheduleShare: 0.03 };
  const all: ScenarioPlan[] = [
    { id: 'S1', title: 'no faults', ...base },
    { id: 'S2', title: 'kill -9 workers + drop-after-commit', ...base, chaos: killNine },
    { id: 'S3', title: 'rolling SIGTERM', ...base, chaos: rollingSigterm },
    { id: 'S4', title: 'Redis FLUSHALL x3', ...base, chaos: flushRedis },
    { id: 'S6', title: 'Postgres restart', ...base, chaos: restartPostgres },
    { id: 'S8', title: 'platform chaos (commit/hang/5xx/429)', ...base, chaos: platformChaos },
    // S9 needs libfaketime (Debian's faketime package); chaos.ts checks for it before the run starts.
    { id: 'S9', title: 'worker clocks +3 min / -3 min', ...base, setUp: skewClocks, tearDown: unskewClocks },
    { id: 'S10', title: 'SIGSTOP past the lease in SENDING', ...base, chaos: freezeWhileSending },
  ];
  return only ? all.filter((p) => only.includes(p.id)) : all;
}
