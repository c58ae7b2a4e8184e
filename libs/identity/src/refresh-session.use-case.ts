import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import { AccessTokenService } from './access-token.service';
import { newRefreshTokenValue, RefreshTokensRepository } from './refresh-tokens.repository';
import { ClientInfo, SessionTokens } from './session-tokens';
import { UsersRepository } from './users.repository';

/**
 * Rotates a refresh token: the presented one is spent and a new one of the same family issued.
 * Presenting a spent token means it leaked (or was replayed), so the whole family is revoked.
 */
@Injectable()
export class RefreshSession {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly users: UsersRepository,
    private readonly accessTokens: AccessTokenService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(input: { refreshToken: string; client: ClientInfo }): Promise<SessionTokens> {
    const now = this.clock.now();
    type Outcome =
      | { error: 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_REUSED' | 'ACCOUNT_DEACTIVATED' }
      | { userId: string; familyId: string; refreshToken: string; refreshExpiresAt: Date };
    const outcome = await this.dataSource.transaction(async (m): Promise<Outcome> => {
      const current = await this.refreshTokens.findByTokenForUpdate(m, input.refreshToken);
      if (!current || current.revokedAt || current.expiresAt <= now)
        return { error: 'REFRESH_TOKEN_INVALID' };
      if (current.usedAt) {
        await this.refreshTokens.revokeFamily(m, current.familyId, now, 'reuse_detected');
        return { error: 'REFRESH_TOKEN_REUSED' };
      }
      const user = await this.users.findById(current.userId, m);
      if (!user || user.status !== 'active') {
        await this.refreshTokens.revokeFamily(m, current.familyId, now, 'user_inactive');
        return { error: 'ACCOUNT_DEACTIVATED' };
      }
      await this.refreshTokens.markUsed(m, current.id, now);
      const refreshToken = newRefreshTokenValue();
      // The family keeps its original end: rotation does not extend a session forever.
      const refreshExpiresAt = current.expiresAt;
      await this.refreshTokens.insert(m, {
        userId: current.userId,
        familyId: current.familyId,
        token: refreshToken,
        expiresAt: refreshExpiresAt,
        ip: input.client.ip,
        userAgent: input.client.userAgent,
      });
      return { userId: current.userId, familyId: current.familyId, refreshToken, refreshExpiresAt };
    });
    // The revocation above must commit, so the error is thrown only after the transaction.
    if ('error' in outcome) throw new DomainError(outcome.error);
    return {
      accessToken: this.accessTokens.sign({ sub: outcome.userId, sid: outcome.familyId }),
      refreshToken: outcome.refreshToken,
      expiresIn: this.accessTokens.ttlSeconds,
      refreshExpiresAt: outcome.refreshExpiresAt,
      userId: outcome.userId,
    };
  }
}
