export * from './domain-error';
export * from './language';
export * from './clock';
export * from './messages';
export * from './core.module';
export * from './actor';
export * from './pino-logger';
export * from './micro-batcher';
