import { randomBytes } from 'node:crypto';
import { configFromEnv, rawEnv } from '@warta/config';
import { cloneDatabase, createDataSource, dropDatabase, listDatabases, withDatabase } from '@warta/database';
import { DataSource } from 'typeorm';

/**
 * Test databases are named `warta_t_<pid>_<random>` after the process that made them, so a run only
 * ever cleans up databases whose process is gone: two test runs on one machine never drop each
 * other's databases. The migrated template of a run is `warta_t_<pid>_template`.
 */
export const TEST_DATABASE_PREFIX = 'warta_t_';
const TEMPLATE_ENV = 'WARTA_TEST_TEMPLATE_DB';

export function newTestDatabaseName(pid = process.pid): string {
  return `${TEST_DATABASE_PREFIX}${pid}_${randomBytes(4).toString('hex')}`;
}

export function templateDatabaseNameFor(pid: number): string {
  return `${TEST_DATABASE_PREFIX}${pid}_template`;
}

/** The template of the current jest run (set by globalSetup for the workers it starts). */
export function templateDatabaseName(): string {
  const name = rawEnv(TEMPLATE_ENV);
  if (!name) throw new Error('no test template database: integration tests run through jest (globalSetup)');
  return name;
}

export const TEMPLATE_DATABASE_ENV = TEMPLATE_ENV;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Drops test databases left behind by runs whose process has died (killed runs, crashes). */
export async function dropOrphanTestDatabases(baseUrl: string): Promise<number> {
  let dropped = 0;
  for (const name of await listDatabases(baseUrl, `${TEST_DATABASE_PREFIX}%`)) {
    const pid = Number(/^warta_t_(\d+)_/.exec(name)?.[1]);
    if (!pid || !processAlive(pid)) {
      await dropDatabase(baseUrl, name);
      dropped++;
    }
  }
  return dropped;
}

export interface TestDatabase {
  url: string;
  name: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from the migrated template (milliseconds, not a
 * migration run), so test files run in parallel and never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = configFromEnv().databaseUrl;
  const name = newTestDatabaseName();
  await cloneDatabase(baseUrl, templateDatabaseName(), name);
  const url = withDatabase(baseUrl, name);
  const dataSource = await createDataSource({ url, poolSize: 5, applicationName: 'warta-test' }).initialize();
  return {
    url,
    name,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(baseUrl, name);
    },
  };
}
