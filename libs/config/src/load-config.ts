import { AppConfig, NodeEnv } from './app-config';
import { ConfigError } from './config-error';
import { REAL_GRAPH_ORIGIN, REAL_X_API_ORIGIN } from './platform-constants';

type Env = Record<string, string | undefined>;

/** Development-only secrets. Refused when NODE_ENV=production. */
export const DEV_JWT_SECRET = 'warta-dev-jwt-secret-not-for-production';
export const DEV_MASTER_KEY = 'd2FydGEtZGV2LW1hc3Rlci1rZXktMzItYnl0ZXMhISE='; // 32 bytes, base64
export const DEMO_PASSWORD = 'warta-demo';
export const DEV_MEDIA_SIGNING_SECRET = 'warta-dev-media-signing-secret-not-for-production';
export const DEV_WEBHOOK_SECRET_KEY = 'warta-dev-webhook-secret-key-not-for-production';
export const DEV_AUDIT_CHAIN_KEY = 'warta-dev-audit-chain-key-not-for-production';

const REAL_X_ORIGIN = REAL_X_API_ORIGIN;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  str(key: string, fallback: string): string {
    const v = this.env[key];
    return v === undefined || v === '' ? fallback : v;
  }

  int(key: string, fallback: number, min: number, max: number): number {
    const raw = this.env[key];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problems.push(`${key} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  }

  bool(key: string, fallback: boolean): boolean {
    const raw = this.env[key];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    this.problems.push(`${key} must be true or false (got "${raw}")`);
    return fallback;
  }

  url(key: string, fallback: string, protocols: string[]): string {
    const v = this.str(key, fallback);
    try {
      const u = new URL(v);
      if (!protocols.includes(u.protocol)) throw new Error();
    } catch {
      this.problems.push(`${key} must be a ${protocols.join(' or ')} URL (got "${v}")`);
    }
    return v.replace(/\/+$/, '');
  }

  oneOf<T extends string>(key: string, fallback: T, allowed: readonly T[]): T {
    const v = this.str(key, fallback);
    if (!allowed.includes(v as T)) {
      this.problems.push(`${key} must be one of ${allowed.join(', ')} (got "${v}")`);
      return fallback;
    }
    return v as T;
  }
}

function parseMasterKeys(r: Reader, raw: string): Record<number, string> {
  // TOKEN_MASTER_KEYS="1:base64key,2:base64key" — several versions so old rows stay readable during rotation.
  const keys: Record<number, string> = {};
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [version, key] = part.split(':');
    const v = Number(version);
    if (!Number.isInteger(v) || v < 1 || !key || Buffer.from(key, 'base64').length !== 32) {
      r.problems.push('TOKEN_MASTER_KEYS entries must look like "1:<32 bytes in base64>"');
      continue;
    }
    keys[v] = key;
  }
  return keys;
}

type SandboxEndpoint = Omit<AppConfig['sandbox'], 'dataDir'>;

interface Secrets {
  jwtSecret: string;
  tokenVault: AppConfig['tokenVault'];
  mediaSigningSecret: string;
  webhookSecretKey: string;
  auditChainKey: string;
}

function readSandboxEndpoint(r: Reader): SandboxEndpoint {
  const xPort = r.int('SANDBOX_X_PORT', 4010, 1, 65535);
  const graphPort = r.int('SANDBOX_GRAPH_PORT', 4020, 1, 65535);
  return { xPort, graphPort, host: r.str('SANDBOX_HOST', '127.0.0.1') };
}

function readTokenVault(r: Reader): AppConfig['tokenVault'] {
  const masterKeys = parseMasterKeys(r, r.str('TOKEN_MASTER_KEYS', `1:${DEV_MASTER_KEY}`));
  const versions = Object.keys(masterKeys).map(Number);
  const currentKeyVersion = r.int(
    'TOKEN_MASTER_KEY_VERSION',
    versions.length ? Math.max(...versions) : 1,
    1,
    1000,
  );
  if (versions.length && !masterKeys[currentKeyVersion]) {
    r.problems.push(`TOKEN_MASTER_KEY_VERSION=${currentKeyVersion} has no key in TOKEN_MASTER_KEYS`);
  }
  return { masterKeys, currentKeyVersion };
}

/** A signing secret: at least 32 characters, and never the development default in production. */
function readSigningSecret(r: Reader, key: string, devDefault: string, production: boolean): string {
  const secret = r.str(key, devDefault);
  if (secret.length < 32) r.problems.push(`${key} must be at least 32 characters`);
  if (production && secret === devDefault)
    r.problems.push(`${key} is the development default; set a real secret`);
  return secret;
}

function readSecrets(r: Reader, production: boolean): Secrets {
  const jwtSecret = r.str('JWT_SECRET', DEV_JWT_SECRET);
  const tokenVault = readTokenVault(r);
  if (jwtSecret.length < 32) r.problems.push('JWT_SECRET must be at least 32 characters');
  const mediaSigningSecret = readSigningSecret(
    r,
    'MEDIA_SIGNING_SECRET',
    DEV_MEDIA_SIGNING_SECRET,
    production,
  );
  const webhookSecretKey = readSigningSecret(r, 'WEBHOOK_SECRET_KEY', DEV_WEBHOOK_SECRET_KEY, production);
  const auditChainKey = readSigningSecret(r, 'AUDIT_CHAIN_KEY', DEV_AUDIT_CHAIN_KEY, production);

  if (production) {
    if (jwtSecret === DEV_JWT_SECRET)
      r.problems.push('JWT_SECRET is the development default; set a real secret');
    if (Object.values(tokenVault.masterKeys).includes(DEV_MASTER_KEY))
      r.problems.push(
        'TOKEN_MASTER_KEYS contains the development key; generate one with `openssl rand -base64 32`',
      );
  }
  return { jwtSecret, tokenVault, mediaSigningSecret, webhookSecretKey, auditChainKey };
}

function readMetricsToken(r: Reader): string {
  const metricsToken = r.str('METRICS_TOKEN', '');
  if (metricsToken && metricsToken.length < 16)
    r.problems.push('METRICS_TOKEN must be at least 16 characters');
  return metricsToken;
}

function readDatabaseUrl(r: Reader): string {
  return r.url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/warta', ['postgres:', 'postgresql:']);
}

function readRedisUrl(r: Reader): string {
  return r.url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']);
}

function readApi(r: Reader, apiPort: number): AppConfig['api'] {
  const corsOrigins = r
    .str('CORS_ORIGINS', `http://localhost:5173,http://127.0.0.1:5173,http://localhost:${apiPort}`)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    port: apiPort,
    host: r.str('API_HOST', '0.0.0.0'),
    corsOrigins,
    bodyLimit: r.str('API_BODY_LIMIT', '1mb'),
    bodyMaxDepth: r.int('API_BODY_MAX_DEPTH', 32, 2, 1000),
    bodyMaxArrayItems: r.int('API_BODY_MAX_ARRAY_ITEMS', 1000, 1, 1_000_000),
    rateLimitPerMinute: r.int('API_RATE_LIMIT_PER_MINUTE', 600, 1, 10_000_000),
    publicUrl: r.url('PUBLIC_URL', `http://127.0.0.1:${apiPort}`, ['http:', 'https:']),
    webDir: r.str('WEB_DIR', 'apps/web/dist'),
  };
}

