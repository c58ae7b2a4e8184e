import { Inject, Injectable } from '@nestjs/common';
import { ConnectorError, ConnectorRegistry } from '@warta/connectors';
import { Clock, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import { MarkAccountNeedsReconnect } from './mark-account-needs-reconnect.use-case';
import { SocialAccountsRepository } from './social-accounts.repository';
import { TokenVault } from './token-vault.service';

/** Refresh this long before expiry, so a publish never starts with a token about to die. */
export const REFRESH_MARGIN_MS = 10 * 60 * 1000;

export type RefreshOutcome =
  | { status: 'fresh' }
  | { status: 'refreshed'; expiresAt: Date | null }
  | { status: 'needs_reconnect'; reason: string }
  | { status: 'not_refreshable' };

/**
 * Single-flight token refresh for one account: the row is locked (`SELECT ... FOR UPDATE`) and
 * re-read inside the transaction, so a second caller waits, then finds the fresh token and does
 * nothing. X rotates refresh tokens, so the new pair is stored in the same transaction; an empty
 * refresh token in the answer never overwrites the one we have. A refused refresh marks the account
 * needs_reconnect, with an audit event people are notified from.
 */
@Injectable()
export class RefreshAccountToken {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly accounts: SocialAccountsRepository,
    private readonly vault: TokenVault,
    private readonly registry: ConnectorRegistry,
    private readonly needsReconnect: MarkAccountNeedsReconnect,
  ) {}

  execute(accountId: string, opts: { force?: boolean } = {}): Promise<RefreshOutcome> {
    return this.dataSource.transaction(async (m) => {
      const account = await this.accounts.lockForUpdate(m, accountId);
      if (!account) throw new DomainError('NOT_FOUND');
      if (account.status === 'disconnected' || account.status === 'needs_reconnect' || !account.sealed) {
        return { status: 'needs_reconnect', reason: account.statusReason ?? account.status };
      }
      const provider = this.registry.oauthProvider(account.platform);
      if (!provider?.refreshable) return { status: 'not_refreshable' };
      const now = this.clock.now();
      const due = !account.expiresAt || account.expiresAt.getTime() - now.getTime() <= REFRESH_MARGIN_MS;
      if (!due && !opts.force) return { status: 'fresh' };

      const bundle = this.vault.open(account.sealed);
      const markRevoked = async (reason: string): Promise<RefreshOutcome> => {
        await this.needsReconnect.execute(account.id, reason, m);
        return { status: 'needs_reconnect', reason };
      };
      if (!bundle.refreshToken) return markRevoked('no refresh token; connect the account again');
      let next;
      try {
        next = await provider.refresh(bundle.refreshToken);
      } catch (e) {
        if (e instanceof ConnectorError && (e.kind === 'auth_revoked' || e.kind === 'permission')) {
          return markRevoked(`the platform refused the refresh (${e.kind})`);
        }
        throw e;
      }
      const sealed = this.vault.seal({
        ...bundle,
        accessToken: next.accessToken,
        refreshToken: next.refreshToken || bundle.refreshToken,
      });
      await this.accounts.updateTokens(
        m,
        account.id,
        sealed,
        next.expiresAt,
        next.scopes.length ? next.scopes : account.scopes,
        now,
      );
      return { status: 'refreshed', expiresAt: next.expiresAt };
    });
  }
}
