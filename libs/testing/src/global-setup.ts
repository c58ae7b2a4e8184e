import '../../../scripts/aliases';
import { configFromEnv, setEnv } from '@warta/config';
import { createDataSource, dropDatabase, listDatabases, withDatabase } from '@warta/database';
import { Client } from 'pg';
import { TEST_DATABASE_PREFIX, templateDatabaseName } from './test-database';

/**
 * Runs once per jest run for the integration and e2e projects: builds the migrated template
 * database that each test file clones, and clears databases left behind by killed runs.
 */
export default async function globalSetup(): Promise<void> {
  setEnv({ NODE_ENV: 'test' });
  const baseUrl = configFromEnv().databaseUrl;
  const template = templateDatabaseName();

  try {
    const probe = new Client({
      connectionString: withDatabase(baseUrl, 'postgres'),
      connectionTimeoutMillis: 5_000,
    });
    await probe.connect();
    await probe.end();
  } catch (e) {
    throw new Error(
      `Integration tests need PostgreSQL at ${new URL(baseUrl).host} (${(e as Error).message}). ` +
        `Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  }

  for (const stale of await listDatabases(baseUrl, `${TEST_DATABASE_PREFIX}%`)) {
    await dropDatabase(baseUrl, stale);
  }
  await dropDatabase(baseUrl, template);
  const admin = new Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();

  const ds = await createDataSource({
    url: withDatabase(baseUrl, template),
    applicationName: 'warta-test-template',
  }).initialize();
  await ds.runMigrations();
  await ds.destroy();
}
