import { Inject, Injectable } from '@nestjs/common';
import { ConnectorCredentials } from '@warta/connectors';
import { Clock, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import { REFRESH_MARGIN_MS, RefreshAccountToken } from './refresh-account-token.use-case';
import { SocialAccountsRepository } from './social-accounts.repository';
import { TokenVault } from './token-vault.service';

/**
 * Hands a connector the credentials of one account, refreshing first when the token is near its
 * expiry. For workers (system actor): callers have already checked the post's node.
 */
@Injectable()
export class AccountCredentials {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly accounts: SocialAccountsRepository,
    private readonly vault: TokenVault,
    private readonly refresh: RefreshAccountToken,
  ) {}

  async credentialsFor(accountId: string): Promise<ConnectorCredentials> {
    let creds = await this.read(accountId);
    if (creds.expiresAt && creds.expiresAt.getTime() - this.clock.now().getTime() <= REFRESH_MARGIN_MS) {
      const r = await this.refresh.execute(accountId);
      if (r.status === 'needs_reconnect') throw new DomainError('ACCOUNT_NEEDS_RECONNECT');
      creds = await this.read(accountId);
    }
    return {
      externalId: creds.externalId,
      parentExternalId: creds.parentExternalId,
      accessToken: creds.accessToken,
    };
  }

  private read(accountId: string) {
    return this.dataSource.transaction(async (m) => {
      const a = await this.accounts.lockForUpdate(m, accountId);
      if (!a) throw new DomainError('NOT_FOUND');
      if (a.status === 'disconnected') throw new DomainError('ACCOUNT_DISCONNECTED');
      if (a.status === 'needs_reconnect' || !a.sealed) throw new DomainError('ACCOUNT_NEEDS_RECONNECT');
      return { ...a, accessToken: this.vault.open(a.sealed).accessToken };
    });
  }
}
