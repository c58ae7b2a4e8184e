import { performance } from 'node:perf_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@warta/core';

/**
 * The database's time, as this process last heard it (`warta_now()`, read along with the rows the
 * engine reads) plus the time elapsed here since, on the monotonic clock — which no setting, skew
 * or NTP step of this host's wall clock moves. Until the first reading it is the process clock.
 *
 * It is a lower bound of the database's time (the reading was taken before the answer arrived), so
 * "not due yet" and "too late" judged on it are never early. It only says how long to wait; every
 * grant (a claim, a lease, commit point 1) is decided by Postgres itself, in the statement.
 */
@Injectable()
export class EngineClock extends Clock {
  private offsetMs: number | null = null;

  constructor(@Inject(Clock) private readonly fallback: Clock) {
    super();
  }

  /** A database time read by a statement that has just answered. */
  observe(dbNow: Date | string | null | undefined): void {
    if (!dbNow) return;
    this.offsetMs = new Date(dbNow).getTime() - performance.now();
  }

  now(): Date {
    return this.offsetMs === null ? this.fallback.now() : new Date(performance.now() + this.offsetMs);
  }

  /** How long from now (on this clock) until `at`; never negative. */
  msUntil(at: Date): number {
    return Math.max(0, at.getTime() - this.now().getTime());
  }
}
