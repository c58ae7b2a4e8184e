import { Clock } from '@warta/core';

/** What a persisted clock needs to resume where it stopped. */
export interface VirtualClockSnapshot {
  virtualMs: number;
  realMs: number;
  frozen: boolean;
}

/**
 * The sandbox's single time source. It runs at real speed from a chosen start (so demos see
 * containers finish and tokens expire), can be frozen for deterministic tests, and can only be moved
 * forward: metrics, quotas and rate windows are all derived from it and must stay monotonic.
 */
export class VirtualClock extends Clock {
  private baseVirtual: number;
  private baseReal: number;
  private frozen: boolean;

  constructor(
    start: Date,
    opts: { frozen?: boolean } = {},
    private readonly realNow: () => number = () => Date.now(),
  ) {
    super();
    this.baseVirtual = start.getTime();
    this.baseReal = this.realNow();
    this.frozen = opts.frozen ?? false;
  }

  nowMs(): number {
    return this.frozen ? this.baseVirtual : this.baseVirtual + (this.realNow() - this.baseReal);
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  isFrozen(): boolean {
    return this.frozen;
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0)
      throw new RangeError('advanceSeconds must be a number >= 0');
    this.rebase(this.nowMs() + seconds * 1000);
  }

  /** Jump to a later instant; going back would make counters and metrics run backwards. */
  set(at: Date): void {
    const target = at.getTime();
    if (Number.isNaN(target)) throw new RangeError('set must be an ISO 8601 date');
    if (target < this.nowMs()) throw new RangeError('the virtual clock only moves forward');
    this.rebase(target);
  }

  /** Reset is the one place allowed to go back in time: the whole state is wiped with it. */
  reset(at: Date): void {
    this.rebase(at.getTime());
  }

  freeze(frozen: boolean): void {
    const now = this.nowMs();
    this.frozen = frozen;
    this.rebase(now);
  }

  snapshot(): VirtualClockSnapshot {
    return { virtualMs: this.nowMs(), realMs: this.realNow(), frozen: this.frozen };
  }

  /** A running clock keeps the real time that passed while the sandbox was down. */
  restore(s: VirtualClockSnapshot): void {
    this.frozen = s.frozen;
    const elapsed = s.frozen ? 0 : Math.max(0, this.realNow() - s.realMs);
    this.rebase(s.virtualMs + elapsed);
  }

  private rebase(virtualMs: number): void {
    this.baseVirtual = virtualMs;
    this.baseReal = this.realNow();
  }
}
