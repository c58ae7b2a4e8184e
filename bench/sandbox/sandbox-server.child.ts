import { createSandbox } from '../../apps/sandbox/src/create-sandbox';

/*
 * The sandbox under load, in its own process so autocannon (in the parent) does not share its
 * event loop. Reports its origins to the parent over IPC and stops when the parent says so.
 */
async function main(): Promise<void> {
  const sandbox = await createSandbox({ dataDir: null, demoAccounts: false, xPort: 0, graphPort: 0 });
  process.on('message', (msg) => {
    if (msg === 'stop') void sandbox.close().then(() => process.exit(0));
  });
  process.send?.({ xOrigin: sandbox.xOrigin, graphOrigin: sandbox.graphOrigin });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
