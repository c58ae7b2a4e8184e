export * from './job-catalogue';
export * from './job-handler-coverage';
export * from './job-handler.decorator';
export * from './job-queue.service';
export * from './queue-name';
export * from './queue.module';
export * from './redis-connection';
export * from './redis.token';
