import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, Sandbox } from '../../apps/sandbox/src/create-sandbox';
import { DataSource } from 'typeorm';
import type { Platform } from '@warta/core';
import { uuidArray } from '@warta/database';
import {
  freePort,
  makeRunDir,
  ManagedProcess,
  PrivatePostgres,
  PrivateRedis,
  removeDir,
  sleep,
  waitUntil,
} from './infra';
import {
  api,
  createReleasesAndDrafts,
  createWorldDatabase,
  indexWorld,
  login,
  MARKER_RE,
  pool,
  runTag,
  seedWorldAccounts,
  World,
  WorldPost,
  WorldSpec,
} from './world';

/*
 * One stack for a fault-injection run: a fresh database, a private Redis (its own server, so FLUSHALL
 * touches nothing else), an in-process sandbox, the real api and N worker processes. Scenarios run
 * one after another on the same stack, each on its own fresh set of releases and posts.
 */

export interface HarnessOptions {
  label: string;
  spec: WorldSpec;
  workers: number;
  /** 'private' = a Postgres cluster of the run's own (needed to restart it); else a server URL. */
  postgres: 'private' | { serverUrl: string; dataSource?: DataSource; dbUrl?: string };
  connectorTimeoutMs: number;
  leaseMs: number;
  reconcileEveryMs: number;
  publishConcurrency: number;
  instagramProcessingSeconds: number;
  logLevel?: string;
  extraEnv?: Record<string, string>;
}

export interface ScenarioPlan {
  id: string;
  title: string;
  /** Posts become due between lead and lead + window after scheduling starts. */
  leadMs: number;
  windowMs: number;
  /** After the last post is due, how long every post has to reach an end state. */
  settleMs: number;
  cancelShare: number;
  rescheduleShare: number;
  /** A rescheduled post moves this much later (ms, [min, max]). */
  rescheduleByMs: [number, number];
  chaos?: (h: Harness, ctx: ChaosContext) => Promise<void>;
  /** Before the scenario's posts are made (e.g. restart the workers with a shifted clock). */
  setUp?: (h: Harness, note: (line: string) => void) => Promise<void>;
  /** After it was measured, whatever happened: undo setUp. */
  tearDown?: (h: Harness) => Promise<void>;
}

export interface ChaosContext {
  dueStart: number;
  dueEnd: number;
  /** True once the window is over: chaos loops stop. */
  stopped(): boolean;
  note(line: string): void;
}

export interface ScenarioResult {
  id: string;
  title: string;
  scheduled: number;
  cancelled: number;
  cancelRefused: number;
  rescheduled: number;
  lost: number;
  duplicated: number;
  early: number;
  cancelledPublished: number;
  /** Warta says PUBLISHED but the platform has no post. */
  phantom: number;
  /** The platform has the post but Warta says FAILED or CANCELLED. */
  outButFailed: number;
  published: number;
  needsReview: number;
  failed: number;
  latenessMs: { p50: number; p99: number; max: number };
  drainSeconds: number;
  notes: string[];
  evidence: Record<string, unknown[]>;
  ok: boolean;
}

export const SEND_PATHS = '(^/2/tweets$)|(/feed$)|(/photos$)|(/media_publish$)';
export const PREPARE_PATHS = '(/media$)|(^/2/media/upload)';
const END_STATES = ['published', 'failed', 'needs_review', 'cancelled'];

export class Harness {
  runDir!: string;
  pg: PrivatePostgres | null = null;
  redis!: PrivateRedis;
  sandbox!: Sandbox;
  dataSource!: DataSource;
  dbUrl!: string;
  apiProc!: ManagedProcess;
  workers: ManagedProcess[] = [];
  apiOrigin!: string;
  token!: string;
  tag = runTag();
  units: { id: string; slug: string }[] = [];
  accounts = 0;
  private nextMarker = 0;
  private templates = new Map<string, Map<Platform, Record<string, unknown>>>();
  private ownsDatabase = false;
  private workerRestarts = new Set<Promise<void>>();

  constructor(readonly opts: HarnessOptions) {}

