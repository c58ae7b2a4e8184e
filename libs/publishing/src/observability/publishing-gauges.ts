import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, Platform, PLATFORMS } from '@warta/core';
import { ALL_QUEUES, JobQueue, QueueName, REDIS } from '@warta/queue';
import { Redis } from 'ioredis';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ALL_POST_STATES, PostState } from '../post-state';

/** BullMQ job statuses reported per queue. */
export const QUEUE_JOB_STATUSES = ['waiting', 'delayed', 'active', 'failed', 'prioritized'] as const;
export type QueueJobStatus = (typeof QUEUE_JOB_STATUSES)[number];

const S = PostState;
/** Waiting for a worker to pick them up: due once publish_at has passed. */
export const DUE_STATES: readonly PostState[] = [S.Scheduled, S.Queued, S.RetryWait];
/** Nothing has gone to the platform yet (a send in flight or an unknown outcome is not "late", it is publishing). */
export const NOT_YET_SENT_STATES: readonly PostState[] = [
  S.Scheduled,
  S.Queued,
  S.Preparing,
  S.Ready,
  S.RetryWait,
];
/** A worker holds them, or their outcome is being established. */
export const PUBLISHING_STATES: readonly PostState[] = [
  S.Preparing,
  S.Ready,
  S.Sending,
  S.Unknown,
  S.Reconciling,
];

/** States rows end in (or sit in for good): they only grow, so their totals are counted less often. */
export const ARCHIVE_STATES: readonly PostState[] = [S.Published, S.Failed, S.Cancelled, S.Draft];
/** Everything else: the working set, counted on every snapshot. */
export const LIVE_STATES: readonly PostState[] = ALL_POST_STATES.filter((s) => !ARCHIVE_STATES.includes(s));

/** A post is late when it is still unsent this long after publish_at. */
export const LATE_AFTER_MS = 60_000;
/** Scrapes within this window share one snapshot, so a busy Prometheus cannot hammer Postgres. */
export const SNAPSHOT_TTL_MS = 5_000;
/** How stale the archive-state totals (published, failed, cancelled, draft) may be. */
export const ARCHIVE_TTL_MS = 60_000;
/** A Redis that does not answer within this is reported as down; the scrape still answers. */
export const QUEUE_COUNT_TIMEOUT_MS = 1_000;

export interface PostCounts {
  byState: Map<string, number>;
  due: Map<Platform, number>;
  late: Map<Platform, number>;
  publishedLastHour: Map<Platform, number>;
}

export interface PublishingSnapshot {
  /** null when Postgres could not be read. */
  posts: PostCounts | null;
  /** Per queue; a queue Redis did not answer for is missing. */
  queues: Map<QueueName, Record<QueueJobStatus, number>>;
}

interface CountRow {
  platform: Platform;
  state: PostState;
  /** null on the published-last-hour rows, which carry no state total. */
  total: number | null;
  due: number;
  late: number;
  published_last_hour: number;
}

const key = (platform: string, state: string) => `${platform}|${state}`;

/**
 * Publishing state as Prometheus gauges, computed at scrape time (only Postgres knows the state
 * across workers) plus job counts from every BullMQ queue. A snapshot is cached for a few seconds and
 * shared by concurrent scrapes. Each snapshot runs one grouped, index-backed statement over the
 * posts still in play; the totals of states that only grow (published, failed, cancelled, draft)
 * need a pass over every such row (~0.2-0.4 s at 500k posts), so they refresh once a minute.
 * Whatever cannot be read (Redis down, Postgres down) is left out and logged, never an error.
 */
@Injectable()
export class PublishingGauges {
  private readonly logger = new Logger('metrics');
  private cached: { at: number; snapshot: Promise<PublishingSnapshot> } | null = null;
  private archive: { at: number; totals: Map<string, number> } | null = null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The current snapshot: cached for SNAPSHOT_TTL_MS, and never rejects. */
  snapshot(): Promise<PublishingSnapshot> {
    const now = this.clock.now().getTime();
    if (this.cached && now - this.cached.at < SNAPSHOT_TTL_MS) return this.cached.snapshot;
    const snapshot = this.read(new Date(now));
    this.cached = { at: now, snapshot };
    return snapshot;
  }

