import { Inject, Injectable } from '@nestjs/common';
import { ConnectorError, ConnectorRegistry } from '@warta/connectors';
import { Clock, DomainError } from '@warta/core';
import { AccessScopeService, Permission } from '@warta/organizations';
import { DataSource } from 'typeorm';
import { AccountConnector } from './account-connector.service';
import { connectablePlatform, PENDING_CONNECTION_TTL_MS } from './connect-redirect';
import { OAuthStatesRepository } from './oauth-states.repository';
import { PageChoice, PendingConnectionsRepository } from './pending-connections.repository';
import { SocialAccountView } from './social-accounts.repository';
import { hashState } from './start-account-connection.use-case';
import { TokenVault } from './token-vault.service';

export interface CallbackInput {
  platform: string;
  code?: string;
  state?: string;
  /** Set by the platform when the person cancelled the consent screen. */
  error?: string;
  requestId?: string | null;
}

export type CallbackResult =
  | { status: 'connected'; organizationId: string; accounts: SocialAccountView[] }
  | {
      status: 'choose_pages';
      organizationId: string;
      pendingConnectionId: string;
      choices: PageChoice[];
      expiresAt: Date;
    };

/**
 * The OAuth callback, authenticated by the one-time state alone: a missing, unknown, reused or
 * expired state is refused before anything is exchanged or stored. X accounts are created at once;
 * Facebook answers with the Pages (and their Instagram accounts) for the person to choose from.
 */
@Injectable()
export class CompleteAccountConnection {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    private readonly states: OAuthStatesRepository,
    private readonly pending: PendingConnectionsRepository,
    private readonly scopes: AccessScopeService,
    private readonly registry: ConnectorRegistry,
    private readonly vault: TokenVault,
    private readonly connector: AccountConnector,
  ) {}

  async execute(input: CallbackInput): Promise<CallbackResult> {
    const platform = connectablePlatform(input.platform);
    if (!input.state) throw new DomainError('OAUTH_STATE_INVALID');
    const consumed = await this.states.consume(hashState(input.state), platform, this.clock.now());
    if (!consumed.ok) {
      throw new DomainError(
        consumed.reason === 'used'
          ? 'OAUTH_STATE_USED'
          : consumed.reason === 'expired'
            ? 'OAUTH_STATE_EXPIRED'
            : 'OAUTH_STATE_INVALID',
      );
    }
    const state = consumed.state;
    if (input.error) throw new DomainError('OAUTH_DENIED', { platform });
    if (!input.code) throw new DomainError('OAUTH_CODE_MISSING');
    // The person may have lost the right to manage accounts there during the consent screen.
    await this.scopes.requireNode(state.userId, state.organizationId, Permission.AccountManage);

    const provider = this.registry.oauthProvider(platform)!;
    let identities;
    try {
      identities = await provider.exchangeCode({
        code: input.code,
        redirectUri: state.redirectUri,
        codeVerifier: state.codeVerifier,
      });
    } catch (e) {
      if (e instanceof ConnectorError)
        throw new DomainError('OAUTH_EXCHANGE_FAILED', { platform, kind: e.kind });
      throw e;
    }
    const actor = { userId: state.userId, requestId: input.requestId ?? null };

    if (platform === 'x') {
      const accounts = await this.dataSource.transaction((m) =>
        this.connector.attach(m, state.organizationId, identities, actor),
      );
      return { status: 'connected', organizationId: state.organizationId, accounts };
    }

    const choices: PageChoice[] = identities
      .filter((i) => i.platform === 'facebook')
      .map((page) => {
        const ig = identities.find(
          (i) => i.platform === 'instagram' && i.parentExternalId === page.externalId,
        );
        return {
          pageId: page.externalId,
          name: page.displayName,
          instagram: ig ? { id: ig.externalId, username: ig.handle, name: ig.displayName } : null,
        };
      });
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + PENDING_CONNECTION_TTL_MS);
    const pendingConnectionId = await this.pending.insert({
      userId: state.userId,
      organizationId: state.organizationId,
      choices,
      // The identities (with their Page tokens) wait sealed until the person picks.
      sealed: this.vault.seal({ accessToken: '', refreshToken: null, identities }),
      expiresAt,
      now,
    });
    return {
      status: 'choose_pages',
      organizationId: state.organizationId,
      pendingConnectionId,
      choices,
      expiresAt,
    };
  }
}
