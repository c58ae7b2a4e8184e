import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-catalogue';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

/** Marks a worker method as the handler of one job. The worker checks coverage at boot. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);
