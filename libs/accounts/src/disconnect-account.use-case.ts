import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { Actor, Clock, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource } from 'typeorm';
import { SocialAccountsRepository, SocialAccountView } from './social-accounts.repository';

/** Disconnects an account: status disconnected, tokens wiped, audited, in one transaction. */
@Injectable()
export class DisconnectAccount {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly scopes: AccessScopeService,
    private readonly accounts: SocialAccountsRepository,
    private readonly audit: AuditTrail,
  ) {}

  execute(actor: Actor, accountId: string, reason?: string): Promise<SocialAccountView> {
    return this.dataSource.transaction(async (m) => {
      // Visibility first (404 outside the subtree), then the permission on its node (403).
      const readScope = await this.scopes.scopeFor(actor.userId, Permission.AccountRead, m);
      const visible = await this.accounts.findInScope(readScope, accountId);
      if (!visible) throw new DomainError('NOT_FOUND');
      await this.scopes.requireNode(actor.userId, visible.organizationId, Permission.AccountManage, m);
      const locked = await this.accounts.lockForUpdate(m, accountId);
      if (!locked) throw new DomainError('NOT_FOUND');
      if (locked.status === 'disconnected') return locked;
      const after = await this.accounts.disconnect(m, accountId, this.clock.now());
      await this.audit.append(m, {
        organizationId: after.organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'social_account.disconnected',
        subjectType: 'social_account',
        subjectId: after.id,
        reason: reason ?? null,
        data: { platform: after.platform, handle: after.handle },
      });
      return after;
    });
  }
}
