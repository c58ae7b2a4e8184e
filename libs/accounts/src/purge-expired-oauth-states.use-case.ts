import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@warta/core';
import { OAuthStatesRepository } from './oauth-states.repository';

/** Drops the one-time connect states nobody came back with before they expired. */
@Injectable()
export class PurgeExpiredOAuthStates {
  constructor(
    private readonly oauthStates: OAuthStatesRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** How many states were dropped. */
  execute(): Promise<number> {
    return this.oauthStates.purgeExpired(this.clock.now());
  }
}
