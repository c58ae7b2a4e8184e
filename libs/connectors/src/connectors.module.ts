import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock } from '@warta/core';
import { ConnectorRegistry } from './connector-registry';
import { createConnectorRegistry } from './connectors.factory';

/** Provides the ConnectorRegistry (X, Facebook, Instagram connectors and OAuth providers) from config. */
@Module({
  providers: [
    {
      provide: ConnectorRegistry,
      inject: [APP_CONFIG, Clock],
      useFactory: (config: AppConfig, clock: Clock) =>
        createConnectorRegistry(config.platforms, clock, { timeoutMs: config.publishing.connectorTimeoutMs }),
    },
  ],
  exports: [ConnectorRegistry],
})
export class ConnectorsModule {}
