import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RedisPolicyCheck } from './redis-policy.check';

/** A Redis stand-in answering only CONFIG GET maxmemory-policy, the one call the check makes. */
function redisWithPolicy(policy: string | Error): Redis {
  return {
    config: async () => {
      if (policy instanceof Error) throw policy;
      return ['maxmemory-policy', policy];
    },
  } as unknown as Redis;
}

describe('RedisPolicyCheck', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('warns when Redis may evict keys', async () => {
    await new RedisPolicyCheck(redisWithPolicy('allkeys-lru')).onApplicationBootstrap();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][1])).toContain('noeviction');
  });

  it('stays quiet on noeviction, and when CONFIG is not allowed (managed Redis)', async () => {
    await new RedisPolicyCheck(redisWithPolicy('noeviction')).onApplicationBootstrap();
    await new RedisPolicyCheck(
      redisWithPolicy(new Error('ERR unknown command CONFIG')),
    ).onApplicationBootstrap();
    expect(warn).not.toHaveBeenCalled();
  });
});
