import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccountCredentials } from '@warta/accounts';
import { ConnectorRegistry, isConnectorError } from '@warta/connectors';
import { Clock, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import { AccountMetricsRepository } from './account-metrics.repository';

/** Accounts read per run; the job runs hourly, so a large tree is covered within a day. */
const ACCOUNTS_PER_RUN = 1_000;

export interface FollowersResult {
  recorded: number;
  failed: number;
}

/**
 * Records each usable account's follower count once per local day of its node
 * (`account_followers_daily`). Runs often and reads only accounts still missing today's row, so a
 * worker that was down, a rate limit or a transient failure is made up on a later run that day.
 */
@Injectable()
export class CollectAccountFollowers {
  private readonly logger = new Logger('metrics');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly registry: ConnectorRegistry,
    private readonly credentials: AccountCredentials,
    private readonly accounts: AccountMetricsRepository,
  ) {}

  async execute(): Promise<FollowersResult> {
    const result: FollowersResult = { recorded: 0, failed: 0 };
    const due = await this.accounts.dueForFollowers(
      this.dataSource.manager,
      this.clock.now(),
      ACCOUNTS_PER_RUN,
    );
    for (const a of due) {
      try {
        const creds = await this.credentials.credentialsFor(a.id);
        const stats = await this.registry.connector(a.platform).fetchAccountStats(creds);
        await this.accounts.upsertFollowers(this.dataSource.manager, {
          accountId: a.id,
          organizationId: a.organizationId,
          platform: a.platform,
          day: a.day,
          followers: stats.followers,
          capturedAt: stats.fetchedAt,
        });
        result.recorded++;
      } catch (e) {
        result.failed++;
        const reason = isConnectorError(e)
          ? e.kind
          : e instanceof DomainError
            ? e.code
            : e instanceof Error
              ? e.message
              : String(e);
        this.logger.warn({ accountId: a.id, platform: a.platform, reason }, 'follower count not read');
      }
    }
    return result;
  }
}
