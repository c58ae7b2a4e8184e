import { Client } from 'pg';

/** Split a Postgres URL into the server URL (maintenance db) and the database name. */
export function parseDatabaseUrl(url: string): { adminUrl: string; database: string } {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
  u.pathname = '/postgres';
  return { adminUrl: u.toString(), database };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function quoteIdent(name: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Refusing unusual database name "${name}"`);
  return `"${name}"`;
}

async function withAdmin<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({
    connectionString: parseDatabaseUrl(url).adminUrl,
    connectionTimeoutMillis: 5_000,
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` when it does not exist yet. Returns true when it created it. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const { database } = parseDatabaseUrl(url);
  return withAdmin(url, async (c) => {
    const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await c.query(`CREATE DATABASE ${quoteIdent(database)}`);
    return true;
  });
}

export async function dropDatabase(url: string, database: string): Promise<void> {
  await withAdmin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
}

export async function cloneDatabase(url: string, template: string, target: string): Promise<void> {
  await withAdmin(url, (c) =>
    c.query(`CREATE DATABASE ${quoteIdent(target)} TEMPLATE ${quoteIdent(template)}`),
  );
}

export async function listDatabases(url: string, likePattern: string): Promise<string[]> {
  return withAdmin(url, async (c) => {
    const r = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      likePattern,
    ]);
    return r.rows.map((row) => row.datname);
  });
}
