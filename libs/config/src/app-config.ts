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
    /** JSON bodies nested deeper than this are refused before validation (a 400, not a stack overflow). */
    bodyMaxDepth: number;
    /** Arrays in a JSON body or query longer than this are refused before validation. */
    bodyMaxArrayItems: number;
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
    /**
     * Failed sign-ins are slowed, never locked out: past each counter's free failures, every further
     * failure doubles the wait (from `loginBaseDelaySeconds` up to `loginMaxDelaySeconds`) before that
     * counter allows another try. Counters: one account from one address; one address over all
     * accounts; one account from addresses it never signed in from (the owner's known addresses and
     * a browser holding a live refresh cookie are exempt from that one, so strangers cannot lock the
     * owner out).
     */
    loginMaxFailuresPerAccountIp: number;
    loginMaxFailuresPerIp: number;
    loginMaxFailuresPerAccount: number;
    loginBaseDelaySeconds: number;
    loginMaxDelaySeconds: number;
    /** A counter is forgotten after this long without a failure. */
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
