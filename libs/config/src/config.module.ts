import { Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { configFromEnv } from './config-from-env';

/** Injection token for AppConfig (an interface has no runtime token of its own). */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: (): AppConfig => configFromEnv() }],
  exports: [APP_CONFIG],
})
export class ConfigModule {}
