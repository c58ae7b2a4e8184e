import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { JOB_QUEUE, JobName, JobPayloads } from './job-catalogue';
import { QueueName } from './queue-name';
import { REDIS } from './redis.token';

/** The one way to enqueue: type-checked job name -> payload, routed to its queue. */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.redis, prefix: this.config.queuePrefix });
      this.queues.set(name, q);
    }
    return q;
  }

  add<J extends JobName>(name: J, payload: JobPayloads[J], opts?: JobsOptions) {
    return this.queue(JOB_QUEUE[name]).add(name, payload, opts);
  }

  addBulk<J extends JobName>(name: J, jobs: { data: JobPayloads[J]; opts?: JobsOptions }[]) {
    return this.queue(JOB_QUEUE[name]).addBulk(jobs.map((j) => ({ name, data: j.data, opts: j.opts })));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
