import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@warta/audit';
import { ConnectedIdentity } from '@warta/connectors';
import { Clock } from '@warta/core';
import { EntityManager } from 'typeorm';
import { SocialAccountsRepository, SocialAccountView } from './social-accounts.repository';
import { TokenVault } from './token-vault.service';

/**
 * Stores granted identities as connected accounts of a node (tokens sealed by the vault) and
 * records each connection in the audit trail, in the caller's transaction.
 */
@Injectable()
export class AccountConnector {
  constructor(
    private readonly accounts: SocialAccountsRepository,
    private readonly vault: TokenVault,
    private readonly audit: AuditTrail,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async attach(
    manager: EntityManager,
    organizationId: string,
    identities: ConnectedIdentity[],
    actor: { userId: string | null; requestId: string | null },
  ): Promise<SocialAccountView[]> {
    const out: SocialAccountView[] = [];
    const now = this.clock.now();
    for (const id of identities) {
      const account = await this.accounts.upsertConnected(manager, {
        organizationId,
        platform: id.platform,
        externalId: id.externalId,
        handle: id.handle,
        displayName: id.displayName,
        parentExternalId: id.parentExternalId,
        sealed: this.vault.seal({ accessToken: id.tokens.accessToken, refreshToken: id.tokens.refreshToken }),
        expiresAt: id.tokens.expiresAt,
        scopes: id.tokens.scopes,
        connectedBy: actor.userId,
        now,
      });
      await this.audit.append(manager, {
        organizationId,
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'social_account.connected',
        subjectType: 'social_account',
        subjectId: account.id,
        data: { platform: account.platform, externalId: account.externalId, handle: account.handle },
      });
      out.push(account);
    }
    return out;
  }
}
