import { BatchOutcome, MicroBatcher } from './micro-batcher';

const ok = <O>(value: O): BatchOutcome<O> => ({ ok: true, value });

describe('MicroBatcher', () => {
  it('runs calls made in the same turn as one batch, answering each caller its own result', async () => {
    const batches: number[][] = [];
    const b = new MicroBatcher<number, number>(
      async (items) => {
        batches.push(items);
        return items.map((i) => ok(i * 2));
      },
      { maxBatch: 100, maxInFlight: 1 },
    );
    const results = await Promise.all([1, 2, 3].map((i) => b.submit(i)));
    expect(results).toEqual([2, 4, 6]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('caps the batch size and the batches in flight; calls made meanwhile join the next batch', async () => {
    const batches: number[][] = [];
    let running = 0;
    let most = 0;
    const b = new MicroBatcher<number, number>(
      async (items) => {
        running++;
        most = Math.max(most, running);
        batches.push(items);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return items.map(ok);
      },
      { maxBatch: 2, maxInFlight: 2 },
    );
    const first = [1, 2, 3, 4, 5].map((i) => b.submit(i));
    await new Promise((r) => setImmediate(r));
    const late = b.submit(6);
    await Promise.all([...first, late]);
    expect(most).toBe(2);
    expect(batches.flat().sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(batches.every((x) => x.length <= 2)).toBe(true);
    expect(batches.slice(0, 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(b.pending).toBe(0);
  });

  it('keeps a per-item error with its item and a batch error with every item', async () => {
    const b = new MicroBatcher<number, number>(
      async (items) => {
        if (items.includes(99)) throw new Error('database down');
        return items.map((i) => (i < 0 ? { ok: false, error: new Error(`bad ${i}`) } : ok(i)));
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    const [a, c] = await Promise.allSettled([b.submit(1), b.submit(-1)]);
    expect(a).toEqual({ status: 'fulfilled', value: 1 });
    expect(c).toMatchObject({ status: 'rejected', reason: new Error('bad -1') });
    const both = await Promise.allSettled([b.submit(2), b.submit(99)]);
    expect(both.map((x) => x.status)).toEqual(['rejected', 'rejected']);
  });

  it('refuses a batch that answers the wrong number of outcomes', async () => {
    const b = new MicroBatcher<number, number>(async () => [ok(1)], { maxBatch: 10, maxInFlight: 1 });
    await expect(Promise.all([b.submit(1), b.submit(2)])).rejects.toThrow('a batch of 2 answered 1');
  });
});
