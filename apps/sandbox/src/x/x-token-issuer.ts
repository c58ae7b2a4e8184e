import { SandboxStore } from '../core/sandbox-store';

export const X_ACCESS_TOKEN_SECONDS = 7200;

export interface IssuedXTokens {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: number;
  scopes: string[];
}

/** Mints an X user access token (and a refresh token when offline.access was granted). */
export function issueXTokens(
  store: SandboxStore,
  input: {
    userId: string;
    clientId: string;
    scopes: string[];
    now: number;
    expiresInSeconds?: number;
    revoked?: boolean;
  },
): IssuedXTokens {
  const accessToken = store.ids.token('sbx-at-', 64);
  const expiresAt = input.now + (input.expiresInSeconds ?? X_ACCESS_TOKEN_SECONDS) * 1000;
  store.state.x.accessTokens[accessToken] = {
    token: accessToken,
    userId: input.userId,
    clientId: input.clientId,
    scopes: [...input.scopes],
    issuedAt: input.now,
    expiresAt,
    revoked: input.revoked ?? false,
  };
  let refreshToken: string | null = null;
  if (input.scopes.includes('offline.access')) {
    refreshToken = store.ids.token('sbx-rt-', 64);
    store.state.x.refreshTokens[refreshToken] = {
      token: refreshToken,
      userId: input.userId,
      clientId: input.clientId,
      scopes: [...input.scopes],
      issuedAt: input.now,
      rotatedAt: null,
      revoked: input.revoked ?? false,
    };
  }
  store.changed();
  return { accessToken, refreshToken, expiresAt, scopes: [...input.scopes] };
}
