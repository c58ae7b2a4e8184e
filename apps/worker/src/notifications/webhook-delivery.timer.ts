import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DeliverPendingWebhooks, WEBHOOK_DELIVERY_BATCH } from '@warta/notifications';

/** How often each worker looks for due webhook deliveries. */
export const WEBHOOK_DELIVERY_EVERY_MS = 2_000;

/**
 * Drains the webhook outbox every 2 s (at once again while a full batch came back) on every worker (rows are claimed with SKIP LOCKED, so workers
 * share the work). A plain timer rather than a BullMQ job: the outbox lives in Postgres, so a Redis
 * flush loses nothing. Runs never overlap: the next one is scheduled when the previous one ends. On
 * shutdown the timer stops and an in-flight run (bounded by the webhook timeout) is awaited before
 * the database closes.
 */
@Injectable()
export class WebhookDeliveryTimer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('webhooks');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  /** The last run claimed a full batch: there is probably more, so the next run starts at once. */
  private backlog = false;

  constructor(private readonly deliver: DeliverPendingWebhooks) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One run now (tests and the timer); resolves when it is done, never rejects. */
  runOnce(): Promise<void> {
    this.running ??= this.deliver
      .execute()
      .then((r) => {
        this.backlog = r.claimed >= WEBHOOK_DELIVERY_BATCH;
        if (r.claimed) this.logger.log(r, 'webhook deliveries');
      })
      .catch((e: unknown) => {
        this.backlog = false;
        this.logger.error({ err: e instanceof Error ? e.message : String(e) }, 'webhook delivery run failed');
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => {
        void this.runOnce().then(() => this.schedule());
      },
      this.backlog ? 0 : WEBHOOK_DELIVERY_EVERY_MS,
    );
    this.timer.unref();
  }
}
