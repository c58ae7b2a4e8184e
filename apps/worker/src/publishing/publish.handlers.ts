import { Injectable } from '@nestjs/common';
import { PublishStep, ResolvePermalinks, StepResult } from '@warta/publishing';
import { JobHandler, JobName, PublishJobPayload } from '@warta/queue';
import { Job } from 'bullmq';
import { leaseOwnerForRun } from './worker-identity';

/** Thin: every publish job is one step of PublishStep for the post and version it names. */
@Injectable()
export class PublishHandlers {
  constructor(
    private readonly step: PublishStep,
    private readonly permalinks: ResolvePermalinks,
  ) {}

  @JobHandler(JobName.PublishX)
  publishX(job: Job<PublishJobPayload>): Promise<StepResult> {
    return this.run(job);
  }

  @JobHandler(JobName.PublishFacebook)
  publishFacebook(job: Job<PublishJobPayload>): Promise<StepResult> {
    return this.run(job);
  }

  @JobHandler(JobName.PublishInstagram)
  publishInstagram(job: Job<PublishJobPayload>): Promise<StepResult> {
    return this.run(job);
  }

  @JobHandler(JobName.ResolvePermalinks)
  resolvePermalinks(): Promise<{ looked: number; resolved: number; accountsFailed: number }> {
    return this.permalinks.execute();
  }

  private run(job: Job<PublishJobPayload>): Promise<StepResult> {
    return this.step.execute(job.data.postId, job.data.version, leaseOwnerForRun());
  }
}
