import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configFromEnv, setEnv } from '@warta/config';
import { JobName, JobQueue, QueueName, redisConnectionOptions } from '@warta/queue';
import { aConnectedAccount, aPost, aUnit, createTestDatabase, TestDatabase } from '@warta/testing';
import { QueueEvents } from 'bullmq';
import { WorkerModule } from '../src/worker.module';

/* The metrics jobs run through the real worker: catalogue -> metrics queue -> processor -> handler -> use case. */
describe('metrics jobs in the worker', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let events: QueueEvents;

  beforeAll(async () => {
    db = await createTestDatabase();
    setEnv({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      QUEUE_PREFIX: `warta-test-${randomBytes(4).toString('hex')}`,
      WORKER_HEALTH_PORT: '0',
      AUDIT_CHECKPOINT_DIR: mkdtempSync(join(tmpdir(), 'warta-audit-checkpoints-')),
    });
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await app.init();
    const config = configFromEnv();
    events = new QueueEvents(QueueName.Metrics, {
      connection: redisConnectionOptions(config.redisUrl),
      prefix: config.queuePrefix,
    });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    await app?.close();
    await db?.drop();
  });

  it('plans a published post, then collect and followers run (nothing due yet)', async () => {
    const org = (await aUnit(db.dataSource)).id;
    const account = (await aConnectedAccount(db.dataSource, { organizationId: org, platform: 'x' })).id;
    const publishedAt = new Date();
    const post = (
      await aPost(db.dataSource, {
        socialAccountId: account,
        state: 'published',
        platformPostId: '1901',
        publishAt: publishedAt,
        publishedAt,
      })
    ).id;
    const jobs = app.get(JobQueue);

    // The repeatable metrics.plan may get to the post first; either way a plan job planned it, once.
    const planned = await (await jobs.add(JobName.PlanMetrics, {})).waitUntilFinished(events, 15_000);
    expect([
      { posts: 1, steps: 6 },
      { posts: 0, steps: 0 },
    ]).toContainEqual(planned);
    expect(
      (
        await db.dataSource.query(
          `SELECT count(*)::int AS n FROM metric_collection_plan WHERE post_id = $1`,
          [post],
        )
      )[0].n,
    ).toBe(6);

    expect(
      await db.dataSource.query(
        `SELECT posts_published FROM node_platform_daily WHERE organization_id = $1`,
        [org],
      ),
    ).toEqual([{ posts_published: 1 }]);

    const collected = await (await jobs.add(JobName.CollectMetrics, {})).waitUntilFinished(events, 15_000);
    expect(collected).toMatchObject({ claimed: 0, snapshots: 0 });

    // The account has no token: its follower count fails (logged), the job itself succeeds.
    const followers = await (await jobs.add(JobName.CollectFollowers, {})).waitUntilFinished(events, 15_000);
    expect(followers).toEqual({ recorded: 0, failed: expect.any(Number) });
    expect(await db.dataSource.query(`SELECT * FROM account_followers_daily`)).toEqual([]);
  });
});
