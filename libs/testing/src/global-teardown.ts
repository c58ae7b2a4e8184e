import '../../../scripts/aliases';
import { configFromEnv } from '@warta/config';
import { dropDatabase } from '@warta/database';
import { templateDatabaseNameFor } from './test-database';

/** Drops this run's template; per-file databases are dropped by their own tests. */
export default async function globalTeardown(): Promise<void> {
  await dropDatabase(configFromEnv().databaseUrl, templateDatabaseNameFor(process.pid));
}
