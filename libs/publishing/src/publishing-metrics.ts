import type { Platform } from '@warta/core';
import { Counter, Histogram, Registry } from 'prom-client';

export type PublishOutcome =
  | 'published'
  | 'failed'
  | 'needs_review'
  | 'retry'
  | 'unknown'
  | 'stale'
  // A send given up before its request left: the lease was too short to outlast it.
  | 'abandoned';

/**
 * What publishing reports about itself, per process (each worker serves its own registry). State
 * gauges (due, late, publishing...) are read from Postgres by the api, because only Postgres knows
 * them across workers.
 */
export class PublishingMetrics {
  readonly registry: Registry;
  private readonly lateness: Histogram<'platform'>;
  private readonly outcomes: Counter<'platform' | 'outcome'>;

  constructor(registry = new Registry()) {
    this.registry = registry;
    this.lateness = new Histogram({
      name: 'warta_publish_start_lateness_seconds',
      help: 'How long after publish_at the send to the platform started',
      labelNames: ['platform'] as const,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900],
      registers: [registry],
    });
    this.outcomes = new Counter({
      name: 'warta_publish_outcomes_total',
      help: 'Publish steps that ended, by outcome',
      labelNames: ['platform', 'outcome'] as const,
      registers: [registry],
    });
  }

  sendStarted(platform: Platform, latenessMs: number): void {
    this.lateness.observe({ platform }, Math.max(0, latenessMs) / 1000);
  }

  outcome(platform: Platform, outcome: PublishOutcome): void {
    this.outcomes.inc({ platform, outcome });
  }
}
