import { createHash, timingSafeEqual } from 'node:crypto';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (how a dual-stack socket reports 127.0.0.1). */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase().replace(/^::ffff:/, '');
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/**
 * Who may read /metrics (api) and the worker's health port: the same machine, or anyone presenting
 * `Authorization: Bearer <METRICS_TOKEN>` when a token is configured. Compared in constant time.
 */
export function metricsAccessAllowed(
  clientAddress: string | null | undefined,
  authorization: string | null | undefined,
  token: string | null,
): boolean {
  if (isLoopbackAddress(clientAddress)) return true;
  if (!token || !authorization) return false;
  const m = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!m) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(m[1]), digest(token));
}
