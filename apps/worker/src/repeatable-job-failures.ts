import { Logger } from '@nestjs/common';
import { JobName, REPEATABLE_JOBS } from '@warta/queue';
import { Counter, Registry } from 'prom-client';

const REPEATABLE = new Set<string>(REPEATABLE_JOBS.map((j) => j.name));

/**
 * A repeatable job has no person waiting on it: when it throws, the queue board is the only place
 * that would show it. Each failure is logged as an error and counted in the worker's `/metrics`
 * (`warta_worker_repeatable_job_failures_total{job}`), so an alert can fire on a housekeeping job
 * that fails on every run.
 */
export class RepeatableJobFailures {
  readonly registry: Registry;
  private readonly failures: Counter<'job'>;
  private readonly logger = new Logger('worker');

  constructor(registry = new Registry()) {
    this.registry = registry;
    this.failures = new Counter({
      name: 'warta_worker_repeatable_job_failures_total',
      help: 'Runs of a repeatable (scheduled) job that threw',
      labelNames: ['job'] as const,
      registers: [registry],
    });
  }

  /** Records the failure when `name` is a repeatable job; other jobs report through their own paths. */
  failed(name: string, jobId: string | undefined, err: unknown): void {
    if (!REPEATABLE.has(name)) return;
    this.failures.inc({ job: name as JobName });
    const message = err instanceof Error ? err.message : String(err);
    this.logger.error({ job: name, jobId, err: message }, 'repeatable job failed');
  }
}
