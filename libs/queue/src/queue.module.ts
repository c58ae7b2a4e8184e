import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Redis } from 'ioredis';
import { JobQueue } from './job-queue.service';
import { createRedisConnection } from './redis-connection';
import { REDIS } from './redis.token';

/** Redis connection and the typed producer. Redis carries BullMQ work only; Postgres is the truth. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Redis => createRedisConnection(config.redisUrl),
    },
    JobQueue,
  ],
  exports: [REDIS, JobQueue],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    // quit() waits for a connection that may never come back (Redis down): then just disconnect.
    if (this.redis.status !== 'ready') this.redis.disconnect();
    else await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
