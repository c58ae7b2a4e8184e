import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { JobName, JobQueue, JOB_QUEUE, REPEATABLE_JOBS } from '@warta/queue';

/** Registers the repeatable maintenance jobs. Idempotent by scheduler id, so every worker may do it. */
@Injectable()
export class RepeatableJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('worker');

  constructor(
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
    this.logger.log({ count: REPEATABLE_JOBS.length }, 'repeatable jobs scheduled');
  }

  /** Idempotent: also run by the dispatch reconciler, so a Redis flush loses no schedule for long. */
  async register(): Promise<void> {
    for (const { name, everyMs } of REPEATABLE_JOBS) {
      const every = name === JobName.WriteAuditCheckpoint ? this.config.audit.checkpointEveryMs : everyMs;
      await this.jobs.queue(JOB_QUEUE[name]).upsertJobScheduler(
        name,
        { every },
        // A short history for /admin/queues; without a bound every run would stay in Redis.
        { name, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } } },
      );
    }
  }
}
