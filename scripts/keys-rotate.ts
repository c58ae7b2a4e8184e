import 'reflect-metadata';
import { RotateTokenKeys, TokenVault } from '@warta/accounts';
import { configFromEnv } from '@warta/config';
import { createDataSource } from '@warta/database';

/*
 * `npm run keys:rotate`: after adding a new master key to TOKEN_MASTER_KEYS (and pointing
 * TOKEN_MASTER_KEY_VERSION at it, or letting the highest version win), re-wraps every stored data
 * key under it. Payloads are not decrypted; re-running is harmless. Keep the old key configured
 * until this has finished, then remove it.
 */
async function main(): Promise<void> {
  const config = configFromEnv();
  const ds = await createDataSource({
    url: config.databaseUrl,
    applicationName: 'warta-keys-rotate',
  }).initialize();
  try {
    const vault = new TokenVault(config);
    const result = await RotateTokenKeys.over(ds, vault).execute();
    console.log(
      `re-wrapped under key version ${result.keyVersion}: ${result.socialAccounts} social account(s), ` +
        `${result.pendingConnections} pending connection(s)`,
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  // Never print a stack that could carry row data; the code is enough to act on.
  console.error(e instanceof Error ? `${e.name}: ${e.message}` : e);
  process.exit(1);
});
