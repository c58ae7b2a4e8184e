import { ConfigError } from './config-error';
import { DEV_AUDIT_CHAIN_KEY, DEV_JWT_SECRET, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives working developer defaults with nothing set', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/warta');
    expect(c.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(c.api.port).toBe(3000);
    expect(c.worker.healthPort).toBe(3001);
    expect(c.sandbox.xPort).toBe(4010);
    expect(c.sandbox.graphPort).toBe(4020);
    expect(c.auth.accessTokenTtlSeconds).toBe(900);
  });

  it('points connectors at the sandbox when no platform credentials are configured', () => {
    const c = loadConfig({});
    expect(c.platforms.usingSandbox).toBe(true);
    expect(c.platforms.xApiOrigin).toBe('http://127.0.0.1:4010');
    expect(c.platforms.graphOrigin).toBe('http://127.0.0.1:4020');
  });

  it('points connectors at the real hosts once credentials exist, unless an origin is given', () => {
    const real = loadConfig({ X_CLIENT_ID: 'abc', X_CLIENT_SECRET: 's', FACEBOOK_APP_ID: '1' });
    expect(real.platforms.xApiOrigin).toBe('https://api.x.com');
    expect(real.platforms.graphOrigin).toBe('https://graph.facebook.com');
    const custom = loadConfig({ X_CLIENT_ID: 'abc', X_API_ORIGIN: 'http://127.0.0.1:9999/' });
    expect(custom.platforms.xApiOrigin).toBe('http://127.0.0.1:9999');
  });

  it('lists every invalid value in one readable error', () => {
    try {
      loadConfig({ API_PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toContain('API_PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('NODE_ENV');
    }
  });

  it('refuses to start in production on the default secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is the development default/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), TOKEN_MASTER_KEYS: '' }),
    ).not.toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET })).toThrow(ConfigError);
  });

  it('refuses the development webhook secret key in production, and blocks private webhook hosts there only', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /WEBHOOK_SECRET_KEY is the development default/,
    );
    expect(() => loadConfig({ WEBHOOK_SECRET_KEY: 'short' })).toThrow(
      /WEBHOOK_SECRET_KEY must be at least 32/,
    );
    expect(loadConfig({}).notifications.blockPrivateWebhookHosts).toBe(false);
    const prod = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'j'.repeat(40),
      TOKEN_MASTER_KEYS: `1:${Buffer.alloc(32, 7).toString('base64')}`,
      MEDIA_SIGNING_SECRET: 'm'.repeat(40),
      WEBHOOK_SECRET_KEY: 'w'.repeat(40),
      AUDIT_CHAIN_KEY: 'a'.repeat(40),
    });
    expect(prod.notifications).toEqual({ webhookSecretKey: 'w'.repeat(40), blockPrivateWebhookHosts: true });
  });

  it('keys the audit chain: a development default, refused in production, never short', () => {
    expect(loadConfig({}).audit).toEqual({
      chainKey: DEV_AUDIT_CHAIN_KEY,
      checkpointDir: '.data/audit-checkpoints',
      checkpointEveryMs: 300_000,
    });
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /AUDIT_CHAIN_KEY is the development default/,
    );
    expect(() => loadConfig({ AUDIT_CHAIN_KEY: 'short' })).toThrow(/AUDIT_CHAIN_KEY must be at least 32/);
    expect(loadConfig({ AUDIT_CHECKPOINT_DIR: '/var/lib/warta/anchors' }).audit.checkpointDir).toBe(
      '/var/lib/warta/anchors',
    );
  });

  it('refuses a publish lease that does not outlast the connector timeout', () => {
    expect(() => loadConfig({ PUBLISH_LEASE_MS: '20000', CONNECTOR_TIMEOUT_MS: '20000' })).toThrow(
      /PUBLISH_LEASE_MS must be longer than CONNECTOR_TIMEOUT_MS/,
    );
    expect(loadConfig({ PUBLISH_LEASE_MS: '8000', CONNECTOR_TIMEOUT_MS: '3000' }).publishing.leaseMs).toBe(
      8000,
    );
  });

  it('rejects a master key of the wrong size', () => {
    expect(() => loadConfig({ TOKEN_MASTER_KEYS: '1:c2hvcnQ=' })).toThrow(/32 bytes/);
  });
});
