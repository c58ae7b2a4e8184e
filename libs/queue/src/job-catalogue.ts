import type { Platform } from '@warta/core';
import { QueueName } from './queue-name';

/**
 * Every job Warta runs. Payloads carry ids (and a version where a row can change), never content:
 * the row in Postgres is the truth. Adding a job means adding it here, to `JobPayloads` and
 * `JOB_QUEUE`; the worker refuses to boot until exactly one handler exists for it.
 */
export enum JobName {
  PurgeExpiredSessions = 'maintenance.purge-expired-sessions',
  VerifyAuditChain = 'maintenance.verify-audit-chain',
  /** Anchors every audit chain head in a signed checkpoint outside the database. */
  WriteAuditCheckpoint = 'maintenance.write-audit-checkpoint',
  RefreshExpiringAccounts = 'maintenance.refresh-expiring-accounts',
  PurgeExpiredOAuthStates = 'maintenance.purge-expired-oauth-states',
  /** Drives one version of one post a step further (claim, prepare, send, reconcile, follow-ups). */
  PublishX = 'publish.x',
  PublishFacebook = 'publish.facebook',
  PublishInstagram = 'publish.instagram',
  /** Reads back the public links of published posts that answered with an id only (Instagram). */
  ResolvePermalinks = 'publish.resolve-permalinks',
  /** Gives newly published posts their metrics collection plan. */
  PlanMetrics = 'metrics.plan',
  /** Reads the metrics of every due plan step, batched per account. */
  CollectMetrics = 'metrics.collect',
  /** Records each account's follower count once per local day. */
  CollectFollowers = 'metrics.followers',
}

/** Payload of every publish job: the row and the version the job was made for. */
export interface PublishJobPayload {
  postId: string;
  version: number;
}

export interface JobPayloads {
  [JobName.PurgeExpiredSessions]: Record<string, never>;
  [JobName.VerifyAuditChain]: Record<string, never>;
  [JobName.WriteAuditCheckpoint]: Record<string, never>;
  [JobName.RefreshExpiringAccounts]: Record<string, never>;
  [JobName.PurgeExpiredOAuthStates]: Record<string, never>;
  [JobName.PublishX]: PublishJobPayload;
  [JobName.PublishFacebook]: PublishJobPayload;
  [JobName.PublishInstagram]: PublishJobPayload;
  [JobName.ResolvePermalinks]: Record<string, never>;
  [JobName.PlanMetrics]: Record<string, never>;
  [JobName.CollectMetrics]: Record<string, never>;
  [JobName.CollectFollowers]: Record<string, never>;
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.PurgeExpiredSessions]: QueueName.Maintenance,
  [JobName.VerifyAuditChain]: QueueName.Maintenance,
  [JobName.WriteAuditCheckpoint]: QueueName.Maintenance,
  [JobName.RefreshExpiringAccounts]: QueueName.Maintenance,
  [JobName.PurgeExpiredOAuthStates]: QueueName.Maintenance,
  [JobName.PublishX]: QueueName.PublishX,
  [JobName.PublishFacebook]: QueueName.PublishFacebook,
  [JobName.PublishInstagram]: QueueName.PublishInstagram,
  // Behind the Instagram publish jobs already waiting: a burst drains first, its links come after.
  [JobName.ResolvePermalinks]: QueueName.PublishInstagram,
  [JobName.PlanMetrics]: QueueName.Metrics,
  [JobName.CollectMetrics]: QueueName.Metrics,
  [JobName.CollectFollowers]: QueueName.Metrics,
};

/** The publish job of each platform. */
export const PUBLISH_JOB: Record<Platform, JobName> = {
  x: JobName.PublishX,
  facebook: JobName.PublishFacebook,
  instagram: JobName.PublishInstagram,
};

/**
 * `publish:{postId}:{version}`: one job id per version of a post. BullMQ ignores an add whose id
 * is still live, so the reconciler can re-add freely; finished jobs are removed so a re-add after a
 * Redis flush or a finished step creates it again.
 */
export function publishJobId(postId: string, version: number): string {
  return `publish:${postId}:${version}`;
}

/** Repeatable jobs every worker registers (idempotently, by scheduler id). */
export const REPEATABLE_JOBS: { name: JobName; everyMs: number }[] = [
  { name: JobName.PurgeExpiredSessions, everyMs: 60 * 60 * 1000 },
  { name: JobName.VerifyAuditChain, everyMs: 6 * 60 * 60 * 1000 },
  // The worker registers it at AUDIT_CHECKPOINT_EVERY_MS; this is the default.
  { name: JobName.WriteAuditCheckpoint, everyMs: 5 * 60 * 1000 },
  // X access tokens live 2 h; the sweep refreshes those close to expiry well before any publish needs them.
  { name: JobName.RefreshExpiringAccounts, everyMs: 5 * 60 * 1000 },
  { name: JobName.PurgeExpiredOAuthStates, everyMs: 60 * 60 * 1000 },
  // A link a person can open a few seconds after the post went live.
  { name: JobName.ResolvePermalinks, everyMs: 5 * 1000 },
  { name: JobName.PlanMetrics, everyMs: 60 * 1000 },
  { name: JobName.CollectMetrics, everyMs: 60 * 1000 },
  // Hourly, but each account is read once per local day: a missed hour or a rate limit is made up later that day.
  { name: JobName.CollectFollowers, everyMs: 60 * 60 * 1000 },
];

export const ALL_JOBS = Object.values(JobName);
