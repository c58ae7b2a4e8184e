import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  WriteStream,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_FLAGS } from '../../scripts/node-flags';

/*
 * Private infrastructure for fault-injection runs: a Postgres cluster and a Redis server of the run's
 * own (so a restart or FLUSHALL hurts nobody else on the machine), and the Warta processes (api,
 * workers) run from source as children that can be killed, stopped and restarted.
 */

export const ROOT = join(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await sleep(200);
  }
}

export function makeRunDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `warta-${label}-`));
}

const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Runs a Postgres binary as the invoking user, or as `postgres` when we are root (initdb refuses root). */
function pgExec(bin: string, args: string[]): string {
  const full = join(PG_BIN, bin);
  if (process.getuid?.() === 0) {
    return execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' });
  }
  return execFileSync(full, args, { encoding: 'utf8' });
}

/**
 * A throwaway Postgres cluster in a temp dir on a free port (fsync off: crash safety of the test
 * cluster itself is not what is tested; a restart is still a real restart that drops every connection).
 */
export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async start(runDir: string): Promise<PrivatePostgres> {
    const dir = join(runDir, 'pg');
    mkdirSync(dir, { recursive: true });
    if (process.getuid?.() === 0) {
      chmodSync(runDir, 0o755);
      execFileSync('chown', ['-R', 'postgres', dir]);
    }
    pgExec('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
    const pg = new PrivatePostgres(dir, await freePort());
    pg.startServer();
    return pg;
  }

  private startServer(): void {
    const opts = [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      `-c listen_addresses=127.0.0.1`,
      `-c fsync=off`,
      `-c synchronous_commit=off`,
      `-c full_page_writes=off`,
      `-c max_connections=300`,
      `-c shared_buffers=256MB`,
    ].join(' ');
    pgExec('pg_ctl', ['-D', join(this.dir, 'data'), '-l', join(this.dir, 'log'), '-o', opts, '-w', 'start']);
  }

  /** Stops the server (fast: active connections are dropped), waits, starts it again. */
  async restart(downMs: number): Promise<void> {
    pgExec('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']);
    await sleep(downMs);
    this.startServer();
  }

  stop(): void {
    try {
      pgExec('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
  }
}

/** A redis-server of the run's own (hz 100 like docker/compose.yml, no persistence). */
export class PrivateRedis {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(runDir: string, hz = 100): Promise<PrivateRedis> {
    const port = await freePort();
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'noeviction',
        '--hz',
        String(hz),
        '--dir',
        runDir,
      ],
      { stdio: ['ignore', 'ignore', 'ignore'] },
    );
    const r = new PrivateRedis(child, port);
    await waitUntil('redis-server start', async () => r.cli('PING').trim() === 'PONG', 10_000);
    return r;
  }

  cli(...args: string[]): string {
    return execFileSync('redis-cli', ['-p', String(this.port), ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  flushAll(): void {
    this.cli('FLUSHALL');
  }

  stop(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

export interface ManagedProcessOptions {
  name: string;
  entry: 'api' | 'worker' | 'sandbox';
  env: Record<string, string>;
  logDir: string;
  /** A line on stdout/stderr that says the process is ready. */
  readyLine?: RegExp;
  readyUrl?: string;
}

/** One Warta process run from source (`node scripts/run.js <entry>`), restartable, logs to a file. */
export class ManagedProcess {
  child: ChildProcess | null = null;
  private log: WriteStream;
  starts = 0;
  /** Exits nobody asked for (a crash, not our kill). */
  unexpectedExits: string[] = [];
  /** Children we stopped on purpose (their exit is not a crash). */
  private expected = new WeakSet<ChildProcess>();

  constructor(readonly opts: ManagedProcessOptions) {
    this.log = createWriteStream(join(opts.logDir, `${opts.name}.log`), { flags: 'a' });
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(timeoutMs = 90_000): Promise<void> {
    this.starts++;
    const flags: string[] = NODE_FLAGS[this.opts.entry] ?? [];
    const child = spawn(process.execPath, [...flags, join(ROOT, 'scripts/run.js'), this.opts.entry], {
      cwd: ROOT,
      env: { ...process.env, ...this.opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let ready = false;
    const onData = (chunk: Buffer) => {
      this.log.write(chunk);
      if (!ready && this.opts.readyLine?.test(chunk.toString())) ready = true;
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code, signal) => {
      this.log.write(`\n--- exit code=${code} signal=${signal} ---\n`);
      if (!this.expected.has(child)) this.unexpectedExits.push(`code=${code} signal=${signal}`);
    });
    const logFile = join(this.opts.logDir, `${this.opts.name}.log`);
    await waitUntil(
      `${this.opts.name} ready`,
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) return true;
        if (this.opts.readyUrl)
          return (await fetch(this.opts.readyUrl, { signal: AbortSignal.timeout(1000) })).ok;
        return ready;
      },
      timeoutMs,
    ).catch((e: Error) => {
      throw new Error(`${e.message}; see ${logFile}`);
    });
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${this.opts.name} exited during start (code ${child.exitCode}); see ${logFile}`);
  }

  /** kill -9: no shutdown hook runs, jobs in flight are abandoned mid-step. */
  kill9(): void {
    if (!this.running) return;
    this.expected.add(this.child!);
    this.child!.kill('SIGKILL');
  }

  /** SIGSTOP: the process is frozen (timers, sockets, everything) until resume(); its clock runs on. */
  pause(): void {
    if (this.running) this.child!.kill('SIGSTOP');
  }

  /** SIGCONT after pause(). */
  resume(): void {
    if (this.running) this.child!.kill('SIGCONT');
  }

  /** SIGTERM and wait for the graceful exit (SIGKILL after graceMs). */
  async terminate(graceMs = 30_000): Promise<void> {
    if (!this.running) return;
    const child = this.child!;
    this.expected.add(child);
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  async waitExit(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((r) => child.once('exit', () => r()));
  }

  rssMb(): number | null {
    if (!this.running) return null;
    try {
      const kb = Number(
        execFileSync('ps', ['-o', 'rss=', '-p', String(this.pid)], { encoding: 'utf8' }).trim(),
      );
      return Math.round(kb / 1024);
    } catch {
      return null;
    }
  }

  close(): void {
    this.log.end();
  }
}

/** Debian's faketime package: LD_PRELOAD-ed, it shifts the process's real clock (what Date.now() reads). */
export const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/** The environment that runs a process with its clock shifted by `offset` (libfaketime syntax: '+3m'). */
export function fakeTimeEnv(offset: string): Record<string, string> {
  if (!existsSync(LIBFAKETIME)) {
    throw new Error(
      `this scenario needs libfaketime (${LIBFAKETIME}); install it with: apt-get install -y faketime`,
    );
  }
  return { LD_PRELOAD: LIBFAKETIME, FAKETIME: offset, FAKETIME_NO_CACHE: '1' };
}

export function removeDir(dir: string): void {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
