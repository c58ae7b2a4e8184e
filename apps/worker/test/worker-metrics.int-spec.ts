import { AddressInfo, createServer } from 'node:net';
import { Logger } from '@nestjs/common';
import { AppConfig, configFromEnv, setEnv } from '@warta/config';
import { PublishingMetrics } from '@warta/publishing';
import { createRedisConnection } from '@warta/queue';
import { createTestDatabase, TestDatabase } from '@warta/testing';
import { Redis } from 'ioredis';
import { WorkerHealthServer } from '../src/health/worker-health.server';
import { RepeatableJobFailures } from '../src/repeatable-job-failures';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('worker /metrics on the health port (real Postgres, real Redis)', () => {
  let db: TestDatabase;
  let redis: Redis;
  let config: AppConfig;
  let server: WorkerHealthServer;
  let metrics: PublishingMetrics;
  let failures: RepeatableJobFailures;
  let base: string;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await createTestDatabase();
    const port = await freePort();
    setEnv({ NODE_ENV: 'test', DATABASE_URL: db.url, WORKER_HEALTH_PORT: String(port) });
    config = configFromEnv();
    redis = createRedisConnection(config.redisUrl);
    metrics = new PublishingMetrics();
    failures = new RepeatableJobFailures();
    server = new WorkerHealthServer(config, db.dataSource, redis, metrics, failures);
    await server.onApplicationBootstrap();
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server.onApplicationShutdown();
    await redis.quit();
    await db.drop();
  });

  const sample = (text: string, series: string) =>
    Number(
      text
        .split('\n')
        .find((l) => l.startsWith(`${series} `))
        ?.split(' ')[1],
    );

  it('serves Node metrics and the publishing lateness and outcomes this process recorded', async () => {
    metrics.sendStarted('x', 1_500);
    metrics.sendStarted('x', 40_000);
    metrics.sendStarted('instagram', 200);
    metrics.outcome('x', 'published');
    metrics.outcome('x', 'published');
    metrics.outcome('facebook', 'needs_review');

    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^warta_worker_process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^warta_worker_nodejs_heap_size_used_bytes \d/m);
    expect(sample(text, 'warta_publish_start_lateness_seconds_bucket{le="1",platform="x"}')).toBe(0);
    expect(sample(text, 'warta_publish_start_lateness_seconds_bucket{le="2",platform="x"}')).toBe(1);
    expect(sample(text, 'warta_publish_start_lateness_seconds_bucket{le="60",platform="x"}')).toBe(2);
    expect(sample(text, 'warta_publish_start_lateness_seconds_count{platform="x"}')).toBe(2);
    expect(sample(text, 'warta_publish_start_lateness_seconds_sum{platform="x"}')).toBeCloseTo(41.5);
    expect(sample(text, 'warta_publish_start_lateness_seconds_bucket{le="0.25",platform="instagram"}')).toBe(
      1,
    );
    expect(sample(text, 'warta_publish_outcomes_total{platform="x",outcome="published"}')).toBe(2);
    expect(sample(text, 'warta_publish_outcomes_total{platform="facebook",outcome="needs_review"}')).toBe(1);
  });

  it('counts failed runs of repeatable jobs, by job, and nothing for other jobs', async () => {
    failures.failed('maintenance.purge-expired-oauth-states', 'repeat:1', new Error('boom'));
    failures.failed('maintenance.purge-expired-oauth-states', 'repeat:2', new Error('boom'));
    failures.failed('publish.x', 'publish:p:1', new Error('a publish step has its own outcome'));
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(
      sample(
        text,
        'warta_worker_repeatable_job_failures_total{job="maintenance.purge-expired-oauth-states"}',
      ),
    ).toBe(2);
    expect(text).not.toMatch(/warta_worker_repeatable_job_failures_total\{job="publish.x"\}/);
  });

  it('anything else is still the health check', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', postgres: 'up', redis: 'up', shuttingDown: false });
  });
});
