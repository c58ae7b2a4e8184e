/** Injection token for the shared ioredis connection. */
export const REDIS = Symbol('REDIS');
