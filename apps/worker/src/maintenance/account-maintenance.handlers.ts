import { Injectable, Logger } from '@nestjs/common';
import { PurgeExpiredOAuthStates, RefreshExpiringAccounts } from '@warta/accounts';
import { JobHandler, JobName } from '@warta/queue';

/** Keeps connected accounts usable: refresh tokens before they expire; drop unused connect states. */
@Injectable()
export class AccountMaintenanceHandlers {
  private readonly logger = new Logger('maintenance');

  constructor(
    private readonly refreshExpiringAccounts: RefreshExpiringAccounts,
    private readonly purgeExpiredOAuthStates: PurgeExpiredOAuthStates,
  ) {}

  @JobHandler(JobName.RefreshExpiringAccounts)
  async refreshAccounts() {
    const counts = await this.refreshExpiringAccounts.execute();
    if (counts.needs_reconnect || counts.failed)
      this.logger.warn({ ...counts }, 'some accounts could not be refreshed');
    return counts;
  }

  @JobHandler(JobName.PurgeExpiredOAuthStates)
  async purgeOAuthStates() {
    return { purged: await this.purgeExpiredOAuthStates.execute() };
  }
}
