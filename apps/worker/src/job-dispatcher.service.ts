import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { checkHandlerCoverage, JOB_HANDLER, JobName } from '@warta/queue';
import { Job } from 'bullmq';
import { RepeatableJobFailures } from './repeatable-job-failures';

type Handler = (job: Job) => Promise<unknown>;

/**
 * Finds every @JobHandler method at boot and refuses to start unless each job in the catalogue has
 * exactly one. Processors hand jobs here, so routing lives in one place.
 */
@Injectable()
export class JobDispatcher implements OnModuleInit {
  private readonly logger = new Logger('worker');
  private readonly handlers = new Map<JobName, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly failures: RepeatableJobFailures,
  ) {}

  onModuleInit(): void {
    const found: JobName[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, fn as () => unknown);
        if (!name) continue;
        found.push(name);
        this.handlers.set(name, (job) => (fn as Handler).call(instance, job));
      }
    }
    const problems = checkHandlerCoverage(found);
    if (problems.length) throw new Error(`worker refuses to boot: ${problems.join('; ')}`);
    this.logger.log({ handlers: found.length }, 'job handlers registered');
  }

  async dispatch(job: Job): Promise<unknown> {
    try {
      const handler = this.handlers.get(job.name as JobName);
      if (!handler) throw new Error(`no handler for job "${job.name}"`);
      return await handler(job);
    } catch (err) {
      this.failures.failed(job.name, job.id, err);
      throw err;
    }
  }
}
