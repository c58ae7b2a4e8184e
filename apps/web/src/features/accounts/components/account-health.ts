import type { SocialAccount } from '../api/types';

/** Fewer days than this before a token that cannot renew itself runs out: warn. */
export const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export type HealthLevel = 'ok' | 'warning' | 'error' | 'off';

export interface AccountHealth {
  level: HealthLevel;
  /** Message key under `health.` in the accounts namespace. */
  key: 'connected' | 'expiringSoon' | 'expired' | 'needsReconnect' | 'limited' | 'disconnected';
  /** Whole days until the token runs out (0 = today), when that matters to the reader. */
  daysLeft: number | null;
  /** How the token's life reads: renewed by Warta itself, never expires, or a date. */
  expiry: 'auto' | 'never' | 'date' | 'none';
}

/**
 * X tokens are renewed by Warta every two hours (offline.access), so their expiry is not the
 * reader's concern; Facebook Page tokens do not expire; anything else with a date is counted down.
 */
export function accountHealth(a: SocialAccount, now: Date): AccountHealth {
  const renews = a.platform === 'x' && a.scopes.includes('offline.access');
  const expiry: AccountHealth['expiry'] =
    a.status === 'disconnected' ? 'none' : renews ? 'auto' : a.expiresAt ? 'date' : 'never';
  const daysLeft =
    expiry === 'date' && a.expiresAt
      ? Math.max(0, Math.floor((new Date(a.expiresAt).getTime() - now.getTime()) / DAY_MS))
      : null;
  if (a.status === 'disconnected') return { level: 'off', key: 'disconnected', daysLeft: null, expiry };
  if (a.status === 'needs_reconnect') return { level: 'error', key: 'needsReconnect', daysLeft, expiry };
  if (expiry === 'date' && new Date(a.expiresAt!).getTime() <= now.getTime())
    return { level: 'error', key: 'expired', daysLeft: 0, expiry };
  if (a.status === 'limited') return { level: 'warning', key: 'limited', daysLeft, expiry };
  if (daysLeft !== null && daysLeft < EXPIRY_WARNING_DAYS)
    return { level: 'warning', key: 'expiringSoon', daysLeft, expiry };
  return { level: 'ok', key: 'connected', daysLeft, expiry };
}

export const HEALTH_COLOR: Record<HealthLevel, string> = {
  ok: 'green',
  warning: 'yellow',
  error: 'red',
  off: 'gray',
};

/** Instagram accounts come with their Facebook Page: reconnecting one means connecting Facebook. */
export const connectPlatformOf = (p: SocialAccount['platform']) => (p === 'x' ? 'x' : 'facebook');
