import { DEV_JWT_SECRET, loadConfig } from '@warta/config';
import { DomainError, FixedClock } from '@warta/core';
import jwt from 'jsonwebtoken';
import { AccessTokenService } from './access-token.service';

describe('access tokens are capped at the configured lifetime', () => {
  const config = loadConfig({ NODE_ENV: 'test', ACCESS_TOKEN_TTL_SECONDS: '900' });
  const clock = new FixedClock(new Date('2026-12-01T00:00:00Z'));
  const service = new AccessTokenService(config, clock);
  const now = Math.floor(clock.now().getTime() / 1000);
  /** A token signed with the real key, claims chosen by the test (what a leaked key could mint). */
  const mint = (claims: Record<string, unknown>) =>
    jwt.sign({ sub: 'u1', sid: 's1', iss: 'warta', ...claims }, DEV_JWT_SECRET, { algorithm: 'HS256' });
  const outcome = (token: string) => {
    try {
      service.verify(token);
      return 'accepted';
    } catch (e) {
      return (e as DomainError).code;
    }
  };

  it('accepts what it signs, for its lifetime on its clock, then says it expired', () => {
    const token = service.sign({ sub: 'u1', sid: 's1' });
    expect(service.verify(token)).toEqual({ sub: 'u1', sid: 's1' });
    expect(outcome(mint({ iat: now - 100, exp: now + 800 }))).toBe('accepted');
    // Another replica's clock a little ahead: within the skew.
    expect(outcome(mint({ iat: now + 30, exp: now + 930 }))).toBe('accepted');
    clock.advance(901_000);
    expect(outcome(token)).toBe('TOKEN_EXPIRED');
    clock.advance(-901_000);
  });

  it('refuses validly signed tokens that would outlive the lifetime, or come from the future', () => {
    expect({
      farFuture: outcome(mint({ iat: now, exp: now + 10 * 365 * 86_400 })),
      longerThanLifetime: outcome(mint({ iat: now - 3000, exp: now + 100 })),
      issuedInTheFuture: outcome(mint({ iat: now + 3600, exp: now + 3600 + 900 })),
      noIat: outcome(
        jwt.sign({ sub: 'u1', sid: 's1', iss: 'warta', exp: now + 60 }, DEV_JWT_SECRET, {
          noTimestamp: true,
        }),
      ),
      noExp: outcome(mint({ iat: now })),
    }).toEqual({
      farFuture: 'UNAUTHENTICATED',
      longerThanLifetime: 'UNAUTHENTICATED',
      issuedInTheFuture: 'UNAUTHENTICATED',
      noIat: 'UNAUTHENTICATED',
      noExp: 'UNAUTHENTICATED',
    });
  });
});
