import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { AppConfig, configFromEnv, ConfigError } from '@warta/config';
import { createDataSource, ensureDatabase, withDatabase } from '@warta/database';
import { PasswordHasher } from '@warta/identity';
import { seedDemoAccounts, TokenVault } from '@warta/accounts';
import { seedDemoHistory } from './demo-history';
import { DEMO_USERS, seedDemo } from '@warta/organizations';
import IORedis from 'ioredis';
import { NODE_FLAGS } from './node-flags';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ensureWebBuilt } from './web-build';

/*
 * `npm run demo`: one command from a fresh clone to a running Warta — checks Postgres and Redis,
 * creates and migrates the database, seeds the demo tree idempotently, then runs the sandbox, api
 * and worker in one foreground process tree that Ctrl-C stops cleanly.
 */

const ROOT = join(__dirname, '..');

async function checkPostgres(url: string): Promise<void> {
  const c = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 3_000 });
  try {
    await c.connect();
    await c.end();
  } catch (e) {
    const u = new URL(url);
    throw new Error(
      `PostgreSQL is not reachable at ${u.hostname}:${u.port || 5432} (${(e as Error).message}).\n` +
        `  Start it with one of:\n` +
        `    sudo apt-get install -y postgresql && sudo pg_ctlcluster $(ls /etc/postgresql) main start\n` +
        `    docker compose -f docker/compose.yml up -d postgres redis\n` +
        `  or point DATABASE_URL at your server.`,
    );
  }
}

async function checkRedis(url: string): Promise<void> {
  const r = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3_000,
  });
  try {
    await r.connect();
    await r.ping();
  } catch (e) {
    const u = new URL(url);
    throw new Error(
      `Redis is not reachable at ${u.hostname}:${u.port || 6379} (${(e as Error).message}).\n` +
        `  Start it with one of:\n` +
        `    sudo apt-get install -y redis-server && redis-server --daemonize yes --appendonly yes --maxmemory-policy noeviction\n` +
        `    docker compose -f docker/compose.yml up -d postgres redis\n` +
        `  or point REDIS_URL at your server.`,
    );
  } finally {
    r.disconnect();
  }
}

function start(name: string, args: string[]): ChildProcess {
  const flags: string[] = NODE_FLAGS[args[0]] ?? [];
  const child = spawn(process.execPath, [...flags, join(ROOT, 'scripts/run.js'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  const prefix = `[${name}] `.padEnd(10);
  const pipe = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buf = '';
    stream.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) out.write(prefix + line + '\n');
    });
  };
  pipe(child.stdout!, process.stdout);
  pipe(child.stderr!, process.stderr);
  return child;
}

async function waitFor(url: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function main(): Promise<void> {
  const config = configFromEnv();
  if (config.nodeEnv === 'production') {
    throw new Error(
      'npm run demo seeds demo users with a shared password and refuses to run with NODE_ENV=production.',
    );
  }
  await checkPostgres(config.databaseUrl);
  await checkRedis(config.redisUrl);

  const ds = await prepareDatabase(config);
  // The sandbox first: the demo units' X, Facebook and Instagram accounts are seeded in it and
  // connected (tokens encrypted) before the api and worker start.
  const sandbox = await startSandbox(config, ds);
  await seedSandboxAndHistory(config, ds);
  await ds.destroy();
  ensureWebBuilt();
  const children = [sandbox, start('api', ['api']), start('worker', ['worker'])];
  const isStopping = stopTogether(children);

  const api = `http://127.0.0.1:${config.api.port}`;
  if (await waitFor(`${api}/health`, 60_000)) {
    printWelcome(config, api);
  } else if (!isStopping()) {
    console.error('the api did not become healthy within 60 s; see the [api] lines above');
  }
}

/** Creates and migrates the database if needed and seeds the demo tree and users. */
async function prepareDatabase(config: AppConfig): Promise<DataSource> {
  if (await ensureDatabase(config.databaseUrl))
    console.log(`created database ${new URL(config.databaseUrl).pathname.slice(1)}`);
  const ds = await createDataSource({ url: config.databaseUrl, applicationName: 'warta-demo' }).initialize();
  const applied = await ds.runMigrations({ transaction: 'each' });
  if (applied.length) console.log(`migrated: ${applied.map((m) => m.name).join(', ')}`);
  const seed = await seedDemo(ds, await new PasswordHasher().hash(config.demo.password));
  console.log(
    seed.created.organizations || seed.created.users
      ? `seeded ${seed.created.organizations} organizations, ${seed.created.users} users, ${seed.created.memberships} memberships`
      : 'demo data already present (nothing to seed)',
  );
  return ds;
}

/** Starts the sandbox and waits for it; stops it and gives up if it does not come up. */
async function startSandbox(config: AppConfig, ds: DataSource): Promise<ChildProcess> {
  const sandbox = start('sandbox', ['sandbox']);
  if (!(await waitFor(`${config.platforms.graphOrigin}/__sandbox/clock`, 30_000))) {
    sandbox.kill('SIGTERM');
    await ds.destroy();
    throw new Error(
      `the sandbox did not come up at ${config.platforms.graphOrigin}; see the [sandbox] lines above`,
    );
  }
  return sandbox;
}

async function seedSandboxAndHistory(config: AppConfig, ds: DataSource): Promise<void> {
  const accounts = await seedDemoAccounts(ds, new TokenVault(config), {
    graphOrigin: config.platforms.graphOrigin,
  });
  console.log(
    `connected ${accounts.accounts.length} sandbox accounts (X, Facebook, Instagram per demo unit)`,
  );
  // 90 days of published posts with engagement and posting targets, so the dashboards mean something.
  const history = await seedDemoHistory(ds, { sandboxOrigin: config.platforms.graphOrigin });
  console.log(
    history.units
      ? `seeded 90 days of history: ${history.posts} posts, ${history.snapshots} snapshots, ${history.targets} posting targets`
      : 'demo history already present (nothing to seed)',
  );
}

/**
 * Ctrl-C (or any child exiting on its own) stops every child, SIGKILL after 15 s; the demo exits
 * when all have. Returns a check of whether stopping has begun.
 */
function stopTogether(children: ChildProcess[]): () => boolean {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nstopping (${signal})...`);
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    setTimeout(() => {
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    }, 15_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const c of children) {
    c.on('exit', (code) => {
      if (!stopping) {
        console.error(`a process exited unexpectedly (code ${code}); stopping the others`);
        process.exitCode = 1;
        stop('SIGTERM');
      }
      if (children.every((x) => x.exitCode !== null || x.signalCode !== null)) process.exit();
    });
  }
  return () => stopping;
}

function printWelcome(config: AppConfig, api: string): void {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length));
  console.log(
    [
      '',
      'Warta is running.',
      `  Web app        ${api}/   (open this in your browser)`,
      `  API            ${api}/api/v1`,
      `  API docs       ${api}/api/docs`,
      `  Health         ${api}/health`,
      `  Feed viewer    ${config.platforms.graphOrigin}/  (sandbox: what went out)`,
      '',
      `Demo users (password: ${config.demo.password}):`,
      ...DEMO_USERS.map(
        (u) => `  ${u.email.padEnd(width)}  ${u.grants.map((g) => `${g.role} @ ${g.slug}`).join(', ')}`,
      ),
      '',
      'Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError || e instanceof Error ? e.message : e);
  process.exit(1);
});
