import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock } from '@warta/core';
import { LoginThrottleRepository } from './login-throttle.repository';
import { RefreshTokensRepository } from './refresh-tokens.repository';

/** Housekeeping: drops refresh tokens a week past expiry and closed login-throttle windows. */
@Injectable()
export class PurgeExpiredSessions {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly throttle: LoginThrottleRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(): Promise<{ refreshTokens: number; throttleWindows: number }> {
    const now = this.clock.now().getTime();
    const refreshTokens = await this.refreshTokens.purgeExpired(new Date(now - 7 * 86_400_000));
    const throttleWindows = await this.throttle.purgeOlderThan(
      new Date(now - this.config.auth.loginWindowSeconds * 1000),
    );
    return { refreshTokens, throttleWindows };
  }
}
