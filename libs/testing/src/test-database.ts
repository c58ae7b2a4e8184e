import { randomBytes } from 'node:crypto';
import { configFromEnv } from '@warta/config';
import {
  cloneDatabase,
  createDataSource,
  dropDatabase,
  parseDatabaseUrl,
  withDatabase,
} from '@warta/database';
import { DataSource } from 'typeorm';

/** Name of the migrated template every integration test file clones its own database from. */
export function templateDatabaseName(): string {
  return `${parseDatabaseUrl(configFromEnv().databaseUrl).database}_test_template`;
}

export const TEST_DATABASE_PREFIX = 'warta_t_';

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
  const name = `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
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
