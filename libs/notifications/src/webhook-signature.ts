import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A node's webhook signing secret: HMAC-SHA256(config key, "<node id>:<secret version>"). Nothing
 * secret is stored; rotating bumps the version, which yields a new, unrelated secret.
 */
export function deriveWebhookSecret(key: string, organizationId: string, secretVersion: number): string {
  const mac = createHmac('sha256', key).update(`${organizationId}:${secretVersion}`).digest('base64url');
  return `whsec_${mac}`;
}

/**
 * The X-Warta-Signature value: "sha256=" + hex HMAC-SHA256 of "<timestamp>.<raw body>", keyed with
 * the secret string exactly as shown to the admin (including "whsec_").
 */
export function signWebhookPayload(secret: string, timestamp: number | string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does (and what the README shows): recompute, compare in constant time, and refuse
 * timestamps outside the tolerance so a captured request cannot be replayed later.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds)
    return false;
  const expected = Buffer.from(signWebhookPayload(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
