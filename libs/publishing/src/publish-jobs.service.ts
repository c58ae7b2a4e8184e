import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock, type Platform } from '@warta/core';
import type { Redis } from 'ioredis';
import { JOB_QUEUE, JobQueue, PUBLISH_JOB, publishJobId } from '@warta/queue';
import { EngineClock } from './engine-clock';

export interface PublishJobTarget {
  id: string;
  version: number;
  platform: Platform;
  /** When the job should first run (publish_at, or the next attempt); null = now. */
  runAt: Date | null;
  /** A post with media starts early to prepare (the send still waits for its minute). */
  prepareEarly?: boolean;
}

/**
 * Adds publish jobs. Always after the commit that made the row due: a job that runs before the
 * commit would find the old version and do nothing. Adding is idempotent per version (the job id),
 * and finished jobs are removed, so the reconciler can re-add whatever Redis lost.
 */
@Injectable()
export class PublishJobs {
  constructor(
    private readonly jobs: JobQueue,
    /** Delays count from the database's time when this process has read it (a worker's own may be off). */
    @Inject(EngineClock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Drops the job of an old version (best effort: a stale job would do nothing anyway). */
  async remove(platform: Platform, postId: string, version: number): Promise<void> {
    try {
      await this.jobs.queue(JOB_QUEUE[PUBLISH_JOB[platform]]).remove(publishJobId(postId, version));
    } catch {
      // Active or locked: it will find the version moved and stop.
    }
  }

  /**
   * Adds jobs only for the targets whose job is gone from Redis (flushed, or it ran out of retries),
   * so a reconcile round during a burst of due posts does not re-add thousands of live jobs.
   * Answers how many it added.
   */
  async enqueueMissing(targets: PublishJobTarget[]): Promise<number> {
    const byPlatform = groupByPlatform(targets);
    const missing: PublishJobTarget[] = [];
    for (const [platform, list] of byPlatform) {
      const queue = this.jobs.queue(JOB_QUEUE[PUBLISH_JOB[platform]]);
      const client = (await queue.client) as unknown as Redis;
      const pipeline = client.pipeline();
      for (const t of list) pipeline.exists(queue.toKey(publishJobId(t.id, t.version)));
      const answers = (await pipeline.exec()) ?? [];
      list.forEach((t, k) => {
        const [error, exists] = answers[k] ?? [null, 0];
        if (error || !exists) missing.push(t);
      });
    }
    if (missing.length) await this.enqueue(missing);
    return missing.length;
  }

  /**
   * True once after Redis lost its data (a flush, or a restart without persistence): a marker key
   * lives beside the jobs and goes with them. The caller that gets true (SET NX: exactly one) looks
   * over every post due soon and re-adds their jobs.
   */
  async jobsMayBeLost(): Promise<boolean> {
    const queue = this.jobs.queue(JOB_QUEUE[PUBLISH_JOB.x]);
    const client = (await queue.client) as unknown as Redis;
    return (await client.set(queue.toKey('dispatch-marker'), String(Date.now()), 'NX')) === 'OK';
  }

  async enqueue(targets: PublishJobTarget[]): Promise<void> {
    const now = this.clock.now().getTime();
    // BullMQ counts a delay from the job's timestamp, which it would otherwise take when it builds
    // the job: after this call has spent time on the rest of the batch (tens of ms for a thousand
    // jobs, more on a busy event loop), and every job would start that much after its minute. The
    // timestamp is the wall-clock moment the delays were computed at (BullMQ's timers run on the
    // wall clock, whatever the engine's clock says).
    const timestamp = Date.now();
    await Promise.all(
      [...groupByPlatform(targets)].map(([platform, list]) => {
        const name = PUBLISH_JOB[platform];
        return this.jobs.addBulk(
          name,
          list.map((t) => ({
            data: { postId: t.id, version: t.version },
            opts: {
              jobId: publishJobId(t.id, t.version),
              delay: t.runAt
                ? Math.max(
                    0,
                    t.runAt.getTime() - (t.prepareEarly ? this.config.publishing.prepareLeadMs : 0) - now,
                  )
                : 0,
              timestamp,
              removeOnComplete: true,
              removeOnFail: true,
              // A crashed step is retried by BullMQ (stalled jobs) and, failing that, re-driven by the
              // reconciler; the row's state decides what a rerun does, so reruns are always safe.
              attempts: 5,
              backoff: { type: 'exponential', delay: 1_000 },
            },
          })),
        );
      }),
    );
  }
}

function groupByPlatform(targets: PublishJobTarget[]): Map<Platform, PublishJobTarget[]> {
  const byPlatform = new Map<Platform, PublishJobTarget[]>();
  for (const t of targets) {
    const list = byPlatform.get(t.platform);
    if (list) list.push(t);
    else byPlatform.set(t.platform, [t]);
  }
  return byPlatform;
}
