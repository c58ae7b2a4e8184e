import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configFromEnv, setEnv } from '@warta/config';
import { JobHandler, JobName, JobQueue, QueueName, redisConnectionOptions } from '@warta/queue';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import { Queue } from 'bullmq';
import { MaintenanceHandlers } from '../src/maintenance/maintenance.handlers';
import { WorkerModule } from '../src/worker.module';

/** A stand-in for the maintenance handlers whose purge takes long enough to be caught mid-run. */
@Injectable()
class SlowHandlers {
  static finished = 0;

  @JobHandler(JobName.PurgeExpiredSessions)
  async purgeSessions() {
    await new Promise((r) => setTimeout(r, 1_500));
    SlowHandlers.finished++;
    return { slow: true };
  }

  @JobHandler(JobName.VerifyAuditChain)
  verifyAudit() {
    return { ok: true };
  }

  @JobHandler(JobName.WriteAuditCheckpoint)
  writeCheckpoint() {
    return { written: 0, refused: [] };
  }

  @JobHandler(JobName.PurgeOldNotifications)
  purgeNotifications() {
    return { deleted: 0 };
  }
}

describe('worker graceful shutdown (real Redis, real BullMQ)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    setEnv({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      QUEUE_PREFIX: `warta-test-${randomBytes(4).toString('hex')}`,
      WORKER_HEALTH_PORT: '0',
      AUDIT_CHECKPOINT_DIR: mkdtempSync(join(tmpdir(), 'warta-audit-checkpoints-')),
    });
  });
  afterAll(() => db.drop());

  it('lets a running job finish before the process stops', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(MaintenanceHandlers)
      .useClass(SlowHandlers)
      .compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    const job = await app.get(JobQueue).add(JobName.PurgeExpiredSessions, {});
    const config = configFromEnv();
    const probe = new Queue(QueueName.Maintenance, {
      connection: redisConnectionOptions(config.redisUrl),
      prefix: config.queuePrefix,
    });
    try {
      for (let i = 0; i < 100 && (await probe.getJobState(job.id!)) !== 'active'; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(await probe.getJobState(job.id!)).toBe('active');
      await app.close(); // what SIGTERM triggers through enableShutdownHooks
      // The repeatable purge also fires once at boot, so count at least ours.
      expect(SlowHandlers.finished).toBeGreaterThanOrEqual(1);
      expect(await probe.getJobState(job.id!)).toBe('completed');
    } finally {
      await probe.close();
    }
  });
});
