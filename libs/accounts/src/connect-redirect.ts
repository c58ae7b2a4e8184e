import type { AppConfig } from '@warta/config';
import { DomainError, type Platform } from '@warta/core';

/** Platforms a person connects directly; Instagram accounts come with their Facebook Page. */
export const CONNECTABLE_PLATFORMS = ['x', 'facebook'] as const;
export type ConnectablePlatform = (typeof CONNECTABLE_PLATFORMS)[number];

export function connectablePlatform(value: string): ConnectablePlatform {
  if ((CONNECTABLE_PLATFORMS as readonly string[]).includes(value)) return value as ConnectablePlatform;
  throw new DomainError(
    value === 'instagram' ? 'INSTAGRAM_CONNECTS_THROUGH_FACEBOOK' : 'PLATFORM_NOT_CONNECTABLE',
    {
      platform: value,
    },
  );
}

/** The exact redirect URI registered with each platform app (the README lists them). */
export function callbackUrl(config: Pick<AppConfig, 'api'>, platform: Platform): string {
  return `${config.api.publicUrl}/api/v1/accounts/callback/${platform}`;
}

/** Ten minutes to finish the consent screen; a state older than that is refused. */
export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000;
/** Thirty minutes to pick the Facebook Pages after the callback. */
export const PENDING_CONNECTION_TTL_MS = 30 * 60 * 1000;

/**
 * A connect started from the web app carries this prefix in its one-time state, so the callback
 * knows to send the person back to the app's accounts screen instead of answering JSON. The state's
 * stored hash covers the prefix: adding or removing it makes the state unknown.
 */
export const WEB_STATE_PREFIX = 'w.';

export function returnsToWeb(state: string | undefined): boolean {
  return !!state?.startsWith(WEB_STATE_PREFIX);
}

/** How a connect from the web ended, as the accounts screen reads it from its query string. */
export type WebConnectOutcome = { connected: ConnectablePlatform } | { pending: string } | { error: string };

/** `${PUBLIC_URL}/accounts?connected=x` (or `?pending=<id>`, `?error=<CODE>`): the web app's accounts screen. */
export function webAccountsUrl(config: Pick<AppConfig, 'api'>, outcome: WebConnectOutcome): string {
  const url = new URL('/accounts', config.api.publicUrl);
  for (const [k, v] of Object.entries(outcome)) url.searchParams.set(k, v);
  return url.toString();
}
