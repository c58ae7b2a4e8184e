import { FixedClock } from '@warta/core';
import { startTestSandbox } from '../../../apps/sandbox/src/testing/sandbox-test-kit';
import { createConnectorRegistry } from './connectors.factory';
import { ContractSubject, describeConnectorContract } from './testing/connector-contract';

async function subject(platform: 'x' | 'facebook' | 'instagram'): Promise<ContractSubject> {
  const sandbox = await startTestSandbox({ frozenClock: true });
  await sandbox.control('POST', 'profile', { metrics: { autoGrowth: false } });
  const seeded = await sandbox.seed({
    x: [{ username: 'kontrak_x', followers: 1234 }],
    facebook: [
      {
        name: 'Admin Kontrak',
        pages: [
          {
            name: 'Halaman Kontrak',
            followers: 1500,
            instagram: { username: 'kontrak.ig', followers: 2100 },
          },
        ],
      },
    ],
  });
  const registry = createConnectorRegistry(
    {
      xApiOrigin: sandbox.xOrigin,
      graphOrigin: sandbox.graphOrigin,
      xClientId: 'warta-sandbox-x-client',
      xClientSecret: 'warta-sandbox-x-secret',
      facebookAppId: 'warta-sandbox-app',
      facebookAppSecret: 'warta-sandbox-app-secret',
      usingSandbox: true,
    },
    new FixedClock(sandbox.clock.now()),
  );
  const page = seeded.facebook[0].pages[0];
  if (platform === 'x') {
    return {
      sandbox,
      connector: registry.connector('x'),
      creds: { externalId: seeded.x[0].id, accessToken: seeded.x[0].accessToken! },
      sendPath: /^\/2\/tweets$/,
    };
  }
  if (platform === 'facebook') {
    return {
      sandbox,
      connector: registry.connector('facebook'),
      creds: { externalId: page.id, accessToken: page.accessToken! },
      sendPath: /\/feed$/,
    };
  }
  return {
    sandbox,
    connector: registry.connector('instagram'),
    creds: { externalId: page.instagram!.id, parentExternalId: page.id, accessToken: page.accessToken! },
    sendPath: /\/media_publish$/,
  };
}

describeConnectorContract('x', () => subject('x'));
describeConnectorContract('facebook', () => subject('facebook'));
describeConnectorContract('instagram', () => subject('instagram'));

// The assertions live in describeConnectorContract; this one checks each subject is wired to the
// connector of its own platform, pointed at the sandbox rather than a real host.
describe('contract subjects', () => {
  it.each(['x', 'facebook', 'instagram'] as const)(
    '%s is served by its own connector on the sandbox',
    async (platform) => {
      const s = await subject(platform);
      try {
        expect(s.connector.platform).toBe(platform);
        expect(s.sandbox.graphOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      } finally {
        await s.sandbox.close();
      }
    },
  );
});
