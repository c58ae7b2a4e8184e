import { BlockList, isIP } from 'node:net';
import { DomainError } from '@warta/core';

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Loopback, private, link-local (cloud metadata), CGNAT, multicast or unspecified: not for webhooks. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
    return PRIVATE.check(address, 'ipv6');
  }
  return false;
}

/**
 * Checks a webhook URL an admin typed: http(s), no credentials, at most 2000 characters; with
 * `blockPrivate` (production) a literal private address or localhost is refused here, and names
 * that resolve to one are refused again at delivery time (the sender checks every resolved address).
 */
export function validateWebhookUrl(raw: string, blockPrivate: boolean): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new DomainError('WEBHOOK_URL_INVALID');
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username ||
    url.password ||
    !url.hostname ||
    url.href.length > 2000
  ) {
    throw new DomainError('WEBHOOK_URL_INVALID');
  }
  if (blockPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host)) {
      throw new DomainError('WEBHOOK_URL_PRIVATE', { host });
    }
  }
  return url.href;
}

/** The URL without its query and fragment (they may carry a receiver's token), for audit and logs. */
export function redactWebhookUrl(raw: string): string {
  try {
    const u = new URL(raw);
    return `${u.origin}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return '?';
  }
}
