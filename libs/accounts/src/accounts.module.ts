import { Module } from '@nestjs/common';
import { ConnectorsModule } from '@warta/connectors';
import { NotificationsModule } from '@warta/notifications';
import { OrganizationsModule } from '@warta/organizations';
import { AccountConnector } from './account-connector.service';
import { AccountCredentials } from './account-credentials.service';
import { AttachFacebookPages } from './attach-facebook-pages.use-case';
import { CompleteAccountConnection } from './complete-account-connection.use-case';
import { DisconnectAccount } from './disconnect-account.use-case';
import { GetAccount } from './get-account.use-case';
import { GetPendingConnection } from './get-pending-connection.use-case';
import { ListAccounts } from './list-accounts.use-case';
import { MarkAccountNeedsReconnect } from './mark-account-needs-reconnect.use-case';
import { OAuthStatesRepository } from './oauth-states.repository';
import { PendingConnectionsRepository } from './pending-connections.repository';
import { PurgeExpiredOAuthStates } from './purge-expired-oauth-states.use-case';
import { RefreshAccountToken } from './refresh-account-token.use-case';
import { RefreshExpiringAccounts } from './refresh-expiring-accounts.use-case';
import { RotateTokenKeys } from './rotate-token-keys.use-case';
import { SocialAccountsRepository } from './social-accounts.repository';
import { StartAccountConnection } from './start-account-connection.use-case';
import { TokenVault } from './token-vault.service';

/** Social accounts per org node: the token vault, OAuth connect flows, refresh, disconnect. */
@Module({
  imports: [ConnectorsModule, OrganizationsModule, NotificationsModule],
  providers: [
    TokenVault,
    SocialAccountsRepository,
    OAuthStatesRepository,
    PendingConnectionsRepository,
    AccountConnector,
    StartAccountConnection,
    CompleteAccountConnection,
    AttachFacebookPages,
    GetPendingConnection,
    MarkAccountNeedsReconnect,
    RefreshAccountToken,
    RefreshExpiringAccounts,
    AccountCredentials,
    DisconnectAccount,
    RotateTokenKeys,
    ListAccounts,
    GetAccount,
    PurgeExpiredOAuthStates,
  ],
  // Repositories stay inside: other libs reach accounts through the use cases and services (DESIGN §3).
  exports: [
    ConnectorsModule,
    TokenVault,
    StartAccountConnection,
    CompleteAccountConnection,
    AttachFacebookPages,
    GetPendingConnection,
    MarkAccountNeedsReconnect,
    RefreshAccountToken,
    RefreshExpiringAccounts,
    AccountCredentials,
    DisconnectAccount,
    RotateTokenKeys,
    ListAccounts,
    GetAccount,
    PurgeExpiredOAuthStates,
  ],
})
export class AccountsModule {}
