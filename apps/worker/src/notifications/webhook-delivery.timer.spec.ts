import { DeliverPendingWebhooks, DeliveryRunResult, WEBHOOK_DELIVERY_BATCH } from '@warta/notifications';
import { WEBHOOK_DELIVERY_EVERY_MS, WebhookDeliveryTimer } from './webhook-delivery.timer';

/** A DeliverPendingWebhooks whose runs finish when the test says so. */
class ControlledDeliveries {
  calls = 0;
  private finish: Array<() => void> = [];
  execute(): Promise<DeliveryRunResult> {
    this.calls++;
    return new Promise((resolve) =>
      this.finish.push(() => resolve({ claimed: 0, delivered: 0, retrying: 0, failed: 0 })),
    );
  }
  finishAll(): void {
    this.finish.splice(0).forEach((f) => f());
  }
}

const flush = () => new Promise((r) => setImmediate(r));

describe('WebhookDeliveryTimer', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('runs every 2 s, never two runs at once, and waits for the run in flight on shutdown', async () => {
    const deliveries = new ControlledDeliveries();
    const timer = new WebhookDeliveryTimer(deliveries as unknown as DeliverPendingWebhooks);
    timer.onApplicationBootstrap();
    expect(deliveries.calls).toBe(0);
    jest.advanceTimersByTime(WEBHOOK_DELIVERY_EVERY_MS);
    expect(deliveries.calls).toBe(1);
    // A slow run: time passes, no second run starts.
    jest.advanceTimersByTime(WEBHOOK_DELIVERY_EVERY_MS * 5);
    void timer.runOnce();
    expect(deliveries.calls).toBe(1);
    deliveries.finishAll();
    await flush();
    jest.advanceTimersByTime(WEBHOOK_DELIVERY_EVERY_MS);
    expect(deliveries.calls).toBe(2);

    let stopped = false;
    const shutdown = timer.beforeApplicationShutdown().then(() => (stopped = true));
    await flush();
    expect(stopped).toBe(false);
    deliveries.finishAll();
    await shutdown;
    jest.advanceTimersByTime(WEBHOOK_DELIVERY_EVERY_MS * 10);
    expect(deliveries.calls).toBe(2);
  });

  it('runs again at once while full batches come back, then returns to every 2 s', async () => {
    const claims = [WEBHOOK_DELIVERY_BATCH, WEBHOOK_DELIVERY_BATCH, 3, 0];
    let calls = 0;
    const deliveries = {
      execute: () => Promise.resolve({ claimed: claims[calls++] ?? 0, delivered: 0, retrying: 0, failed: 0 }),
    };
    const timer = new WebhookDeliveryTimer(deliveries as unknown as DeliverPendingWebhooks);
    (timer as unknown as { logger: { log: () => void } }).logger = { log: () => undefined };
    timer.onApplicationBootstrap();
    jest.advanceTimersByTime(WEBHOOK_DELIVERY_EVERY_MS);
    for (let i = 0; i < 5; i++) {
      await flush();
      jest.advanceTimersByTime(0);
    }
    expect(calls).toBe(3); // two full batches, then one short one
    jest.advanceTimersByTime(WEBHOOK_DELIVERY_EVERY_MS - 1);
    await flush();
    expect(calls).toBe(3);
    jest.advanceTimersByTime(1);
    expect(calls).toBe(4);
    await timer.beforeApplicationShutdown();
  });

  it('a failing run is logged and the timer keeps going', async () => {
    let calls = 0;
    const failing = {
      execute: () => {
        calls++;
        return Promise.reject(new Error('db down'));
      },
    };
    const timer = new WebhookDeliveryTimer(failing as unknown as DeliverPendingWebhooks);
    (timer as unknown as { logger: { error: () => void; log: () => void } }).logger = {
      error: () => undefined,
      log: () => undefined,
    };
    timer.onApplicationBootstrap();
    jest.advanceTimersByTime(WEBHOOK_DELIVERY_EVERY_MS);
    await flush();
    jest.advanceTimersByTime(WEBHOOK_DELIVERY_EVERY_MS);
    await flush();
    expect(calls).toBe(2);
    await timer.beforeApplicationShutdown();
  });
});
