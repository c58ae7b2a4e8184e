import type { Platform } from '@warta/core';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface AccountDueForFollowers {
  id: string;
  organizationId: string;
  platform: Platform;
  /** Today in the account's node zone (ISO date). */
  day: string;
}

/**
 * Per-account analytics state: why metrics cannot be read (`social_accounts.metrics_unavailable_reason`,
 * e.g. 'x_tier') and the daily follower history (`account_followers_daily`).
 */
@Injectable()
export class AccountMetricsRepository {
  /** Sets or clears (null) the reason; returns whether it changed. */
  async setUnavailableReason(
    manager: EntityManager,
    accountId: string,
    reason: string | null,
  ): Promise<boolean> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE social_accounts SET metrics_unavailable_reason = $2
        WHERE id = $1 AND metrics_unavailable_reason IS DISTINCT FROM $2 RETURNING id`,
      [accountId, reason],
    );
    return affected > 0;
  }

  /** Usable accounts with no follower count yet for their node's current local day. */
  async dueForFollowers(manager: EntityManager, now: Date, limit: number): Promise<AccountDueForFollowers[]> {
    const rows: Array<{ id: string; organization_id: string; platform: Platform; day: string }> =
      await manager.query(
        `SELECT a.id, a.organization_id, a.platform, ($1::timestamptz AT TIME ZONE o.timezone)::date::text AS day
           FROM social_accounts a
           JOIN organizations o ON o.id = a.organization_id
          WHERE a.status IN ('active', 'limited')
            AND NOT EXISTS (
              SELECT 1 FROM account_followers_daily f
               WHERE f.social_account_id = a.id AND f.day = ($1::timestamptz AT TIME ZONE o.timezone)::date)
          ORDER BY a.id
          LIMIT $2`,
        [now, limit],
      );
    return rows.map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      platform: r.platform,
      day: r.day,
    }));
  }

  async upsertFollowers(
    manager: EntityManager,
    row: {
      accountId: string;
      organizationId: string;
      platform: Platform;
      day: string;
      followers: number;
      capturedAt: Date;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO account_followers_daily (social_account_id, day, organization_id, platform, followers, captured_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (social_account_id, day) DO UPDATE
         SET followers = EXCLUDED.followers, captured_at = EXCLUDED.captured_at
         WHERE account_followers_daily.captured_at <= EXCLUDED.captured_at`,
      [row.accountId, row.day, row.organizationId, row.platform, row.followers, row.capturedAt],
    );
  }
}
