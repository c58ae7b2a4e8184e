import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@warta/core';
import { DataSource } from 'typeorm';
import { REFRESH_MARGIN_MS, RefreshAccountToken, RefreshOutcome } from './refresh-account-token.use-case';

/** Look this far ahead, so a token is refreshed on one of several runs before it dies. */
const LOOKAHEAD_MS = 3 * REFRESH_MARGIN_MS;

/**
 * The maintenance sweep: refreshes every active account whose token expires soon (X tokens live
 * 2 h). Each refresh is single-flight on its own row, so overlapping sweeps on several workers and
 * a publish refreshing the same account at once still make one platform call.
 */
@Injectable()
export class RefreshExpiringAccounts {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly refresh: RefreshAccountToken,
  ) {}

  async execute(limit = 500): Promise<Record<RefreshOutcome['status'] | 'failed', number>> {
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM social_accounts
        WHERE status = 'active' AND platform = 'x' AND expires_at IS NOT NULL AND expires_at < $1
        ORDER BY expires_at LIMIT $2`,
      [new Date(this.clock.now().getTime() + LOOKAHEAD_MS), limit],
    );
    const counts = { fresh: 0, refreshed: 0, needs_reconnect: 0, not_refreshable: 0, failed: 0 };
    for (const { id } of due) {
      try {
        counts[(await this.refresh.execute(id)).status]++;
      } catch {
        // A transient platform failure leaves the token as it was; the next sweep tries again.
        counts.failed++;
      }
    }
    return counts;
  }
}
