import { randomUUID } from 'node:crypto';
import { AppConfig, loadConfig } from '@warta/config';
import { SystemClock } from '@warta/core';
import { createRedisConnection, JOB_QUEUE, JobQueue, PUBLISH_JOB, publishJobId } from '@warta/queue';
import { Redis } from 'ioredis';
import { PublishJobs } from './publish-jobs.service';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The instant BullMQ will start a delayed job: its score in the delayed set (the low 12 bits hold a
 * tie-breaker, see BullMQ's getDelayedScore). */
async function startsAt(jobs: JobQueue, platform: 'x' | 'facebook', jobId: string): Promise<number> {
  const queue = jobs.queue(JOB_QUEUE[PUBLISH_JOB[platform]]);
  const client = (await queue.client) as unknown as Redis;
  const score = Number(await client.zscore(queue.toKey('delayed'), jobId));
  return Math.floor(score / 0x1000);
}

describe('PublishJobs (real Redis)', () => {
  let redis: Redis;
  let config: AppConfig;
  let jobs: JobQueue;

  beforeAll(() => {
    config = loadConfig({ NODE_ENV: 'test', QUEUE_PREFIX: `test-publish-jobs-${randomUUID().slice(0, 8)}` });
    redis = createRedisConnection(config.redisUrl);
    jobs = new JobQueue(config, redis);
  });
  afterAll(async () => {
    for (const platform of ['x', 'facebook'] as const) {
      await jobs.queue(JOB_QUEUE[PUBLISH_JOB[platform]]).obliterate({ force: true });
    }
    await jobs.onModuleDestroy();
    await redis.quit();
  });

  it('starts each job at its minute however long adding the batch took', async () => {
    // Adding a thousand jobs, or a busy event loop, takes tens of milliseconds between the moment the
    // delays are computed and the moment BullMQ builds each job: a slow add stands in for that.
    const slowAdds: JobQueue = Object.assign(Object.create(jobs) as JobQueue, {
      addBulk: async (...args: Parameters<JobQueue['addBulk']>) => {
        await sleep(300);
        return jobs.addBulk(...args);
      },
    });
    const publishJobs = new PublishJobs(slowAdds, new SystemClock(), config);
    const runAt = new Date(Date.now() + 60_000);
    const targets = [
      { id: randomUUID(), version: 2, platform: 'x' as const, runAt },
      { id: randomUUID(), version: 3, platform: 'facebook' as const, runAt },
    ];

    await publishJobs.enqueue(targets);

    for (const t of targets) {
      const at = await startsAt(jobs, t.platform, publishJobId(t.id, t.version));
      // Not 300 ms late (the add), not early: the delay is counted from when it was computed (the
      // margin is for a preempted test process, well under the add's 300 ms).
      expect(Math.abs(at - runAt.getTime())).toBeLessThanOrEqual(50);
    }
  });

  it('starts a post with media a prepare lead early, at that same precision', async () => {
    const publishJobs = new PublishJobs(jobs, new SystemClock(), config);
    const runAt = new Date(Date.now() + 120_000);
    const id = randomUUID();
    await publishJobs.enqueue([{ id, version: 1, platform: 'facebook', runAt, prepareEarly: true }]);
    const at = await startsAt(jobs, 'facebook', publishJobId(id, 1));
    expect(Math.abs(at - (runAt.getTime() - config.publishing.prepareLeadMs))).toBeLessThanOrEqual(50);
  });
});
