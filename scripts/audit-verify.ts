import 'reflect-metadata';
import { VerifyAuditChain } from '@warta/audit';
import { configFromEnv } from '@warta/config';
import { createDataSource } from '@warta/database';

/** `npm run audit:verify`: exit 0 when every chain holds, 1 with the first broken link otherwise. */
async function main(): Promise<void> {
  const ds = await createDataSource({
    url: configFromEnv().databaseUrl,
    applicationName: 'warta-audit-verify',
  }).initialize();
  try {
    const result = await new VerifyAuditChain(ds).execute();
    if (result.ok) {
      console.log(`audit trail intact: ${result.events} events in ${result.chains} chains`);
      return;
    }
    const b = result.firstBroken!;
    console.error(
      `audit trail BROKEN at chain ${b.chainKey}, seq ${b.seq}${b.eventId ? ` (event id ${b.eventId})` : ''}: ${b.problem} — ${b.detail}`,
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
