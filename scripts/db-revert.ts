import 'reflect-metadata';
import { configFromEnv } from '@warta/config';
import { createDataSource } from '@warta/database';

async function main(): Promise<void> {
  const ds = await createDataSource({
    url: configFromEnv().databaseUrl,
    applicationName: 'warta-migrate',
  }).initialize();
  await ds.undoLastMigration({ transaction: 'each' });
  console.log('reverted the last migration');
  await ds.destroy();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
