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
      await job.moveToDelayed(Math.max(result.until.getTime(), Date.now()), token);
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
