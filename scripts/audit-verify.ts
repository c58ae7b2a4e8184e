import 'reflect-metadata';
import { VerifyAuditChain } from '@warta/audit';
import { configFromEnv } from '@warta/config';
import { createDataSource } from '@warta/database';

/**
 * `npm run audit:verify`: every chain checked with AUDIT_CHAIN_KEY and held to the last signed
 * checkpoint in AUDIT_CHECKPOINT_DIR. Exit 0 when it all holds, 1 naming the first event that does not.
 */
async function main(): Promise<void> {
  const config = configFromEnv();
  const ds = await createDataSource({
    url: config.databaseUrl,
    applicationName: 'warta-audit-verify',
  }).initialize();
  try {
    const result = await new VerifyAuditChain(ds, config).execute();
    const anchor = result.checkpoint
      ? `checkpoint ${result.checkpoint.n} of ${result.checkpoint.at} in ${config.audit.checkpointDir}`
      : null;
    if (result.ok) {
      console.log(
        `audit trail intact: ${result.events} events in ${result.chains} chains, keyed hashes hold` +
          (anchor ? `, and every chain passes through ${anchor}` : ''),
      );
      if (!anchor) {
        console.log(
          `warning: no checkpoint in ${config.audit.checkpointDir} yet: only the key protects the trail (the worker writes one every ${Math.round(config.audit.checkpointEveryMs / 1000)} s)`,
        );
      }
      return;
    }
    const b = result.firstBroken!;
    console.error(
      b.problem === 'checkpoint_invalid'
        ? `audit trail NOT VERIFIED: ${b.detail}`
        : `audit trail BROKEN at chain ${b.chainKey}, seq ${b.seq}${b.eventId ? ` (event id ${b.eventId})` : ''}: ${b.problem} — ${b.detail}` +
            (anchor ? ` [held to ${anchor}]` : ''),
    );
    process.exitCode = 1;
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