  env(): Record<string, string> {
    return {
      NODE_ENV: 'development',
      LOG_LEVEL: this.opts.logLevel ?? 'warn',
      DATABASE_URL: this.dbUrl,
      REDIS_URL: this.redis.url,
      QUEUE_PREFIX: `warta-chaos-${this.tag}`,
      X_API_ORIGIN: this.sandbox.xOrigin,
      GRAPH_ORIGIN: this.sandbox.graphOrigin,
      MEDIA_DIR: join(this.runDir, 'media'),
      AUDIT_CHECKPOINT_DIR: join(this.runDir, 'audit-checkpoints'),
      CONNECTOR_TIMEOUT_MS: String(this.opts.connectorTimeoutMs),
      PUBLISH_LEASE_MS: String(this.opts.leaseMs),
      RECONCILE_EVERY_MS: String(this.opts.reconcileEveryMs),
      PUBLISH_CONCURRENCY: String(this.opts.publishConcurrency),
      WORKER_SHUTDOWN_GRACE_MS: '10000',
      API_RATE_LIMIT_PER_MINUTE: '10000000',
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      ...this.opts.extraEnv,
    };
  }

  async start(): Promise<void> {
    this.runDir = makeRunDir(this.opts.label);
    if (this.opts.postgres === 'private') {
      this.pg = await PrivatePostgres.start(this.runDir);
      this.dataSource = await createWorldDatabase(this.pg.url, 'warta_chaos');
      this.dbUrl = this.pg.url.replace(/\/postgres$/, '/warta_chaos');
      this.ownsDatabase = true;
    } else if (this.opts.postgres.dataSource && this.opts.postgres.dbUrl) {
      this.dataSource = this.opts.postgres.dataSource;
      this.dbUrl = this.opts.postgres.dbUrl;
    } else {
      const name = `warta_chaos_${process.pid}_${this.tag}`;
      this.dataSource = await createWorldDatabase(this.opts.postgres.serverUrl, name);
      this.dbUrl = this.opts.postgres.serverUrl.replace(/\/[^/]*$/, `/${name}`);
      this.ownsDatabase = true;
    }
    this.redis = await PrivateRedis.start(this.runDir);
    this.sandbox = await createSandbox({ dataDir: null, demoAccounts: false, xPort: 0, graphPort: 0 });
    await this.control('POST', 'profile', {
      x: { duplicateWindowSeconds: 0 },
      facebook: { duplicateWindowSeconds: 0 },
      instagram: { quotaTotal: 1_000_000, imageProcessingSeconds: this.opts.instagramProcessingSeconds },
      metrics: { autoGrowth: false },
    });

    const seeded = await seedWorldAccounts(
      this.dataSource,
      this.sandbox.graphOrigin,
      this.opts.spec,
      this.tag,
    );
    this.units = seeded.units;
    this.accounts = seeded.accounts;

    const apiPort = await freePort();
    this.apiOrigin = `http://127.0.0.1:${apiPort}`;
    const env = { ...this.env(), API_PORT: String(apiPort), PUBLIC_URL: this.apiOrigin };
    this.apiProc = new ManagedProcess({
      name: 'api',
      entry: 'api',
      env,
      logDir: this.runDir,
      readyUrl: `${this.apiOrigin}/health`,
    });
    for (let i = 0; i < this.opts.workers; i++) {
      this.workers.push(
        new ManagedProcess({
          name: `worker-${i + 1}`,
          entry: 'worker',
          env: { ...env, WORKER_HEALTH_PORT: String(await freePort()) },
          logDir: this.runDir,
          readyLine: /warta worker running/,
        }),
      );
    }
    await Promise.all([this.apiProc.start(), ...this.workers.map((w) => w.start())]);
    this.token = await login(this.apiOrigin);
  }

