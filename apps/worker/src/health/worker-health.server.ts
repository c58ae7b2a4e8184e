import { createServer, Server } from 'node:http';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { REDIS } from '@warta/queue';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';

/** A tiny health endpoint (the worker has no HTTP api): 200 when Postgres and Redis answer, 503 otherwise. */
@Injectable()
export class WorkerHealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('worker');
  private server?: Server;
  private shuttingDown = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.worker.healthPort) return;
    this.server = createServer((req, res) => {
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
