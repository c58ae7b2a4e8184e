import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import type { StepResult } from '@warta/publishing';
import { QueueName } from '@warta/queue';
import { DelayedError, Job } from 'bullmq';
import { JobDispatcher } from '../job-dispatcher.service';

/**
 * One processor per platform queue, so a platform's slowness or limits never hold up another.
 * A step that must continue later moves its own job to delayed (same job id), never sleeps.
 */
abstract class PublishProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly dispatcher: JobDispatcher,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.publishing.concurrency;
  }

  async process(job: Job, token?: string): Promise<unknown> {
    const result = (await this.dispatcher.dispatch(job)) as StepResult | undefined;
    if (result?.outcome === 'delay') {
      // BullMQ reads a delayed job's time on the clock of whichever worker asks: delay by the time
      // left on the database's clock, not to `until` read on this host's (which may be off).
      const at = Date.now() + (result.delayMs ?? Math.max(0, result.until.getTime() - Date.now()));
      await job.moveToDelayed(at, token);
      throw new DelayedError();
    }
    return result;
  }
}

@Processor(QueueName.PublishX)
export class PublishXProcessor extends PublishProcessor {
  constructor(dispatcher: JobDispatcher, @Inject(APP_CONFIG) config: AppConfig) {
    super(dispatcher, config);
  }
}

@Processor(QueueName.PublishFacebook)
export class PublishFacebookProcessor extends PublishProcessor {
  constructor(dispatcher: JobDispatcher, @Inject(APP_CONFIG) config: AppConfig) {
    super(dispatcher, config);
  }
}

@Processor(QueueName.PublishInstagram)
export class PublishInstagramProcessor extends PublishProcessor {
  constructor(dispatcher: JobDispatcher, @Inject(APP_CONFIG) config: AppConfig) {
    super(dispatcher, config);
  }
}
