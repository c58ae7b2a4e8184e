import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QueueName } from '@warta/queue';
import { Job } from 'bullmq';
import { JobDispatcher } from '../job-dispatcher.service';

@Processor(QueueName.Maintenance, { concurrency: 2 })
export class MaintenanceProcessor extends WorkerHost {
  constructor(private readonly dispatcher: JobDispatcher) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.dispatcher.dispatch(job);
  }
}
