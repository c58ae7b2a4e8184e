import IORedis, { Redis, RedisOptions } from 'ioredis';

/**
 * ioredis options BullMQ requires for blocking workers (maxRetriesPerRequest: null) and that keep
 * retrying while Redis restarts, so a Redis blip pauses work instead of crashing the process.
 */
export function createRedisConnection(url: string, extra: RedisOptions = {}): Redis {
  return new IORedis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    lazyConnect: false,
    ...extra,
  });
}

/** Reads Redis' eviction policy; BullMQ needs `noeviction` or jobs can silently disappear. */
export async function evictionPolicy(redis: Redis): Promise<string | null> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    return reply?.[1] ?? null;
  } catch {
    return null; // CONFIG may be disabled on managed Redis.
  }
}
