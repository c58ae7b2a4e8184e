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
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible ::a.b.c.d
  ['::ffff:0:0:0', 96], // IPv4-translated (SIIT); the mapped ::ffff:0:0/96 is judged by its IPv4 below
  ['64:ff9b::', 96], // NAT64 well-known prefix: a translator reaches the embedded IPv4 for us
  ['64:ff9b:1::', 48], // NAT64 local-use prefix
  ['100::', 64], // discard-only
  ['2001::', 32], // Teredo: the embedded (obfuscated) IPv4 is reached through a relay
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: the embedded IPv4 (often a private one) is reached through a relay
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed inside some networks)
  ['ff00::', 8], // multicast
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** The 16 bytes of an IPv6 address (any textual form, a trailing dotted quad included), or null. */
function ipv6Bytes(address: string): number[] | null {
  let text = address.split('%')[0].toLowerCase();
  const quad = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const b = quad[2].split('.').map(Number);
    text = `${quad[1]}${((b[0] << 8) | b[1]).toString(16)}:${((b[2] << 8) | b[3]).toString(16)}`;
  }
  const [head, tail, extra] = text.split('::');
  if (extra !== undefined) return null;
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  if (groups.length !== 8 || !groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]);
}

/**
 * Loopback, private, link-local (cloud metadata), CGNAT, multicast or unspecified: not for webhooks.
 * IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d in any notation) are judged by that
 * address; the ranges whose traffic is relayed to an embedded IPv4 (NAT64, 6to4, Teredo) and the
 * site-local and IPv4-compatible ranges are refused whole.
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) {
    const b = ipv6Bytes(address);
    if (!b) return true; // isIP accepted it but we cannot read it: refuse rather than guess.
    if (b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff)
      return PRIVATE.check(b.slice(12).join('.'), 'ipv4');
    return PRIVATE.check(address.split('%')[0], 'ipv6');
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
