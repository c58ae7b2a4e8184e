import { randomBytes } from 'node:crypto';
import { ConnectorRegistry, createConnectorRegistry } from '@warta/connectors';
import { setEnv, configFromEnv } from '@warta/config';
import { SystemClock } from '@warta/core';
import { seedDemo } from '@warta/organizations';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import { startTestSandbox, TestSandbox } from '../../../../apps/sandbox/src/testing/sandbox-test-kit';
import { TokenVault } from '../token-vault.service';
import { seedDemoAccounts } from './seed-demo-accounts';

describe('seedDemoAccounts', () => {
  let db: TestDatabase;
  let sandbox: TestSandbox;
  let vault: TokenVault;
  let registry: ConnectorRegistry;

  beforeAll(async () => {
    setEnv({ NODE_ENV: 'test' });
    db = await createTestDatabase();
    await seedDemo(db.dataSource, `not-a-real-hash-${randomBytes(4).toString('hex')}`);
    sandbox = await startTestSandbox();
    const config = configFromEnv();
    vault = new TokenVault(config);
    registry = createConnectorRegistry(
      { ...config.platforms, xApiOrigin: sandbox.xOrigin, graphOrigin: sandbox.graphOrigin },
      new SystemClock(),
    );
  });
  afterAll(async () => {
    await sandbox?.close();
    await db?.drop();
  });

  it('connects one X, Facebook and Instagram account per demo unit, idempotently, with working sealed tokens', async () => {
    const first = await seedDemoAccounts(db.dataSource, vault, { graphOrigin: sandbox.graphOrigin });
    expect(first.accounts).toHaveLength(7 * 3);
    const units = new Set(first.accounts.map((a) => a.slug));
    expect([...units].sort()).toEqual(
      [
        'bapas-bengkulu',
        'lapas-bengkulu',
        'lapas-medan',
        'lapas-perempuan-bengkulu',
        'lpka-bengkulu',
        'rutan-bengkulu',
        'rutan-medan',
      ].sort(),
    );

    const again = await seedDemoAccounts(db.dataSource, vault, { graphOrigin: sandbox.graphOrigin });
    expect(again.accounts.map((a) => a.accountId).sort()).toEqual(
      first.accounts.map((a) => a.accountId).sort(),
    );
    const rows: Array<{
      status: string;
      token_ciphertext: string;
      token_data_key: string;
      token_key_version: number;
      platform: string;
      external_id: string;
      parent_external_id: string | null;
    }> = await db.dataSource.query(`SELECT * FROM social_accounts`);
    expect(rows).toHaveLength(21);
    expect(rows.every((r) => r.status === 'active')).toBe(true);

    // The stored (sealed) tokens really work on the sandbox.
    for (const platform of ['x', 'facebook', 'instagram'] as const) {
      const r = rows.find((x) => x.platform === platform)!;
      const { accessToken } = vault.open({
        ciphertext: r.token_ciphertext,
        dataKey: r.token_data_key,
        keyVersion: r.token_key_version,
      });
      const stats = await registry.connector(platform).fetchAccountStats({
        externalId: r.external_id,
        parentExternalId: r.parent_external_id,
        accessToken,
      });
      expect(stats.followers).toBeGreaterThan(0);
    }
  });
});
