import { QueueName } from './queue-name';

/**
 * Every job Warta runs. Payloads carry ids (and a version where a row can change), never content:
 * the row in Postgres is the truth. Adding a job means adding it here, to `JobPayloads` and
 * `JOB_QUEUE`; the worker refuses to boot until exactly one handler exists for it.
 */
export enum JobName {
  PurgeExpiredSessions = 'maintenance.purge-expired-sessions',
  VerifyAuditChain = 'maintenance.verify-audit-chain',
  RefreshExpiringAccounts = 'maintenance.refresh-expiring-accounts',
  PurgeExpiredOAuthStates = 'maintenance.purge-expired-oauth-states',
}

export interface JobPayloads {
  [JobName.PurgeExpiredSessions]: Record<string, never>;
  [JobName.VerifyAuditChain]: Record<string, never>;
  [JobName.RefreshExpiringAccounts]: Record<string, never>;
  [JobName.PurgeExpiredOAuthStates]: Record<string, never>;
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.PurgeExpiredSessions]: QueueName.Maintenance,
  [JobName.VerifyAuditChain]: QueueName.Maintenance,
  [JobName.RefreshExpiringAccounts]: QueueName.Maintenance,
  [JobName.PurgeExpiredOAuthStates]: QueueName.Maintenance,
};

/** Repeatable jobs every worker registers (idempotently, by scheduler id). */
export const REPEATABLE_JOBS: { name: JobName; everyMs: number }[] = [
  { name: JobName.PurgeExpiredSessions, everyMs: 60 * 60 * 1000 },
  { name: JobName.VerifyAuditChain, everyMs: 6 * 60 * 60 * 1000 },
  // X access tokens live 2 h; the sweep refreshes those close to expiry well before any publish needs them.
  { name: JobName.RefreshExpiringAccounts, everyMs: 5 * 60 * 1000 },
  { name: JobName.PurgeExpiredOAuthStates, everyMs: 60 * 60 * 1000 },
];

export const ALL_JOBS = Object.values(JobName);
