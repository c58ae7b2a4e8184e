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

/**
 * Connection options (not an instance) for BullMQ-owned connections: BullMQ closes connections it
 * created itself, but never an instance it was handed, which would keep a process alive at shutdown.
 */
export function redisConnectionOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => Math.min(times * 200, 2_000),
  };
}
