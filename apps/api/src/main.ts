import 'reflect-metadata';
import { configFromEnv, ConfigError } from '@warta/config';
import { buildApiApp } from './build-api-app';

async function main(): Promise<void> {
  const config = configFromEnv();
  const app = await buildApiApp(config);
  app.enableShutdownHooks();
  await app.listen(config.api.port, config.api.host);
  console.log(`warta api listening on http://127.0.0.1:${config.api.port} (docs: /api/docs)`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error('warta api failed to start:', e);
  process.exit(1);
});
