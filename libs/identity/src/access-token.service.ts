import { createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { Clock, DomainError } from '@warta/core';
import jwt from 'jsonwebtoken';

export interface AccessTokenClaims {
  sub: string;
  /** Session family, so a logout or reuse detection can be tied back to the access token. */
  sid: string;
}

/** Clocks of api replicas may disagree this much; a token is never trusted further than that. */
export const ACCESS_TOKEN_CLOCK_SKEW_SECONDS = 60;

/**
 * Short-lived HS256 JWTs for API calls. A token must not live longer than the configured lifetime:
 * one whose `exp - iat` exceeds it, whose `exp` lies beyond now + lifetime (+ skew), or that was
 * issued in the future is refused even with a valid signature (a leaked signing key or a bug that
 * mints far-future tokens must not yield sessions that never end).
 */
@Injectable()
export class AccessTokenService {
  // A KeyObject built once: given a string, jsonwebtoken first tries (and fails) to parse it as a
  // public key on every verify, which cost ~7% of the api's CPU.
  private readonly key: KeyObject;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessTokenClaims): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    return jwt.sign({ sub: claims.sub, sid: claims.sid, iat }, this.key, {
      algorithm: 'HS256',
      expiresIn: this.config.auth.accessTokenTtlSeconds,
      issuer: 'warta',
    });
  }

  verify(token: string): AccessTokenClaims {
    try {
      const now = Math.floor(this.clock.now().getTime() / 1000);
      const payload = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        issuer: 'warta',
        clockTimestamp: now,
      });
      if (typeof payload !== 'object' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
        throw new DomainError('UNAUTHENTICATED');
      }
      const ttl = this.config.auth.accessTokenTtlSeconds;
      const skew = ACCESS_TOKEN_CLOCK_SKEW_SECONDS;
      const { iat, exp } = payload;
      if (
        typeof iat !== 'number' ||
        typeof exp !== 'number' ||
        exp - iat > ttl ||
        exp > now + ttl + skew ||
        iat > now + skew
      ) {
        throw new DomainError('UNAUTHENTICATED');
      }
      return { sub: payload.sub, sid: payload.sid as string };
    } catch (e) {
      if (e instanceof DomainError) throw e;
      if ((e as Error).name === 'TokenExpiredError') throw new DomainError('TOKEN_EXPIRED');
      throw new DomainError('UNAUTHENTICATED');
    }
  }
}
