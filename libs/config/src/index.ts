export * from './app-config';
export * from './config-error';
export * from './load-config';
export * from './config-from-env';
export * from './config.module';
export * from './platform-constants';
