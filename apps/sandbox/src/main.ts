import { configFromEnv } from '@warta/config';
import pino from 'pino';
import { createSandbox } from './create-sandbox';

/**
 * `npm run start:sandbox`: the X and Graph emulators on their configured ports, with state kept in
 * SANDBOX_DATA_DIR across restarts.
 */
async function main(): Promise<void> {
  const config = configFromEnv();
  const log = pino({ level: config.logLevel, base: { app: 'sandbox' } });
  const sandbox = await createSandbox({
    xPort: config.sandbox.xPort,
    graphPort: config.sandbox.graphPort,
    host: config.sandbox.host,
    dataDir: config.sandbox.dataDir,
    xClient: { clientId: config.platforms.xClientId, clientSecret: config.platforms.xClientSecret || null },
    facebookApp: { appId: config.platforms.facebookAppId, appSecret: config.platforms.facebookAppSecret },
  });
  log.info(
    { xOrigin: sandbox.xOrigin, graphOrigin: sandbox.graphOrigin, dataDir: config.sandbox.dataDir },
    `sandbox up: X API ${sandbox.xOrigin}, Graph API ${sandbox.graphOrigin}, feed viewer ${sandbox.graphOrigin}/`,
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'sandbox stopping');
    sandbox
      .close()
      .then(() => process.exit(0))
      .catch((e: unknown) => {
        log.error({ err: e }, 'sandbox did not stop cleanly');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
