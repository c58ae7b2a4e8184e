import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Clock } from '@warta/core';
import { Notifier } from '@warta/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { SocialAccountsRepository } from './social-accounts.repository';

/**
 * An account whose token the platform refused for good (ConnectorError auth_revoked, or a refused
 * refresh) turns needs_reconnect, once, with the audit event people are notified from. Publishing
 * calls this when a send comes back auth_revoked; refresh calls it inside its own transaction.
 */
@Injectable()
export class MarkAccountNeedsReconnect {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly accounts: SocialAccountsRepository,
    private readonly audit: AuditTrail,
    private readonly notifier: Notifier,
  ) {}

  /** Returns false when there was nothing to change (already marked, disconnected or gone). */
  execute(accountId: string, reason: string, manager?: EntityManager): Promise<boolean> {
    const run = async (m: EntityManager): Promise<boolean> => {
      const account = await this.accounts.lockForUpdate(m, accountId);
      if (!account || account.status === 'needs_reconnect' || account.status === 'disconnected') return false;
      await this.accounts.setStatus(m, account.id, 'needs_reconnect', reason, this.clock.now());
      await this.audit.append(m, {
        organizationId: account.organizationId,
        actorId: null,
        action: 'social_account.needs_reconnect',
        subjectType: 'social_account',
        subjectId: account.id,
        reason,
        data: { platform: account.platform, handle: account.handle },
      });
      await this.notifier.notify(m, {
        organizationId: account.organizationId,
        kind: 'account_needs_reconnect',
        socialAccountId: account.id,
        reason: 'auth_revoked',
        params: { platform: account.platform, handle: account.handle, error: reason },
      });
      return true;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }
}
