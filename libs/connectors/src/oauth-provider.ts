import type { Platform } from '@warta/core';

export interface TokenSet {
  accessToken: string;
  /** X rotates refresh tokens: each refresh answers a new one and kills the old. */
  refreshToken: string | null;
  expiresAt: Date | null;
  scopes: string[];
}

/** One account the person granted access to, with its own tokens. */
export interface ConnectedIdentity {
  platform: Platform;
  externalId: string;
  handle: string;
  displayName: string;
  /** Instagram: the Facebook Page id. */
  parentExternalId: string | null;
  tokens: TokenSet;
}

export interface AuthorizeInput {
  redirectUri: string;
  /** Our one-time state; the provider sends it back on the callback. */
  state: string;
}

export interface AuthorizeOutput {
  url: string;
  /** PKCE verifier to keep server-side until the callback (X); null where PKCE is not used. */
  codeVerifier: string | null;
}

export interface ExchangeInput {
  code: string;
  redirectUri: string;
  codeVerifier: string | null;
}

/**
 * The OAuth side of a platform, kept apart from publishing: authorize URL, code exchange, refresh.
 * Facebook's exchange yields several identities (each Page and its Instagram account).
 */
export interface OAuthProvider {
  readonly platform: Platform;
  readonly scopes: readonly string[];
  authorize(input: AuthorizeInput): AuthorizeOutput;
  exchangeCode(input: ExchangeInput): Promise<ConnectedIdentity[]>;
  /** False where tokens cannot be refreshed (Facebook Page tokens do not expire; reconnect instead). */
  readonly refreshable: boolean;
  /** Trades a refresh token for a new set; auth_revoked when the platform refuses it. */
  refresh(refreshToken: string): Promise<TokenSet>;
}
