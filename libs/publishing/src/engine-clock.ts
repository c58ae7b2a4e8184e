import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@warta/core';

/**
 * The database's time, as this process best heard it (`warta_now()`, read along with the rows the
 * engine reads) plus the time elapsed here since, on the monotonic clock — which no setting, skew
 * or NTP step of this host's wall clock moves. Until the first reading it is the process clock.
 *
 * It is a lower bound of the database's time (the reading was taken before the answer arrived). It
 * only says how long to wait: a decision about a post uses the time that post's row was read at
 * (PublishRow.readAt), and every grant (a claim, a lease, commit point 1, a lease taken over) is
 * decided by Postgres itself, in the statement.
 */
/** A reading this far below the estimate means the database's clock went back, not a slow answer. */
const STEP_BACK_MS = 1_000;

@Injectable()
export class EngineClock extends Clock {
  private offsetMs: number | null = null;

  constructor(@Inject(Clock) private readonly fallback: Clock) {
    super();
  }

  /**
   * A database time read by a statement that has just answered. Each reading is a lower bound of
   * the offset (the answer took time to arrive; longer on a busy event loop): the largest is the
   * closest, unless a reading is well below it — the database's clock (or its test offset) went back.
   */
  observe(dbNow: Date | string | null | undefined): void {
    if (!dbNow) return;
    const sample = new Date(dbNow).getTime() - performance.now();
    if (this.offsetMs === null || sample > this.offsetMs || sample < this.offsetMs - STEP_BACK_MS) {
      this.offsetMs = sample;
    }
  }

  now(): Date {
    return this.offsetMs === null ? this.fallback.now() : new Date(performance.now() + this.offsetMs);
  }

  /** How long from now (on this clock) until `at`; never negative. */
  msUntil(at: Date): number {
    return Math.max(0, at.getTime() - this.now().getTime());
  }
}
