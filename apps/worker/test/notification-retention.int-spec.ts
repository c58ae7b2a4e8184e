import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configFromEnv, setEnv } from '@warta/config';
import { seedDemo } from '@warta/organizations';
import { JobName, JobQueue, QueueName, redisConnectionOptions, REPEATABLE_JOBS } from '@warta/queue';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import { QueueEvents } from 'bullmq';
import { WorkerModule } from '../src/worker.module';

/**
 * The retention job, run once through the real worker and queue against the real database:
 * read notifications go after 90 days, any after 180; delivered webhook deliveries after 30 days,
 * failed ones after 90; pending deliveries stay whatever their age.
 */
describe('notification retention job (real Postgres, real Redis, real BullMQ)', () => {
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
    });
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await app.init();
    const config = configFromEnv();
    events = new QueueEvents(QueueName.Maintenance, {
      connection: redisConnectionOptions(config.redisUrl),
      prefix: config.queuePrefix,
    });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events.close();
    await app.close();
    await db.drop();
  });

  it('is a repeatable maintenance job', () => {
    expect(REPEATABLE_JOBS.map((j) => j.name)).toContain(JobName.PurgeOldNotifications);
  });

  it('deletes what the rule says and nothing else', async () => {
    const seed = await seedDemo(db.dataSource, 'x');
    const org = seed.organizations['rutan-bengkulu'];
    const reader = seed.users['admin@warta.local'];
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    const notification = async (name: string, daysOld: number, read: boolean) => {
      const [row] = await q(
        `INSERT INTO notifications (organization_id, kind, reason, params, created_at)
         VALUES ($1, 'post_failed', 'transient', jsonb_build_object('name', $2::text), now() - make_interval(days => $3))
         RETURNING id`,
        [org, name, daysOld],
      );
      if (read)
        await q(`INSERT INTO notification_reads (user_id, notification_id) VALUES ($1, $2)`, [
          reader,
          row.id,
        ]);
      return row.id as string;
    };
    await q(
      `INSERT INTO organization_webhooks (organization_id, url, events) VALUES ($1, 'https://hooks.example.go.id/w', ARRAY['post_failed'])`,
      [org],
    );
    const delivery = async (name: string, status: string, daysOld: number) => {
      const n = await notification(`for ${name}`, 1, false);
      await q(
        `INSERT INTO webhook_deliveries (webhook_organization_id, notification_id, status, last_error, created_at)
         VALUES ($1, $2, $3, $4, now() - make_interval(days => $5))`,
        [org, n, status, name, daysOld],
      );
    };

    await notification('unread 181 days', 181, false);
    await notification('unread 179 days', 179, false);
    await notification('read 91 days', 91, true);
    await notification('read 89 days', 89, true);
    await notification('read 181 days', 181, true);
    await delivery('delivered 31 days', 'delivered', 31);
    await delivery('delivered 29 days', 'delivered', 29);
    await delivery('failed 91 days', 'failed', 91);
    await delivery('failed 89 days', 'failed', 89);
    await delivery('pending 400 days', 'pending', 400);

    const job = await app.get(JobQueue).add(JobName.PurgeOldNotifications, {});
    const result = await job.waitUntilFinished(events, 20_000);

    expect(result).toEqual({ webhookDeliveries: 2, notifications: 3 });
    const notes = await q(
      `SELECT params->>'name' AS name FROM notifications WHERE params ? 'name' ORDER BY 1`,
    );
    expect(notes.map((r: { name: string }) => r.name).filter((n: string) => !n.startsWith('for '))).toEqual([
      'read 89 days',
      'unread 179 days',
    ]);
    const deliveries = await q(`SELECT last_error FROM webhook_deliveries ORDER BY 1`);
    expect(deliveries.map((r: { last_error: string }) => r.last_error)).toEqual([
      'delivered 29 days',
      'failed 89 days',
      'pending 400 days',
    ]);
  });
});
