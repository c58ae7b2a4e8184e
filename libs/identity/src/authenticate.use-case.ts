import { Inject, Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import { AccessTokenService } from './access-token.service';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  locale: 'id' | 'en';
  sessionId: string;
}

/**
 * Bearer token -> the user behind it. Checks, in one query, that the user is still active and the
 * session family was not logged out or revoked, so both take effect before the token expires.
 */
@Injectable()
export class Authenticate {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokenService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(bearer: string): Promise<AuthenticatedUser> {
    const claims = this.accessTokens.verify(bearer);
    const rows: {
      id: string;
      email: string;
      name: string;
      locale: 'id' | 'en';
      status: string;
      live: boolean;
    }[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.locale, u.status,
                EXISTS (SELECT 1 FROM refresh_tokens t
                         WHERE t.family_id = $2 AND t.user_id = u.id AND t.revoked_at IS NULL AND t.expires_at > $3) AS live
           FROM users u WHERE u.id = $1`,
      [claims.sub, claims.sid, this.clock.now()],
    );
    const u = rows[0];
    if (!u || !u.live) throw new DomainError('UNAUTHENTICATED');
    if (u.status !== 'active') throw new DomainError('ACCOUNT_DEACTIVATED');
    return { id: u.id, email: u.email, name: u.name, locale: u.locale, sessionId: claims.sid };
  }
}
