import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, JOB_QUEUE, REPEATABLE_JOBS } from '@warta/queue';

/** Registers the repeatable maintenance jobs. Idempotent by scheduler id, so every worker may do it. */
@Injectable()
export class RepeatableJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('worker');

  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
    this.logger.log({ count: REPEATABLE_JOBS.length }, 'repeatable jobs scheduled');
  }

  /** Idempotent: also run by the dispatch reconciler, so a Redis flush loses no schedule for long. */
  async register(): Promise<void> {
    for (const { name, everyMs } of REPEATABLE_JOBS) {
      await this.jobs.queue(JOB_QUEUE[name]).upsertJobScheduler(
        name,
        { every: everyMs },
        // A short history for /admin/queues; without a bound every run would stay in Redis.
        { name, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } } },
      );
    }
  }
}
