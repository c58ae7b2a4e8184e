import '../../../scripts/aliases';
import { configFromEnv, rawEnv, setEnv } from '@warta/config';
import { createDataSource, dropDatabase, withDatabase } from '@warta/database';
import { Client } from 'pg';
import { dropOrphanTestDatabases, TEMPLATE_DATABASE_ENV, templateDatabaseNameFor } from './test-database';

/**
 * Runs once per jest run for the integration and e2e projects: builds this run's migrated template
 * database (each test file clones it) and clears databases left behind by runs that died.
 */
export default async function globalSetup(): Promise<void> {
  setEnv({ NODE_ENV: 'test' });
  const baseUrl = configFromEnv().databaseUrl;
  const template = templateDatabaseNameFor(process.pid);
  // Both projects share this setup; the second call finds the template already built.
  if (rawEnv(TEMPLATE_DATABASE_ENV) === template) return;

  const admin = new Client({
    connectionString: withDatabase(baseUrl, 'postgres'),
    connectionTimeoutMillis: 5_000,
  });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(
      `Integration tests need PostgreSQL at ${new URL(baseUrl).host} (${(e as Error).message}). ` +
        `Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  }
  try {
    await dropOrphanTestDatabases(baseUrl);
    await dropDatabase(baseUrl, template);
    await admin.query(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  const ds = await createDataSource({
    url: withDatabase(baseUrl, template),
    applicationName: 'warta-test-template',
  }).initialize();
  await ds.runMigrations();
  await ds.destroy();
  // Workers are started after this and inherit the environment.
  setEnv({ [TEMPLATE_DATABASE_ENV]: template });
}
