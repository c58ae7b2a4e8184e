import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Injectable, INestApplicationContext, Provider } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AuditTrail, VerifyAuditChain } from '@warta/audit';
import { configFromEnv, setEnv } from '@warta/config';
import {
  ALL_JOBS,
  JobHandler,
  JobName,
  JobQueue,
  JOB_QUEUE,
  QueueName,
  redisConnectionOptions,
  REPEATABLE_JOBS,
} from '@warta/queue';
import { aUnit, aUser, createTestDatabase, TestDatabase } from '@warta/testing';
import { QueueEvents } from 'bullmq';
import { JobDispatcher } from '../src/job-dispatcher.service';
import { RepeatableJobFailures } from '../src/repeatable-job-failures';
import { WorkerModule } from '../src/worker.module';

describe('worker (real Postgres, real Redis, real BullMQ)', () => {
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

  it('registers the repeatable jobs, each on its own queue', async () => {
    for (const queue of [QueueName.Maintenance, QueueName.Metrics]) {
      const schedulers = await app.get(JobQueue).queue(queue).getJobSchedulers();
      expect(schedulers.map((s) => s.key ?? s.name).sort()).toEqual(
        REPEATABLE_JOBS.filter((j) => JOB_QUEUE[j.name] === queue)
          .map((j) => j.name)
          .sort(),
      );
    }
    expect(REPEATABLE_JOBS.map((j) => j.name)).toContain(JobName.RefreshExpiringAccounts);
    expect(REPEATABLE_JOBS.map((j) => j.name)).toEqual(
      expect.arrayContaining([JobName.PlanMetrics, JobName.CollectMetrics, JobName.CollectFollowers]),
    );
  });

  it('runs a job end to end: expired sessions are purged, live ones kept', async () => {
    const user = await aUser(db.dataSource);
    await db.dataSource.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES
        ($1, gen_random_uuid(), 'old', now() - interval '30 days'),
        ($1, gen_random_uuid(), 'live', now() + interval '30 days')`,
      [user.id],
    );
    const job = await app.get(JobQueue).add(JobName.PurgeExpiredSessions, {});
    const result = await job.waitUntilFinished(events, 15_000);
    expect(result).toEqual({ refreshTokens: 1, throttleWindows: 0 });
    const left = await db.dataSource.query(`SELECT token_hash FROM refresh_tokens`);
    expect(left).toEqual([{ token_hash: 'live' }]);
  });

  it('runs every repeatable job once against the real database, and each completes', async () => {
    // The oauth-states purge threw `timestamp with time zone < interval` on every run and nothing
    // noticed: a scheduled job has no person waiting on it.
    const config = configFromEnv();
    const queues = [...new Set(REPEATABLE_JOBS.map((j) => JOB_QUEUE[j.name]))];
    const listeners = new Map<QueueName, QueueEvents>();
    for (const queue of queues) {
      const e =
        queue === QueueName.Maintenance
          ? events
          : new QueueEvents(queue, {
              connection: redisConnectionOptions(config.redisUrl),
              prefix: config.queuePrefix,
            });
      await e.waitUntilReady();
      listeners.set(queue, e);
    }
    try {
      for (const { name } of REPEATABLE_JOBS) {
        const job = await app.get(JobQueue).add(name, {} as never);
        // Rejects with the job's error when it failed.
        await job.waitUntilFinished(listeners.get(JOB_QUEUE[name])!, 20_000);
      }
    } finally {
      for (const [queue, e] of listeners) if (queue !== QueueName.Maintenance) await e.close();
    }
  });

  it('runs the audit checkpoint job once: every chain head anchored in a signed file outside the database', async () => {
    const unit = await aUnit(db.dataSource, { name: 'Uji', slug: 'uji-jangkar' });
    await db.dataSource.transaction((m) =>
      app.get(AuditTrail).append(m, {
        organizationId: unit.id,
        actorId: null,
        action: 'test.anchored',
        subjectType: 'organization',
      }),
    );
    const job = await app.get(JobQueue).add(JobName.WriteAuditCheckpoint, {});
    const result = await job.waitUntilFinished(events, 15_000);
    expect(result.refused).toEqual([]);
    expect(result.written).toBeGreaterThanOrEqual(1);
    const dir = configFromEnv().audit.checkpointDir;
    const lines = readdirSync(dir)
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n'))
      .map((l) => JSON.parse(l));
    const [head] = await db.dataSource.query(
      `SELECT seq::text AS seq, hash FROM audit_chain_heads WHERE chain_key = $1`,
      [unit.id],
    );
    expect(lines[lines.length - 1].heads).toContainEqual({
      chain: unit.id,
      seq: head.seq,
      hash: head.hash,
      keyedFrom: '1',
    });
    expect(await app.get(VerifyAuditChain).execute()).toMatchObject({
      ok: true,
      checkpoint: { n: result.written },
    });
  });

  it('routes every job name to its queue', () => {
    expect(JOB_QUEUE[JobName.VerifyAuditChain]).toBe(QueueName.Maintenance);
  });

  it('refuses to boot when a job has two handlers, and when one has none', async () => {
    // One handler for every job in the catalogue, whatever it holds.
    @Injectable()
    class Complete {}
    for (const name of ALL_JOBS) {
      const descriptor = { value: () => null, writable: true, configurable: true };
      JobHandler(name)(Complete.prototype, `handle ${name}`, descriptor);
      Object.defineProperty(Complete.prototype, `handle ${name}`, descriptor);
    }
    @Injectable()
    class Duplicate {
      @JobHandler(JobName.VerifyAuditChain)
      again() {
        return null;
      }
    }
    const boot = async (providers: Provider[]) => {
      const m = await Test.createTestingModule({
        imports: [DiscoveryModule],
        providers: [JobDispatcher, RepeatableJobFailures, ...providers],
      }).compile();
      try {
        await m.init();
      } finally {
        await m.close().catch(() => undefined);
      }
    };
    await expect(boot([Complete])).resolves.toBeUndefined();
    await expect(boot([Complete, Duplicate])).rejects.toThrow(
      /"maintenance.verify-audit-chain" has 2 handlers/,
    );
    await expect(boot([Duplicate])).rejects.toThrow(/"maintenance.purge-expired-sessions" has no handler/);
  });
});
