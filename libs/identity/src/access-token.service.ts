import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig } from '@warta/config';
import { DomainError } from '@warta/core';

export interface AccessTokenClaims {
  sub: string;
  /** Session family, so a logout or reuse detection can be tied back to the access token. */
  sid: string;
}

/** Short-lived HS256 JWTs for API calls. */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.jwt = new JwtService({
      secret: config.auth.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: config.auth.accessTokenTtlSeconds, issuer: 'warta' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'warta' },
    });
  }

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessTokenClaims): string {
    return this.jwt.sign({ sub: claims.sub, sid: claims.sid });
  }

  verify(token: string): AccessTokenClaims {
    try {
      const payload = this.jwt.verify<{ sub?: unknown; sid?: unknown }>(token);
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string')
        throw new DomainError('UNAUTHENTICATED');
      return { sub: payload.sub, sid: payload.sid };
    } catch (e) {
      if (e instanceof DomainError) throw e;
      if ((e as Error).name === 'TokenExpiredError') throw new DomainError('TOKEN_EXPIRED');
      throw new DomainError('UNAUTHENTICATED');
    }
  }
}
