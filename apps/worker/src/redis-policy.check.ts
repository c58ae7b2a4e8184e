import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { evictionPolicy, REDIS } from '@warta/queue';
import { Redis } from 'ioredis';

/** BullMQ loses jobs silently if Redis may evict keys; say so loudly at boot. */
@Injectable()
export class RedisPolicyCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('worker');

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationBootstrap(): Promise<void> {
    const policy = await evictionPolicy(this.redis);
    if (policy && policy !== 'noeviction') {
      this.logger.warn(
        { maxmemoryPolicy: policy },
        `Redis maxmemory-policy is "${policy}"; set it to "noeviction" or queued jobs may be evicted (Postgres re-drives them, but late)`,
      );
    }
  }
}
