import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { ReconcileDispatch } from '@warta/publishing';
import { RepeatableJobs } from '../repeatable-jobs.service';

/**
 * Runs the dispatch reconciler on every worker, on a local timer rather than a BullMQ repeatable
 * job: it must keep running when Redis lost everything, repeatable schedulers included (which it
 * re-registers each round). Rounds never overlap; the first one runs right after boot.
 */
@Injectable()
export class DispatchReconcilerTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('dispatch');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reconcile: ReconcileDispatch,
    private readonly repeatable: RepeatableJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(500);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One round now (tests and the chaos run call it to avoid waiting for the timer). */
  async runOnce(): Promise<void> {
    try {
      await this.reconcile.execute();
      await this.repeatable.register();
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'dispatch reconcile round failed; next round retries');
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => {
        this.running = null;
        // A little jitter so workers started together do not all scan at the same instant.
        const every = this.config.publishing.reconcileEveryMs;
        this.schedule(every * (0.9 + Math.random() * 0.2));
      });
    }, ms);
    this.timer.unref();
  }
}
