import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QueueName } from '@warta/queue';
import { Job } from 'bullmq';
import { JobDispatcher } from '../job-dispatcher.service';

/** Plan, collect and followers run side by side; each claims its own rows, so two workers never read the same step. */
@Processor(QueueName.Metrics, { concurrency: 3 })
export class MetricsProcessor extends WorkerHost {
  constructor(private readonly dispatcher: JobDispatcher) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.dispatcher.dispatch(job);
  }
}