  /** Adds the publishing gauges to `registry`; each scrape of it reads (or reuses) a snapshot. */
  register(registry: Registry): void {
    const snap = () => this.snapshot();
    new Gauge({
      name: 'warta_posts',
      help: 'Posts by platform and state',
      labelNames: ['platform', 'state'] as const,
      registers: [registry],
      async collect() {
        const { posts } = await snap();
        this.reset();
        if (!posts) return;
        for (const platform of PLATFORMS)
          for (const state of ALL_POST_STATES)
            this.set({ platform, state }, posts.byState.get(key(platform, state)) ?? 0);
      },
    });
    const perPlatform = (name: string, help: string, pick: (p: PostCounts, platform: Platform) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['platform'] as const,
        registers: [registry],
        async collect() {
          const { posts } = await snap();
          this.reset();
          if (!posts) return;
          for (const platform of PLATFORMS) this.set({ platform }, pick(posts, platform));
        },
      });
    perPlatform(
      'warta_posts_due',
      'Posts waiting for a worker (scheduled, queued, retry_wait) whose publish_at has passed',
      (p, platform) => p.due.get(platform) ?? 0,
    );
    perPlatform(
      'warta_posts_late',
      'Posts not yet sent more than 60 s after their publish_at',
      (p, platform) => p.late.get(platform) ?? 0,
    );
    perPlatform(
      'warta_posts_publishing',
      'Posts being prepared, sent or reconciled (preparing, ready, sending, unknown, reconciling)',
      (p, platform) =>
        PUBLISHING_STATES.reduce((n, state) => n + (p.byState.get(key(platform, state)) ?? 0), 0),
    );
    perPlatform(
      'warta_posts_published_last_hour',
      'Posts published in the last hour',
      (p, platform) => p.publishedLastHour.get(platform) ?? 0,
    );
    new Gauge({
      name: 'warta_queue_jobs',
      help: 'BullMQ jobs per queue and status',
      labelNames: ['queue', 'status'] as const,
      registers: [registry],
      async collect() {
        const { queues } = await snap();
        this.reset();
        for (const [queue, counts] of queues)
          for (const status of QUEUE_JOB_STATUSES) this.set({ queue, status }, counts[status]);
      },
    });
    new Gauge({
      name: 'warta_metrics_source_up',
      help: 'Whether the last publishing snapshot could read the source (1) or not (0)',
      labelNames: ['source'] as const,
      registers: [registry],
      async collect() {
        const { posts, queues } = await snap();
        this.set({ source: 'postgres' }, posts ? 1 : 0);
        this.set({ source: 'redis' }, queues.size === ALL_QUEUES.length ? 1 : 0);
      },
    });
  }

  private async read(now: Date): Promise<PublishingSnapshot> {
    const [posts, queues] = await Promise.all([this.readPosts(now), this.readQueues()]);
    return { posts, queues };
  }

  private async readPosts(now: Date): Promise<PostCounts | null> {
    try {
      // The live part, every snapshot: one statement, two index-backed groupings. Posts still in
      // play (few: what is scheduled or on its way) by (platform, state) with the time-dependent
      // counts FILTERed inside the same pass, plus what was published in the last hour.
      const rows: CountRow[] = await this.dataSource.query(
        `SELECT platform, state, count(*)::int AS total,
                count(*) FILTER (WHERE state = ANY($3::text[]) AND publish_at <= $1)::int AS due,
                count(*) FILTER (WHERE state = ANY($4::text[])
                                   AND publish_at < $1::timestamptz - make_interval(secs => $5))::int AS late,
                0 AS published_last_hour
           FROM posts WHERE state = ANY($2::text[]) GROUP BY platform, state
         UNION ALL
         SELECT platform, 'published', NULL, 0, 0, count(*)::int
           FROM posts WHERE state = 'published' AND published_at > $1::timestamptz - interval '1 hour'
          GROUP BY platform`,
        [now, LIVE_STATES, DUE_STATES, NOT_YET_SENT_STATES, LATE_AFTER_MS / 1000],
      );
      const archive = await this.archiveTotals(now);
      const counts: PostCounts = {
        byState: new Map(archive),
        due: new Map(),
        late: new Map(),
        publishedLastHour: new Map(),
      };
      const add = (m: Map<Platform, number>, platform: Platform, n: number) =>
        m.set(platform, (m.get(platform) ?? 0) + n);
      for (const r of rows) {
        if (r.total !== null) counts.byState.set(key(r.platform, r.state), r.total);
        add(counts.due, r.platform, r.due);
        add(counts.late, r.platform, r.late);
        add(counts.publishedLastHour, r.platform, r.published_last_hour);
      }
      return counts;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'publishing gauges: posts could not be counted');
      return null;
    }
  }

  /**
   * Totals of the states that only grow (published, failed, cancelled, draft): counting them means
   * reading every such row, so they are refreshed at most every ARCHIVE_TTL_MS, not every scrape.
   */
  private async archiveTotals(now: Date): Promise<Map<string, number>> {
    if (this.archive && now.getTime() - this.archive.at < ARCHIVE_TTL_MS) return this.archive.totals;
    const rows: { platform: Platform; state: PostState; total: number }[] = await this.dataSource.query(
      `SELECT platform, state, count(*)::int AS total FROM posts WHERE state = ANY($1::text[])
        GROUP BY platform, state`,
      [ARCHIVE_STATES],
    );
    const totals = new Map(rows.map((r) => [key(r.platform, r.state), r.total]));
    this.archive = { at: now.getTime(), totals };
    return totals;
  }

  private async readQueues(): Promise<Map<QueueName, Record<QueueJobStatus, number>>> {
    const out = new Map<QueueName, Record<QueueJobStatus, number>>();
    // The shared connection queues commands while Redis is away (BullMQ needs that); asking it now
    // would only pile up commands every scrape.
    if (this.redis.status !== 'ready') {
      this.logger.warn(
        { redis: this.redis.status },
        'publishing gauges: Redis not connected, queues left out',
      );
      return out;
    }
    await Promise.all(
      ALL_QUEUES.map(async (name) => {
        try {
          const counts = await withTimeout(
            this.jobs.queue(name).getJobCounts(...QUEUE_JOB_STATUSES),
            QUEUE_COUNT_TIMEOUT_MS,
          );
          out.set(
            name,
            Object.fromEntries(QUEUE_JOB_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<
              QueueJobStatus,
              number
            >,
          );
        } catch (err) {
          this.logger.warn(
            { queue: name, err: (err as Error).message },
            'publishing gauges: queue not readable',
          );
        }
      }),
    );
    return out;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
