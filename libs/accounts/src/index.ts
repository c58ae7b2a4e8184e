export * from './token-vault.service';
export type {
  AccountFilter,
  ConnectedAccountInput,
  LockedSocialAccount,
  SocialAccountStatus,
  SocialAccountView,
} from './social-accounts.repository';
export type { OAuthStateRecord, ConsumeResult } from './oauth-states.repository';
export type { PageChoice, PendingConnection } from './pending-connections.repository';
export * from './connect-redirect';
export * from './account-connector.service';
export * from './start-account-connection.use-case';
export * from './complete-account-connection.use-case';
export * from './attach-facebook-pages.use-case';
export * from './get-pending-connection.use-case';
export * from './mark-account-needs-reconnect.use-case';
export * from './refresh-account-token.use-case';
export * from './refresh-expiring-accounts.use-case';
export * from './account-credentials.service';
export * from './disconnect-account.use-case';
export * from './rotate-token-keys.use-case';
export * from './accounts.module';
export * from './demo/seed-demo-accounts';
export * from './list-accounts.use-case';
export * from './get-account.use-case';
export * from './purge-expired-oauth-states.use-case';
