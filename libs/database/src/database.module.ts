import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { DataSource } from 'typeorm';
import { createDataSource } from './create-data-source';

/**
 * Provides the initialised DataSource. Migrations are not run at boot: `npm run db:migrate`
 * (and `npm run demo`) run them, so two api replicas never race on schema changes.
 */
@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DataSource> =>
        createDataSource({
          url: config.databaseUrl,
          applicationName: `warta-${config.nodeEnv}`,
        }).initialize(),
    },
  ],
  exports: [DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
