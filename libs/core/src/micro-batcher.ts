/**
 * Coalesces calls made close together into one batch call: items submitted in the same turn of the
 * event loop (and while earlier batches are still running, up to `maxInFlight` of them) go to `run`
 * together, and each caller gets its own result or error back. Idle, a call is run on the next turn
 * on its own, so nothing waits for a batch to fill; under load, batches grow by themselves.
 *
 * `run` answers one outcome per item, in order: an error stays with its item, and an error thrown
 * by `run` itself goes to every item of the batch.
 */
export type BatchOutcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

export interface MicroBatcherOptions {
  /** The most items one batch takes. */
  maxBatch: number;
  /** How many batches may run at once (e.g. how many database connections a batcher may use). */
  maxInFlight: number;
}

interface Waiting<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

export class MicroBatcher<I, O> {
  private readonly waiting: Waiting<I, O>[] = [];
  private inFlight = 0;
  private flushQueued = false;

  constructor(
    private readonly run: (items: I[]) => Promise<BatchOutcome<O>[]>,
    private readonly options: MicroBatcherOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.queueFlush();
    });
  }

  /** Items waiting for a batch plus batches running: for tests and gauges. */
  get pending(): number {
    return this.waiting.length + this.inFlight;
  }

  private queueFlush(): void {
    if (this.flushQueued || this.inFlight >= this.options.maxInFlight) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.waiting.length && this.inFlight < this.options.maxInFlight) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.inFlight++;
      void this.runBatch(batch).finally(() => {
        this.inFlight--;
        if (this.waiting.length) this.queueFlush();
      });
    }
  }

  private async runBatch(batch: Waiting<I, O>[]): Promise<void> {
    let outcomes: BatchOutcome<O>[];
    try {
      outcomes = await this.run(batch.map((w) => w.item));
      if (outcomes.length !== batch.length) {
        throw new Error(`a batch of ${batch.length} answered ${outcomes.length} outcomes`);
      }
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => {
      const o = outcomes[i];
      if (o.ok) w.resolve(o.value);
      else w.reject(o.error);
    });
  }
}
