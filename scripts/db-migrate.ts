import 'reflect-metadata';
import { configFromEnv } from '@warta/config';
import { createDataSource, ensureDatabase } from '@warta/database';

async function main(): Promise<void> {
  const { databaseUrl } = configFromEnv();
  if (await ensureDatabase(databaseUrl))
    console.log(`created database ${new URL(databaseUrl).pathname.slice(1)}`);
  const ds = await createDataSource({ url: databaseUrl, applicationName: 'warta-migrate' }).initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  console.log(ran.length ? `applied: ${ran.map((m) => m.name).join(', ')}` : 'schema is up to date');
  await ds.destroy();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
