import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { configFromEnv } from '@warta/config';
import { dropDatabase, withDatabase } from '@warta/database';
import { newTestDatabaseName } from '@warta/testing';
import { Client } from 'pg';

/** `npm run demo` as a new user runs it: real processes, real Postgres and Redis, its own ports and database. */
jest.setTimeout(240_000);

describe('npm run demo (e2e)', () => {
  const ROOT = join(__dirname, '..');
  const dbName = newTestDatabaseName();
  const baseUrl = configFromEnv().databaseUrl;
  let env: Record<string, string>;
  let apiPort: number;

  const freePort = () =>
    new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => resolve(port));
      });
    });

  beforeAll(async () => {
    apiPort = await freePort();
    env = {
      ...(process.env as Record<string, string>),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATABASE_URL: withDatabase(baseUrl, dbName),
      QUEUE_PREFIX: `warta-demo-test-${randomBytes(3).toString('hex')}`,
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(await freePort()),
      SANDBOX_X_PORT: String(await freePort()),
      SANDBOX_GRAPH_PORT: String(await freePort()),
      SANDBOX_DATA_DIR: join('/tmp', `${dbName}-sandbox`),
    };
  });
  afterAll(() => dropDatabase(baseUrl, dbName));

  async function runDemo(): Promise<{ child: ChildProcess; output: () => string }> {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/run.js'), 'demo'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const until = Date.now() + 90_000;
    while (!out.includes('Ctrl-C stops everything') && Date.now() < until && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 250));
    }
    if (!out.includes('Ctrl-C stops everything')) throw new Error(`demo did not come up:\n${out}`);
    return { child, output: () => out };
  }

  async function stopDemo(child: ChildProcess): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    return exited;
  }

  it('comes up healthy, prints working credentials, and a second run does not duplicate the seed', async () => {
    const first = await runDemo();
    try {
      const api = `http://127.0.0.1:${apiPort}`;
      expect(first.output()).toContain('editor.rutan@warta.local');
      expect(first.output()).toContain('password: warta-demo');
      const health = await (await fetch(`${api}/health`)).json();
      expect(health.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
      const docs = await (await fetch(`${api}/api/docs-json`)).json();
      expect(Object.keys(docs.paths)).toEqual(
        expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me', '/api/v1/organizations']),
      );
      const login = await fetch(`${api}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'editor.rutan@warta.local', password: 'warta-demo' }),
      });
      expect(login.status).toBe(200);
      const { accessToken } = await login.json();
      const me = await (
        await fetch(`${api}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } })
      ).json();
      expect(me.memberships).toEqual([
        expect.objectContaining({ organizationName: 'Rutan Kelas IIB Bengkulu', role: 'editor' }),
      ]);
      // The unit's sandbox accounts are already connected, and no token is ever returned.
      const accounts = await (
        await fetch(`${api}/api/v1/accounts`, { headers: { authorization: `Bearer ${accessToken}` } })
      ).json();
      expect(accounts.items.map((a: { platform: string }) => a.platform).sort()).toEqual([
        'facebook',
        'instagram',
        'x',
      ]);
      expect(JSON.stringify(accounts)).not.toMatch(/"(access|refresh)_?token"|tokenCiphertext|tokenDataKey/i);
      expect(first.output()).toContain('connected 21 sandbox accounts');
      // 90 days of history: the unit's dashboard has posts and reach from the first run on.
      expect(first.output()).toMatch(/seeded 90 days of history: \d+ posts/);
      const overview = await (
        await fetch(`${api}/api/v1/dashboards/overview?organizationId=${me.memberships[0].organizationId}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        })
      ).json();
      const all = overview.rows.find((r: { platform: string }) => r.platform === 'all');
      expect(all.current.postsPublished).toBeGreaterThan(0);
      expect(all.current.reach).toBeGreaterThan(0);
      // The history obeys real collection (X reports no reach) and its permalinks are pages the
      // sandbox serves (they answered 400 when they pointed at /demo/x/...).
      expect(overview.rows.find((r: { platform: string }) => r.platform === 'x').current.reach).toBeNull();
      const top = await (
        await fetch(
          `${api}/api/v1/dashboards/top-posts?organizationId=${me.memberships[0].organizationId}&limit=5`,
          { headers: { authorization: `Bearer ${accessToken}` } },
        )
      ).json();
      expect(top.rows.length).toBeGreaterThan(0);
      for (const row of top.rows as { permalink: string; platform: string }[]) {
        const page = await fetch(row.permalink);
        expect({ permalink: row.permalink, status: page.status }).toEqual({
          permalink: row.permalink,
          status: 200,
        });
      }
    } finally {
      expect(await stopDemo(first.child)).toBe(0);
    }

    const count = async () => {
      const c = new Client({ connectionString: env.DATABASE_URL });
      await c.connect();
      const r = await c.query(
        `SELECT (SELECT count(*) FROM organizations)::int AS orgs, (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM memberships)::int AS memberships,
                (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM metric_snapshots)::int AS snapshots`,
      );
      await c.end();
      return r.rows[0];
    };
    const before = await count();
    expect(before).toMatchObject({ orgs: 10, users: 5, memberships: 6 });
    expect(before.posts).toBeGreaterThan(0);
    const second = await runDemo();
    try {
      expect(second.output()).toContain('demo data already present');
      expect(second.output()).toContain('demo history already present');
    } finally {
      expect(await stopDemo(second.child)).toBe(0);
    }
    expect(await count()).toEqual(before);
  });
});
