/** Typed, validated configuration. Built once from the environment by `loadConfig`. */
export type NodeEnv = 'development' | 'test' | 'production';

export interface AppConfig {
  nodeEnv: NodeEnv;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  databaseUrl: string;
  redisUrl: string;
  /** Prefix for every BullMQ key, so test runs and tenants of one Redis never collide. */
  queuePrefix: string;
  api: {
    port: number;
    host: string;
    corsOrigins: string[];
    bodyLimit: string;
    /** Requests per minute per client IP across the api (login has its own, tighter rules). */
    rateLimitPerMinute: number;
    /** Public URL the api is reached at (OAuth redirect URIs, links in notifications). */
    publicUrl: string;
    /** The built web app (apps/web/dist) the api serves at `/`; absent = api only. */
    webDir: string;
  };
  worker: { healthPort: number; concurrency: number; shutdownGraceMs: number };
  publishing: {
    /** Per-call timeout for platform requests; kept well inside the lease. */
    connectorTimeoutMs: number;
    /** Posts with media are prepared this long before their minute, so the send starts on time. */
    prepareLeadMs: number;
    /** How long a worker owns a post it is working on; an expired lease is taken over. */
    leaseMs: number;
    /** How often each worker runs the dispatch reconciler. */
    reconcileEveryMs: number;
    /** How far ahead the reconciler makes sure a job exists for a scheduled post. */
    reconcileHorizonMs: number;
    /** A post this late goes to NEEDS_REVIEW unless its node sets its own tolerance. */
    defaultLateToleranceMinutes: number;
    /** Publish jobs each worker runs at once, per platform queue. */
    concurrency: number;
    webhookTimeoutMs: number;
  };
  analytics: {
    /** When each published post is measured, in minutes after publishing. */
    snapshotScheduleMinutes: number[];
    /** Posts per collection job (split per account and platform call limits). */
    batchSize: number;
  };
  sandbox: { xPort: number; graphPort: number; host: string; dataDir: string };
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    refreshCookieName: string;
    cookieSecure: boolean;
    loginMaxFailuresPerAccount: number;
    loginMaxFailuresPerIp: number;
    loginWindowSeconds: number;
  };
  platforms: {
    /** Origin the X connector talks to; the sandbox unless real credentials are configured. */
    xApiOrigin: string;
    graphOrigin: string;
    xClientId: string;
    xClientSecret: string;
    facebookAppId: string;
    facebookAppSecret: string;
    usingSandbox: boolean;
  };
  tokenVault: { masterKeys: Record<number, string>; currentKeyVersion: number };
  media: {
    /** Local-disk storage root for uploads and renditions (an S3-compatible store can replace it). */
    dir: string;
    maxImageBytes: number;
    maxVideoBytes: number;
    /** HMAC key for the expiring URLs platforms fetch media from. */
    signingSecret: string;
    signedUrlTtlSeconds: number;
  };
  notifications: {
    /**
     * Each node's webhook signing secret is derived from this (HMAC of node id and secret version),
     * so no webhook secret is ever stored.
     */
    webhookSecretKey: string;
    /** Refuse webhook URLs that point at loopback/private/link-local addresses (on in production). */
    blockPrivateWebhookHosts: boolean;
  };
  audit: {
    /**
     * HMAC key of the audit chain (chain version 2): the database never holds it, so a person who
     * can write the database cannot recompute the hashes of an event they changed.
     */
    chainKey: string;
    /** Where signed checkpoints of every chain head are appended (storage the database's users cannot rewrite). */
    checkpointDir: string;
    /** How often the worker writes a checkpoint. */
    checkpointEveryMs: number;
  };
  demo: { password: string };
}
