import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { configFromEnv, environmentForChild } from '@warta/config';
import { dropDatabase, withDatabase } from '@warta/database';
import { newTestDatabaseName } from './test-database';

const ROOT = join(__dirname, '../../..');

export interface DemoStack {
  /** The api (and the web app it serves), e.g. http://127.0.0.1:41234 */
  url: string;
  /** The sandbox's Graph origin (its feed viewer is at `/`). */
  graphOrigin: string;
  databaseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * `npm run demo` as a user runs it (sandbox, api serving the web app, worker; seeded demo data), on
 * its own database, queue prefix and ports, so browser journeys run beside every other test.
 */
export async function startDemoStack(extraEnv: Record<string, string> = {}): Promise<DemoStack> {
  const baseUrl = configFromEnv().databaseUrl;
  const dbName = newTestDatabaseName();
  const [apiPort, healthPort, xPort, graphPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const dataDir = join('/tmp', `${dbName}-sandbox`);
  const env = environmentForChild({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: withDatabase(baseUrl, dbName),
    QUEUE_PREFIX: `warta-web-${randomBytes(3).toString('hex')}`,
    API_PORT: String(apiPort),
    PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    WORKER_HEALTH_PORT: String(healthPort),
    SANDBOX_X_PORT: String(xPort),
    SANDBOX_GRAPH_PORT: String(graphPort),
    SANDBOX_DATA_DIR: dataDir,
    ...extraEnv,
  });
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/run.js'), 'demo'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const until = Date.now() + 150_000;
  while (!out.includes('Ctrl-C stops everything') && Date.now() < until && child.exitCode === null) {
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
    await dropDatabase(baseUrl, dbName);
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (!out.includes('Ctrl-C stops everything')) {
    await stop();
    throw new Error(`the demo stack did not come up:\n${out.slice(-4000)}`);
  }
  return {
    url: `http://127.0.0.1:${apiPort}`,
    graphOrigin: `http://127.0.0.1:${graphPort}`,
    databaseUrl: env.DATABASE_URL,
    output: () => out,
    stop,
  };
}