function readWorker(r: Reader): AppConfig['worker'] {
  return {
    healthPort: r.int('WORKER_HEALTH_PORT', 3001, 0, 65535),
    concurrency: r.int('WORKER_CONCURRENCY', 20, 1, 1000),
    shutdownGraceMs: r.int('WORKER_SHUTDOWN_GRACE_MS', 30_000, 0, 600_000),
  };
}

function readPublishing(r: Reader): AppConfig['publishing'] {
  return {
    connectorTimeoutMs: r.int('CONNECTOR_TIMEOUT_MS', 20_000, 100, 120_000),
    leaseMs: r.int('PUBLISH_LEASE_MS', 60_000, 1_000, 600_000),
    prepareLeadMs: r.int('PUBLISH_PREPARE_LEAD_MS', 60_000, 0, 3_600_000),
    reconcileEveryMs: r.int('RECONCILE_EVERY_MS', 30_000, 500, 600_000),
    reconcileHorizonMs: r.int('RECONCILE_HORIZON_MS', 10 * 60_000, 0, 24 * 3_600_000),
    defaultLateToleranceMinutes: r.int('LATE_TOLERANCE_MINUTES', 15, 1, 7 * 24 * 60),
    concurrency: r.int('PUBLISH_CONCURRENCY', 100, 1, 1000),
    webhookTimeoutMs: r.int('WEBHOOK_TIMEOUT_MS', 5_000, 100, 60_000),
  };
}

