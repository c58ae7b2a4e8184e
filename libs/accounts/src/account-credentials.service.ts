import { Inject, Injectable } from '@nestjs/common';
import { ConnectorCredentials } from '@warta/connectors';
import { BatchOutcome, Clock, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import { REFRESH_MARGIN_MS, RefreshAccountToken } from './refresh-account-token.use-case';
import { LockedSocialAccount, SocialAccountsRepository } from './social-accounts.repository';
import { TokenVault } from './token-vault.service';

/** What a sender needs of an account: its credentials and its public handle (for permalinks). */
export interface SendingAccount {
  credentials: ConnectorCredentials;
  handle: string;
}

/** An account as one snapshot read found it: credentials null when its token is near its expiry
 * (`credentialsFor` refreshes it, under the row lock, outside whatever batch read it). */
export interface SendingAccountSnapshot {
  credentials: ConnectorCredentials | null;
  handle: string;
}

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

  /**
   * The credentials (and handle) of several accounts from one snapshot read, one outcome per id in
   * order: for the publish path, where many posts start at the same minute. A token near its expiry
   * answers credentials null (the caller refreshes it with `credentialsFor`, so a platform call does
   * not hold back the others); an account that cannot send answers the same errors as `credentialsFor`.
   */
  async sendingAccounts(accountIds: readonly string[]): Promise<BatchOutcome<SendingAccountSnapshot>[]> {
    const rows = await this.accounts.readSealedMany([...new Set(accountIds)]);
    const now = this.clock.now().getTime();
    return accountIds.map((id): BatchOutcome<SendingAccountSnapshot> => {
      try {
        const a = rows.get(id);
        if (!a) throw new DomainError('NOT_FOUND');
        const fresh = !a.expiresAt || a.expiresAt.getTime() - now > REFRESH_MARGIN_MS;
        return { ok: true, value: { credentials: fresh ? this.usable(a) : null, handle: a.handle } };
      } catch (error) {
        return { ok: false, error };
      }
    });
  }

  private read(accountId: string) {
    return this.dataSource.transaction(async (m) => {
      const a = await this.accounts.lockForUpdate(m, accountId);
      if (!a) throw new DomainError('NOT_FOUND');
      return { ...a, accessToken: this.usable(a).accessToken };
    });
  }

  /** The account's credentials, or why it cannot send. */
  private usable(a: LockedSocialAccount): ConnectorCredentials {
    if (a.status === 'disconnected') throw new DomainError('ACCOUNT_DISCONNECTED');
    if (a.status === 'needs_reconnect' || !a.sealed) throw new DomainError('ACCOUNT_NEEDS_RECONNECT');
    return {
      externalId: a.externalId,
      parentExternalId: a.parentExternalId,
      accessToken: this.vault.open(a.sealed).accessToken,
    };
  }
}
