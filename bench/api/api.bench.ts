import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { configFromEnv } from '@warta/config';
import { createDataSource, dropDatabase, ensureDatabase, withDatabase } from '@warta/database';
import { PasswordHasher } from '@warta/identity';
import { seedDemo } from '@warta/organizations';
import { DataSource } from 'typeorm';

/*
 * `npm run bench:api`: requests/s and latency of the api over a 10,000-node org tree, through HTTP,
 * against a real api process on a database of its own. Prints figures; asserts nothing.
 */

const ROOT = join(__dirname, '..', '..');
const NODES = 10_000;
const REGIONS = 40;
const DURATION_S = 10;
const CONNECTIONS = 20;

async function seedBigTree(ds: DataSource): Promise<{ regionId: string; deepUnitId: string }> {
  const [root] = await ds.query(`SELECT id, path FROM organizations WHERE slug = 'ditjenpas'`);
  const existing = (await ds.query(`SELECT count(*)::int AS n FROM organizations`))[0].n as number;
  const rows: unknown[][] = [];
  const regions: { id: string; path: string }[] = [];
  for (let r = 0; r < REGIONS; r++) {
    const id = randomUUID();
    const path = `${root.path}${id}/`;
    regions.push({ id, path });
    rows.push([id, root.id, path, 1, `Kanwil Bench ${r}`, `bench-kanwil-${r}`, 'regional_office']);
  }
  for (let i = 0; rows.length < NODES - existing; i++) {
    const region = regions[i % REGIONS];
    const id = randomUUID();
    rows.push([id, region.id, `${region.path}${id}/`, 2, `UPT Bench ${i}`, `bench-upt-${i}`, 'unit']);
  }
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const values = chunk.map(
      (_, j) =>
        `($${j * 7 + 1}::uuid, $${j * 7 + 2}::uuid, $${j * 7 + 3}, $${j * 7 + 4}, $${j * 7 + 5}, $${j * 7 + 6}, $${j * 7 + 7})`,
    );
    await ds.query(
      `INSERT INTO organizations (id, parent_id, path, depth, name, slug, kind) VALUES ${values.join(', ')}`,
      chunk.flat(),
    );
  }
  await ds.query('ANALYZE organizations');
  const deep = rows[rows.length - 1][0] as string;
  return { regionId: regions[0].id, deepUnitId: deep };
}

async function waitHealthy(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('api did not start');
}

async function measure(title: string, url: string, token: string) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}` },
  });
  const non2xx = result.non2xx;
  console.log(
    `${title.padEnd(58)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms${non2xx ? `   non-2xx ${non2xx}` : ''}`,
  );
}

/** Kanwil viewer (a regional supervisor over one Kanwil, ~250 units) besides the demo users. */
async function addKanwilViewer(ds: DataSource, hash: string, regionId: string): Promise<void> {
  const [viewer] = await ds.query(
    `INSERT INTO users (email, name, password_hash) VALUES ('bench.kanwil@warta.local', 'Bench', $1) RETURNING id`,
    [hash],
  );
  await ds.query(`INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, 'viewer')`, [
    viewer.id,
    regionId,
  ]);
}

/** The tree's size and how long Postgres takes to count the whole subtree under the directorate. */
async function subtreeFigures(ds: DataSource, rootId: string): Promise<{ total: number; subtreeMs: number }> {
  const total = (await ds.query(`SELECT count(*)::int AS n FROM organizations`))[0].n;
  const [rootPath] = await ds.query(`SELECT path FROM organizations WHERE id = $1`, [rootId]);
  const plan = await ds.query(
    `EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM organizations WHERE path LIKE $1`,
    [`${rootPath.path}%`],
  );
  const subtreeMs = plan[0]['QUERY PLAN'][0]['Execution Time'] as number;
  return { total, subtreeMs };
}

/** What the measuring needs to know about the seeded database. */
interface SeededTree {
  total: number;
  subtreeMs: number;
  deepUnitId: string;
}

/** Migrates and seeds the bench database. */
async function prepareDatabase(url: string): Promise<SeededTree> {
  const ds = await createDataSource({ url }).initialize();
  await ds.runMigrations();
  const hash = await new PasswordHasher().hash('bench-password');
  const seed = await seedDemo(ds, hash);
  const { regionId, deepUnitId } = await seedBigTree(ds);
  await addKanwilViewer(ds, hash, regionId);
  const { total, subtreeMs } = await subtreeFigures(ds, seed.organizations.ditjenpas);
  await ds.destroy();
  return { total, subtreeMs, deepUnitId };
}

function spawnApi(url: string, port: number): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'scripts/run.js'), 'api'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      API_PORT: String(port),
      LOG_LEVEL: 'error',
      API_RATE_LIMIT_PER_MINUTE: '10000000',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function login(origin: string, email: string, password: string): Promise<string> {
  return (
    await (
      await fetch(`${origin}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
    ).json()
  ).accessToken as string;
}

async function measureEndpoints(origin: string, db: SeededTree): Promise<void> {
  const admin = await login(origin, 'admin@warta.local', 'bench-password');
  const kanwil = await login(origin, 'bench.kanwil@warta.local', 'bench-password');
  const editor = await login(origin, 'editor.rutan@warta.local', 'bench-password');

  console.log(
    `bench:api — ${db.total} org nodes, ${CONNECTIONS} connections, ${DURATION_S} s per endpoint, Node ${process.version}`,
  );
  console.log(
    `subtree count over all ${db.total} nodes in Postgres (EXPLAIN ANALYZE): ${db.subtreeMs.toFixed(2)} ms`,
  );
  await measure('GET /api/v1/me (unit editor)', `${origin}/api/v1/me`, editor);
  await measure(
    'GET /api/v1/organizations?limit=50 (directorate admin, 10k)',
    `${origin}/api/v1/organizations?limit=50`,
    admin,
  );
  await measure(
    'GET /api/v1/organizations?kind=unit (Kanwil viewer)',
    `${origin}/api/v1/organizations?kind=unit&limit=50`,
    kanwil,
  );
  await measure(
    'GET /api/v1/organizations/:id (deep unit, admin)',
    `${origin}/api/v1/organizations/${db.deepUnitId}`,
    admin,
  );
}

async function main(): Promise<void> {
  const base = configFromEnv().databaseUrl;
  const dbName = 'warta_bench_api';
  const url = withDatabase(base, dbName);
  await dropDatabase(base, dbName);
  await ensureDatabase(url);
  const db = await prepareDatabase(url);

  const port = 3900;
  const api = spawnApi(url, port);
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitHealthy(`${origin}/health`);
    await measureEndpoints(origin, db);
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await dropDatabase(base, dbName);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
