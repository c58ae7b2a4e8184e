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

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export interface LoginInput {
  email: string;
  password: string;
  client: ClientInfo;
  /** The refresh token this browser already holds (its cookie), if any: proof of a known device. */
  deviceToken?: string | null;
}

/**
 * Email + password -> a new session family.
 *
 * Guessing is slowed, never turned into a lockout a stranger can trigger: three counters of failures
 * (this account from this address; this address over every account; this account from addresses it
 * never signed in from) each allow a few free failures, then make the next try wait, twice as long
 * after every further failure (capped). The account-wide counter does not apply to an address the
 * owner has signed in from before, nor to a browser holding one of the owner's live refresh tokens,
 * and failures from there do not feed it: a thousand wrong passwords from elsewhere leave the owner's
 * own desk untouched. A throttled attempt is refused before the password is checked (a lucky guess
 * gains nothing) and is not counted. Unknown emails go through exactly the same steps, so answers
 * (and, as far as argon2 allows, their timing) do not tell which emails exist.
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
    const a = this.config.auth;
    const email = input.email.trim().toLowerCase();
    const ip = input.client.ip;
    const user = await this.users.findByEmailWithSecret(input.email.trim());

    // The same lookups whether or not the email exists (a nil id finds nothing), so time tells nothing.
    const uid = user?.id ?? NIL_UUID;
    const trustedDevice =
      !!input.deviceToken && (await this.refreshTokens.isLiveTokenOf(uid, input.deviceToken, now)) && !!user;
    const knownAddress =
      trustedDevice || (!!ip && (await this.refreshTokens.hasSessionFrom(uid, ip)) && !!user);
    const limits = new Map<string, number>();
    limits.set(`pair:${email}|${ip ?? '-'}`, a.loginMaxFailuresPerAccountIp);
    if (ip && !trustedDevice) limits.set(`ip:${ip}`, a.loginMaxFailuresPerIp);
    if (!knownAddress) limits.set(`account:${email}`, a.loginMaxFailuresPerAccount);

    let waitMs = 0;
    for (const c of await this.throttle.counters([...limits.keys()], now, a.loginWindowSeconds)) {
      const delay = this.delayMs(c.failures, limits.get(c.key)!);
      waitMs = Math.max(waitMs, c.lastFailureAt.getTime() + delay - now.getTime());
    }
    if (waitMs > 0) throw new DomainError('LOGIN_THROTTLED', { retryAfterSeconds: Math.ceil(waitMs / 1000) });

    const ok = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok) {
      await this.throttle.recordFailure([...limits.keys()], now, a.loginWindowSeconds);
      throw new DomainError('INVALID_CREDENTIALS');
    }
    if (user.status !== 'active') throw new DomainError('ACCOUNT_DEACTIVATED');

    // The owner is in: their own address starts afresh (the other counters decay on their own).
    await this.throttle.clear(`pair:${email}|${ip ?? '-'}`);
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

  /** The wait after `failures` on a counter with `free` failures: 0, then base, 2 base, 4 base, ... (capped). */
  private delayMs(failures: number, free: number): number {
    if (failures < free) return 0;
    const { loginBaseDelaySeconds: base, loginMaxDelaySeconds: max } = this.config.auth;
    return Math.min(max, base * 2 ** Math.min(failures - free, 30)) * 1000;
  }
}