function readAnalytics(r: Reader): AppConfig['analytics'] {
  return {
    snapshotScheduleMinutes: r
      .str('METRICS_SCHEDULE_MINUTES', '60,360,1440,4320,10080,43200')
      .split(',')
      .map((x) => Number(x.trim()))
      .filter((n) => Number.isInteger(n) && n > 0),
    batchSize: r.int('METRICS_BATCH_SIZE', 100, 1, 10_000),
  };
}

function readSandbox(r: Reader, endpoint: SandboxEndpoint): AppConfig['sandbox'] {
  return { ...endpoint, dataDir: r.str('SANDBOX_DATA_DIR', '.data/sandbox') };
}

function readAuth(r: Reader, jwtSecret: string, production: boolean): AppConfig['auth'] {
  return {
    jwtSecret,
    accessTokenTtlSeconds: r.int('ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlDays: r.int('REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    refreshCookieName: r.str('REFRESH_COOKIE_NAME', 'warta_refresh'),
    cookieSecure: r.bool('COOKIE_SECURE', production),
    loginMaxFailuresPerAccountIp: r.int('LOGIN_MAX_FAILURES_PER_ACCOUNT_IP', 5, 1, 1000),
    loginMaxFailuresPerIp: r.int('LOGIN_MAX_FAILURES_PER_IP', 20, 1, 100_000),
    loginMaxFailuresPerAccount: r.int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginBaseDelaySeconds: r.int('LOGIN_BASE_DELAY_SECONDS', 1, 1, 3600),
    loginMaxDelaySeconds: r.int('LOGIN_MAX_DELAY_SECONDS', 900, 1, 86_400),
    loginWindowSeconds: r.int('LOGIN_WINDOW_SECONDS', 3600, 1, 7 * 86_400),
  };
}

/** Without real platform credentials the connectors talk to the local sandbox. */
function readPlatforms(r: Reader, sandbox: SandboxEndpoint): AppConfig['platforms'] {
  const xClientId = r.str('X_CLIENT_ID', '');
  const facebookAppId = r.str('FACEBOOK_APP_ID', '');
  const usingSandbox = !xClientId && !facebookAppId;
  return {
    xApiOrigin: r.url(
      'X_API_ORIGIN',
      usingSandbox ? `http://${sandbox.host}:${sandbox.xPort}` : REAL_X_ORIGIN,
      ['http:', 'https:'],
    ),
    graphOrigin: r.url(
      'GRAPH_ORIGIN',
      usingSandbox ? `http://${sandbox.host}:${sandbox.graphPort}` : REAL_GRAPH_ORIGIN,
      ['http:', 'https:'],
    ),
    xClientId: xClientId || 'warta-sandbox-x-client',
    xClientSecret: r.str('X_CLIENT_SECRET', usingSandbox ? 'warta-sandbox-x-secret' : ''),
    facebookAppId: facebookAppId || 'warta-sandbox-app',
    facebookAppSecret: r.str('FACEBOOK_APP_SECRET', usingSandbox ? 'warta-sandbox-app-secret' : ''),
    usingSandbox,
  };
}

function readMedia(r: Reader, signingSecret: string): AppConfig['media'] {
  return {
    dir: r.str('MEDIA_DIR', '.data/media'),
    maxImageBytes: r.int('MEDIA_MAX_IMAGE_BYTES', 15 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    maxVideoBytes: r.int('MEDIA_MAX_VIDEO_BYTES', 512 * 1024 * 1024, 1, 8 * 1024 * 1024 * 1024),
    signingSecret,
    signedUrlTtlSeconds: r.int('MEDIA_SIGNED_URL_TTL_SECONDS', 3600, 10, 7 * 86_400),
  };
}

function readNotifications(
  r: Reader,
  webhookSecretKey: string,
  production: boolean,
): AppConfig['notifications'] {
  return {
    webhookSecretKey,
    blockPrivateWebhookHosts: production,
    retention: {
      readDays: r.int('NOTIFICATION_RETENTION_READ_DAYS', 90, 1, 3650),
      unreadDays: r.int('NOTIFICATION_RETENTION_UNREAD_DAYS', 180, 1, 3650),
      deliveredWebhookDays: r.int('WEBHOOK_DELIVERY_RETENTION_DELIVERED_DAYS', 30, 1, 3650),
      failedWebhookDays: r.int('WEBHOOK_DELIVERY_RETENTION_FAILED_DAYS', 90, 1, 3650),
    },
  };
}

function readAudit(r: Reader, chainKey: string): AppConfig['audit'] {
  return {
    chainKey,
    checkpointDir: r.str('AUDIT_CHECKPOINT_DIR', '.data/audit-checkpoints'),
    checkpointEveryMs: r.int('AUDIT_CHECKPOINT_EVERY_MS', 5 * 60_000, 1_000, 24 * 3_600_000),
  };
}

/**
 * A send goes out only while the lease outlasts the request's timeout (no zombie sends): a lease
 * no longer than the timeout would give up every send.
 */
function checkLeaseOutlastsTimeout(r: Reader, publishing: AppConfig['publishing']): void {
  if (publishing.leaseMs <= publishing.connectorTimeoutMs) {
    r.problems.push(
      'PUBLISH_LEASE_MS must be longer than CONNECTOR_TIMEOUT_MS (a send needs its timeout inside the lease)',
    );
  }
}

/**
 * Reads and validates configuration. Pure: pass an env object (tests do); only `config-from-env.ts`
 * hands it the real process environment.
 *
 * The sections are read in a fixed order so that problems are reported in the same order as ever.
 */
export function loadConfig(env: Env): AppConfig {
  const r = new Reader(env);
  const nodeEnv = r.oneOf<NodeEnv>('NODE_ENV', 'development', ['development', 'test', 'production']);
  const production = nodeEnv === 'production';
  const apiPort = r.int('API_PORT', 3000, 1, 65535);
  const sandboxEndpoint = readSandboxEndpoint(r);
  const secrets = readSecrets(r, production);
  const metricsToken = readMetricsToken(r);

  const config: AppConfig = {
    nodeEnv,
    logLevel: r.oneOf('LOG_LEVEL', nodeEnv === 'test' ? 'silent' : 'info', LOG_LEVELS),
    databaseUrl: readDatabaseUrl(r),
    redisUrl: readRedisUrl(r),
    queuePrefix: r.str('QUEUE_PREFIX', 'warta'),
    api: readApi(r, apiPort),
    worker: readWorker(r),
    metrics: { token: metricsToken || null },
    publishing: readPublishing(r),
    analytics: readAnalytics(r),
    sandbox: readSandbox(r, sandboxEndpoint),
    auth: readAuth(r, secrets.jwtSecret, production),
    platforms: readPlatforms(r, sandboxEndpoint),
    tokenVault: secrets.tokenVault,
    media: readMedia(r, secrets.mediaSigningSecret),
    notifications: readNotifications(r, secrets.webhookSecretKey, production),
    audit: readAudit(r, secrets.auditChainKey),
    demo: { password: DEMO_PASSWORD },
  };

  checkLeaseOutlastsTimeout(r, config.publishing);
  if (r.problems.length) throw new ConfigError(r.problems);
  return Object.freeze(config);
}
