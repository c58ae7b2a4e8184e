import { createServer, Server } from 'node:http';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { PublishingMetrics } from '@warta/publishing';
import { REDIS } from '@warta/queue';
import { Redis } from 'ioredis';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { RepeatableJobFailures } from '../repeatable-job-failures';

/**
 * A tiny HTTP endpoint (the worker has no api): `/metrics` serves this process' Prometheus metrics
 * (Node defaults, publishing lateness and outcomes,
 * failed runs of repeatable jobs); anything else is the health check, 200 when
 * Postgres and Redis answer, 503 otherwise.
 */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('worker');
  private server?: Server;
  private shuttingDown = false;
  private readonly metrics: Registry;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    publishing: PublishingMetrics,
    repeatableFailures: RepeatableJobFailures,
  ) {
    const node = new Registry();
    collectDefaultMetrics({ register: node, prefix: 'warta_worker_' });
    this.metrics = Registry.merge([node, publishing.registry, repeatableFailures.registry]);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.worker.healthPort) return;
    this.server = createServer((req, res) => {
      if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') {
        void this.metrics.metrics().then(
          (body) => {
            res.writeHead(200, { 'Content-Type': this.metrics.contentType });
            res.end(body);
          },
          (err: Error) => {
            this.logger.warn({ err: err.message }, 'worker metrics could not be collected');
            res.writeHead(500, { 'Content-Type': 'text/plain' });
            res.end('metrics unavailable');
          },
        );
        return;
      }
      void this.report().then((body) => {
        res.writeHead(body.status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.config.worker.healthPort, '0.0.0.0', () => resolve());
    });
    this.logger.log({ port: this.config.worker.healthPort }, 'worker health endpoint listening');
  }

  private async report() {
    const probe = async (fn: () => Promise<unknown>) => {
      try {
        await Promise.race([fn(), new Promise((_, r) => setTimeout(() => r(new Error('timeout')), 2_000))]);
        return 'up';
      } catch {
        return 'down';
      }
    };
    const [postgres, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
    ]);
    const status = !this.shuttingDown && postgres === 'up' && redis === 'up' ? 'ok' : 'error';
    return { status, postgres, redis, shuttingDown: this.shuttingDown };
  }

  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
