/** What login and refresh hand back to the client. */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Access token lifetime in seconds. */
  expiresIn: number;
  refreshExpiresAt: Date;
  userId: string;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}
