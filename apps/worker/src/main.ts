import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigError, configFromEnv } from '@warta/config';
import { createPino, PinoNestLogger } from '@warta/core';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = configFromEnv();
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: new PinoNestLogger(createPino(config, 'worker')),
  });
  // SIGTERM/SIGINT: stop taking jobs, let running ones finish (BullMQ Worker.close), then exit.
  app.enableShutdownHooks();
  await app.init();
  console.log(`warta worker running (health on :${config.worker.healthPort})`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error('warta worker failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
