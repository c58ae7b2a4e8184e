import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock, DomainError } from '@warta/core';
import { DataSource } from 'typeorm';
import { AccessTokenService } from './access-token.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { PasswordHasher } from './password-hasher.service';
import { newRefreshTokenValue, RefreshTokensRepository } from './refresh-tokens.repository';
import { ClientInfo, SessionTokens } from './session-tokens';
import { UsersRepository } from './users.repository';

export interface LoginInput {
  email: string;
  password: string;
  client: ClientInfo;
}

/**
 * Email + password -> a new session family. Failed attempts are counted per account and per IP;
 * past the limit every attempt is refused (even a correct one) until the window ends, so guessing
 * gains nothing from a lucky hit.
 */
@Injectable()
export class Login {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly accessTokens: AccessTokenService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(input: LoginInput): Promise<SessionTokens> {
    const now = this.clock.now();
    const {
      loginWindowSeconds: window,
      loginMaxFailuresPerAccount,
      loginMaxFailuresPerIp,
    } = this.config.auth;
    const accountKey = `account:${input.email.trim().toLowerCase()}`;
    const ipKey = input.client.ip ? `ip:${input.client.ip}` : null;

    for (const [key, max] of [
      [accountKey, loginMaxFailuresPerAccount],
      [ipKey, loginMaxFailuresPerIp],
    ] as const) {
      if (!key) continue;
      const f = await this.throttle.failures(key, now, window);
      if (f.count >= max) {
        const retryAfterSeconds = Math.max(1, Math.ceil((f.windowEndsAt.getTime() - now.getTime()) / 1000));
        throw new DomainError('LOGIN_THROTTLED', { retryAfterSeconds });
      }
    }

    const user = await this.users.findByEmailWithSecret(input.email.trim());
    const ok = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(accountKey, now, window);
      if (ipKey) await this.throttle.recordFailure(ipKey, now, window);
      throw new DomainError('INVALID_CREDENTIALS');
    }
    if (user.status !== 'active') throw new DomainError('ACCOUNT_DEACTIVATED');

    await this.throttle.clear(accountKey);
    await this.users.markLoggedIn(user.id, now);
    const familyId = randomUUID();
    const refreshToken = newRefreshTokenValue();
    const refreshExpiresAt = new Date(now.getTime() + this.config.auth.refreshTokenTtlDays * 86_400_000);
    await this.dataSource.transaction((m) =>
      this.refreshTokens.insert(m, {
        userId: user.id,
        familyId,
        token: refreshToken,
        expiresAt: refreshExpiresAt,
        ip: input.client.ip,
        userAgent: input.client.userAgent,
      }),
    );
    return {
      accessToken: this.accessTokens.sign({ sub: user.id, sid: familyId }),
      refreshToken,
      expiresIn: this.accessTokens.ttlSeconds,
      refreshExpiresAt,
      userId: user.id,
    };
  }
}