  async control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.sandbox.graphOrigin}/__sandbox/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sandbox control ${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  }

  /** Fresh releases with DRAFT posts for one scenario. */
  async createPosts(releasesPerUnit: number): Promise<World['releases']> {
    const releases = await createReleasesAndDrafts(
      this.dataSource,
      this.apiOrigin,
      this.token,
      this.units,
      releasesPerUnit,
      this.tag,
      this.nextMarker,
      this.templates,
    );
    for (const r of releases) this.nextMarker += r.posts.length;
    return releases;
  }

  /** Restarts a worker in the background (kept track of, so the run waits for it). */
  restartInBackground(w: ManagedProcess): void {
    const p = w
      .start()
      .catch(() => undefined)
      .finally(() => this.workerRestarts.delete(p));
    this.workerRestarts.add(p);
  }

  async ensureWorkersRunning(): Promise<void> {
    await Promise.all([...this.workerRestarts]);
    await Promise.all(this.workers.filter((w) => !w.running).map((w) => w.start()));
  }

  async runScenario(plan: ScenarioPlan): Promise<ScenarioResult> {
    const notes: string[] = [];
    if (plan.setUp) await plan.setUp(this, (l) => notes.push(l));
    try {
      return await this.runScenarioSetUp(plan, notes);
    } finally {
      if (plan.tearDown) await plan.tearDown(this);
    }
  }

  /** Restarts one worker with extra environment (undone by passing the keys with undefined). */
  async restartWorkerWith(w: ManagedProcess, env: Record<string, string | undefined>): Promise<void> {
    await w.terminate(15_000);
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete w.opts.env[k];
      else w.opts.env[k] = v;
    }
    await w.start();
  }

  private async runScenarioSetUp(plan: ScenarioPlan, notes: string[]): Promise<ScenarioResult> {
    const releases = await this.createPosts(this.opts.spec.releasesPerUnit);
    const { posts } = indexWorld(releases);
    const { version, publishAt, dueStart, dueEnd } = await this.scheduleInWindow(plan, releases, notes);
    const changes = this.changeMinds(plan, version, publishAt);
    await this.runChaos(plan, dueStart, dueEnd, notes);
    this.sandbox.faults.clear();
    await Promise.all(changes.actions);
    await this.ensureWorkersRunning();

    // Wait until every scheduled post reached an end state (or the deadline passed).
    const lastDue = Math.max(dueEnd, ...publishAt.values()) + plan.rescheduleByMs[1];
    const deadline = lastDue + plan.settleMs;
    await this.waitForEndStates([...version.keys()], deadline);

    const result = await this.measure(plan, posts, version, changes.cancelAccepted, {
      cancelRefused: changes.cancelRefused,
      rescheduled: changes.rescheduled,
    });
    result.notes.unshift(...notes, `api answers: ${JSON.stringify(changes.statusCounts)}`);
    this.noteUnexpectedExits(result);
    writeFileSync(join(this.runDir, `${plan.id}.json`), JSON.stringify(result, null, 2));
    return result;
  }

  /** Schedule: every release at its own instant within the window, a few in parallel. */
  private async scheduleInWindow(
    plan: ScenarioPlan,
    releases: World['releases'],
    notes: string[],
  ): Promise<{
    version: Map<string, number>;
    publishAt: Map<string, number>;
    dueStart: number;
    dueEnd: number;
  }> {
    const t0 = Date.now();
    const dueStart = t0 + plan.leadMs;
    const dueEnd = dueStart + plan.windowMs;
    const { version, publishAt, errors } = await this.scheduleReleases(
      releases,
      (k) => new Date(dueStart + Math.floor((k / releases.length) * plan.windowMs)),
    );
    notes.push(...errors);
    const scheduleSeconds = (Date.now() - t0) / 1000;
    notes.push(`scheduled ${version.size} posts in ${scheduleSeconds.toFixed(1)} s`);
    if (Date.now() > dueStart) notes.push(`scheduling overran the lead by ${Date.now() - dueStart} ms`);
    if (!version.size) throw new Error(`nothing could be scheduled: ${notes.join('; ')}`);
    return { version, publishAt, dueStart, dueEnd };
  }

  /** People changing their minds: cancels (some at the last second) and reschedules to later. */
  private changeMinds(
    plan: ScenarioPlan,
    version: Map<string, number>,
    publishAt: Map<string, number>,
  ): MindChanges {
    const ids = [...version.keys()];
    shuffle(ids);
    const nCancel = Math.round(ids.length * plan.cancelShare);
    const nResched = Math.round(ids.length * plan.rescheduleShare);
    const cancelIds = ids.slice(0, nCancel);
    const reschedIds = ids.slice(nCancel, nCancel + nResched);
    const changes: MindChanges = {
      actions: [],
      cancelAccepted: new Set<string>(),
      cancelRefused: 0,
      rescheduled: 0,
      statusCounts: {},
    };
    for (const [i, id] of cancelIds.entries()) {
      const due = publishAt.get(id)!;
      const lastSecond = i % 2 === 0;
      const at = lastSecond ? due - 400 : Date.now() + Math.random() * Math.max(0, due - 1500 - Date.now());
      changes.actions.push(this.cancelAt(id, at, version, changes));
    }
    for (const id of reschedIds) {
      const due = publishAt.get(id)!;
      const at = Date.now() + Math.random() * Math.max(0, due - 2000 - Date.now());
      changes.actions.push(this.rescheduleAt(plan, id, due, at, version, changes));
    }
    return changes;
  }

  private async cancelAt(
    id: string,
    at: number,
    version: Map<string, number>,
    changes: MindChanges,
  ): Promise<void> {
    await sleep(Math.max(0, at - Date.now()));
    const r = await api(this.apiOrigin, this.token, 'POST', `/posts/${id}/cancel`, {
      version: version.get(id),
      reason: 'chaos: cancelled before due',
    });
    changes.statusCounts[`cancel ${r.status}`] = (changes.statusCounts[`cancel ${r.status}`] ?? 0) + 1;
    if (r.status < 300) changes.cancelAccepted.add(id);
    else changes.cancelRefused++;
  }

  private async rescheduleAt(
    plan: ScenarioPlan,
    id: string,
    due: number,
    at: number,
    version: Map<string, number>,
    changes: MindChanges,
  ): Promise<void> {
    await sleep(Math.max(0, at - Date.now()));
    const [min, max] = plan.rescheduleByMs;
    const later = new Date(due + min + Math.floor(Math.random() * (max - min)));
    const r = await api<{ version?: number; publishAt?: string }>(
      this.apiOrigin,
      this.token,
      'POST',
      `/posts/${id}/schedule`,
      { version: version.get(id), mode: 'at', publishAt: later.toISOString() },
    );
    changes.statusCounts[`reschedule ${r.status}`] =
      (changes.statusCounts[`reschedule ${r.status}`] ?? 0) + 1;
    if (r.status < 300) changes.rescheduled++;
  }

  /** The scenario's faults, from shortly before the first post is due until the last one is. */
  private async runChaos(
    plan: ScenarioPlan,
    dueStart: number,
    dueEnd: number,
    notes: string[],
  ): Promise<void> {
    let stopped = false;
    const chaosCtx: ChaosContext = {
      dueStart,
      dueEnd,
      stopped: () => stopped,
      note: (l) => notes.push(l),
    };
    const chaosDone = plan.chaos
      ? (async () => {
          await sleep(Math.max(0, dueStart - 3_000 - Date.now()));
          await plan.chaos!(this, chaosCtx);
        })()
      : Promise.resolve();
    await sleep(Math.max(0, dueEnd + 2_000 - Date.now()));
    stopped = true;
    await chaosDone;
  }

  /** Notes the api's and workers' unexpected exits since the last scenario, and forgets them. */
  private noteUnexpectedExits(result: ScenarioResult): void {
    const unexpected = [this.apiProc, ...this.workers].flatMap((p) =>
      p.unexpectedExits.map((e) => `${p.opts.name} exited unexpectedly (${e})`),
    );
    result.notes.push(...unexpected);
    for (const p of [this.apiProc, ...this.workers]) p.unexpectedExits = [];
  }

  /** POST /releases/:id/schedule for each release at `at(k)`; the versions and instants it answered. */
  async scheduleReleases(
    releases: World['releases'],
    at: (k: number) => Date,
    width = 8,
  ): Promise<{ version: Map<string, number>; publishAt: Map<string, number>; errors: string[] }> {
    const version = new Map<string, number>();
    const publishAt = new Map<string, number>();
    const errors: string[] = [];
    let failed = 0;
    await pool(releases, width, async (rel, k) => {
      const r = await api<{ items: Array<{ id: string; version: number; publishAt: string }> }>(
        this.apiOrigin,
        this.token,
        'POST',
        `/releases/${rel.id}/schedule`,
        { mode: 'at', publishAt: at(k).toISOString() },
      );
      if (r.status >= 300 || !Array.isArray(r.body.items)) {
        failed++;
        if (failed <= 3)
          errors.push(`schedule ${rel.id}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
        return;
      }
      for (const item of r.body.items) {
        version.set(item.id, item.version);
        publishAt.set(item.id, new Date(item.publishAt).getTime());
      }
    });
    if (failed > 3) errors.push(`... ${failed} releases could not be scheduled`);
    return { version, publishAt, errors };
  }

  /** Polls until every post is in an end state or the deadline passed (tolerates Postgres restarts). */
  async waitForEndStates(ids: string[], deadline: number): Promise<number> {
    // One binary array for every poll: the server need not parse 10,000 uuids from text twice a
    // second (the poll shares the cores with what it measures).
    const idArray = uuidArray(ids);
    for (;;) {
      let open = -1;
      try {
        const [row] = await this.dataSource.query(
          `SELECT count(*)::int AS n FROM posts WHERE id = ANY($1::uuid[]) AND state <> ALL($2::text[])`,
          [idArray, END_STATES],
        );
        open = row.n;
      } catch {
        // Postgres may be coming back
      }
      if (open === 0 || Date.now() > deadline) return open;
      await sleep(500);
    }
  }

  private async measure(
    plan: ScenarioPlan,
    posts: Map<string, WorldPost>,
    version: Map<string, number>,
    cancelAccepted: Set<string>,
    counts: { cancelRefused: number; rescheduled: number },
  ): Promise<ScenarioResult> {
    const rows = await this.postRows(version);
    const out = this.platformPostsByMarker();
    const tally = newTally();
    for (const r of rows) tallyPost(tally, r, posts.get(r.id)!, out, cancelAccepted);
    return scenarioResult(plan, rows.length, tally, counts);
  }

  /** Where Warta says each scheduled post ended, with its attempts and last error. */
  private async postRows(version: Map<string, number>): Promise<PostRow[]> {
    return await this.dataSource.query(
      `SELECT p.id, p.state, p.publish_at, p.published_at, p.last_error_class, p.last_error_message,
              (SELECT count(*)::int FROM publish_attempts a WHERE a.post_id = p.id) AS attempts
         FROM posts p WHERE p.id = ANY($1::uuid[])`,
      [[...version.keys()]],
    );
  }

  /** What went out on the platforms (the sandbox's own record), by the Warta marker in its text. */
  private platformPostsByMarker(): Map<string, PlatformPost[]> {
    const out = new Map<string, PlatformPost[]>();
    const add = (text: string | null, platform: string, id: string, createdAt: number) => {
      for (const m of (text ?? '').match(MARKER_RE) ?? []) {
        const list = out.get(m) ?? [];
        list.push({ platform, id, createdAt });
        out.set(m, list);
      }
    };
    const s = this.sandbox.state;
    for (const t of Object.values(s.x.tweets)) add(t.sentText, 'x', t.id, t.createdAt);
    for (const p of Object.values(s.graph.posts)) add(p.message, 'facebook', p.id, p.createdAt);
    for (const m of Object.values(s.graph.igMedia))
      if (!m.isCarouselChild) add(m.caption, 'instagram', m.id, m.createdAt);
    return out;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.workerRestarts]);
    for (const p of [...this.workers, this.apiProc].filter(Boolean)) {
      p.kill9();
      await p.waitExit();
      p.close();
    }
    if (this.sandbox) await this.sandbox.close();
    this.redis?.stop();
    if (this.ownsDatabase && this.dataSource?.isInitialized) await this.dataSource.destroy();
    this.pg?.stop();
    if (this.ownsDatabase && !this.pg && this.opts.postgres !== 'private') {
      const { dropDatabase } = await import('@warta/database');
      await dropDatabase(this.opts.postgres.serverUrl, new URL(this.dbUrl).pathname.slice(1)).catch(
        () => undefined,
      );
    }
  }

  /** Keep the run directory (logs, per-scenario JSON) only when something broke. */
  cleanup(keep: boolean): void {
    if (!keep) removeDir(this.runDir);
  }
}

export function formatResult(r: ScenarioResult): string {
  return (
    `${r.id.padEnd(3)} ${r.title.padEnd(34)} ` +
    `lost=${r.lost} duplicated=${r.duplicated} early=${r.early} cancelled_published=${r.cancelledPublished} ` +
    `needs_review=${r.needsReview} failed=${r.failed} p99_lateness=${(r.latenessMs.p99 / 1000).toFixed(2)}s ` +
    `| published=${r.published}/${r.scheduled} cancelled=${r.cancelled} phantom=${r.phantom} ` +
    `out_but_failed=${r.outButFailed} p50=${(r.latenessMs.p50 / 1000).toFixed(2)}s max=${(r.latenessMs.max / 1000).toFixed(2)}s ` +
    `${r.ok ? 'OK' : 'BROKEN'}`
  );
}

interface MindChanges {
  actions: Promise<void>[];
  cancelAccepted: Set<string>;
  cancelRefused: number;
  rescheduled: number;
  /** How the api answered, e.g. `cancel 200`: count. */
  statusCounts: Record<string, number>;
}

interface PostRow {
  id: string;
  state: string;
  publish_at: Date;
  published_at: Date | null;
  last_error_class: string | null;
  last_error_message: string | null;
  attempts: number;
}

interface PlatformPost {
  platform: string;
  id: string;
  createdAt: number;
}

/** What a scenario must never see; each has its count and up to 10 posts as evidence. */
type Breach = 'lost' | 'duplicated' | 'early' | 'cancelledPublished' | 'phantom' | 'outButFailed';

interface Tally extends Record<Breach, number> {
  published: number;
  needsReview: number;
  failed: number;
  cancelled: number;
  lateness: number[];
  lastOut: number;
  firstDue: number;
  evidence: Record<string, unknown[]>;
}

function newTally(): Tally {
  return {
    lost: 0,
    duplicated: 0,
    early: 0,
    cancelledPublished: 0,
    phantom: 0,
    outButFailed: 0,
    published: 0,
    needsReview: 0,
    failed: 0,
    cancelled: 0,
    lateness: [],
    lastOut: 0,
    firstDue: Infinity,
    evidence: {
      lost: [],
      duplicated: [],
      early: [],
      cancelledPublished: [],
      phantom: [],
      outButFailed: [],
    },
  };
}

function breach(t: Tally, kind: Breach, detail: unknown): void {
  t[kind]++;
  if (t.evidence[kind].length < 10) t.evidence[kind].push(detail);
}

/** Compares one post's end state in Warta with what the platform got, and counts it. */
function tallyPost(
  t: Tally,
  r: PostRow,
  wp: WorldPost,
  out: Map<string, PlatformPost[]>,
  cancelAccepted: Set<string>,
): void {
  const sent = out.get(wp.marker) ?? [];
  const due = new Date(r.publish_at).getTime();
  t.firstDue = Math.min(t.firstDue, due);
  const isCancelled = r.state === 'cancelled' || cancelAccepted.has(r.id);
  const detail = {
    postId: r.id,
    platform: wp.platform,
    marker: wp.marker,
    state: r.state,
    publishAt: new Date(r.publish_at).toISOString(),
    platformPosts: sent.map((x) => ({ id: x.id, at: new Date(x.createdAt).toISOString() })),
    attempts: r.attempts,
    lastError: r.last_error_class ? `${r.last_error_class}: ${r.last_error_message}` : null,
    cancelAccepted: cancelAccepted.has(r.id),
  };
  if (r.state === 'published') t.published++;
  if (r.state === 'needs_review') t.needsReview++;
  if (r.state === 'failed') t.failed++;
  if (isCancelled) t.cancelled++;
  if (isCancelled && sent.length) breach(t, 'cancelledPublished', detail);
  if (!isCancelled && !END_STATES.includes(r.state)) breach(t, 'lost', detail);
  if (sent.length > 1) breach(t, 'duplicated', detail);
  if (sent.some((x) => x.createdAt < due)) breach(t, 'early', detail);
  if (r.state === 'published' && !sent.length) breach(t, 'phantom', detail);
  if ((r.state === 'failed' || (r.state === 'cancelled' && !cancelAccepted.has(r.id))) && sent.length)
    breach(t, 'outButFailed', detail);
  if (sent.length) {
    const first = Math.min(...sent.map((x) => x.createdAt));
    t.lateness.push(first - due);
    t.lastOut = Math.max(t.lastOut, first);
  }
}

function scenarioResult(
  plan: ScenarioPlan,
  scheduled: number,
  t: Tally,
  counts: { cancelRefused: number; rescheduled: number },
): ScenarioResult {
  const lateness = t.lateness;
  lateness.sort((a, b) => a - b);
  const q = (p: number) =>
    lateness.length ? lateness[Math.min(lateness.length - 1, Math.floor(p * lateness.length))] : 0;
  const result: ScenarioResult = {
    id: plan.id,
    title: plan.title,
    scheduled,
    cancelled: t.cancelled,
    cancelRefused: counts.cancelRefused,
    rescheduled: counts.rescheduled,
    lost: t.lost,
    duplicated: t.duplicated,
    early: t.early,
    cancelledPublished: t.cancelledPublished,
    phantom: t.phantom,
    outButFailed: t.outButFailed,
    published: t.published,
    needsReview: t.needsReview,
    failed: t.failed,
    latenessMs: { p50: q(0.5), p99: q(0.99), max: lateness.length ? lateness[lateness.length - 1] : 0 },
    drainSeconds: t.lastOut && Number.isFinite(t.firstDue) ? (t.lastOut - t.firstDue) / 1000 : 0,
    notes: [],
    evidence: t.evidence,
    ok: false,
  };
  result.ok = t.lost + t.duplicated + t.early + t.cancelledPublished + t.phantom + t.outButFailed === 0;
  return result;
}

function shuffle<T>(a: T[]): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}

export { waitUntil };
