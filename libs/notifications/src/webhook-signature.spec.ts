import { createHmac } from 'node:crypto';
import { deriveWebhookSecret, signWebhookPayload, verifyWebhookSignature } from './webhook-signature';

const KEY = 'k'.repeat(40);
const ORG = '3f1c2a9e-0000-4000-8000-000000000001';

describe('webhook signatures', () => {
  it('derives one stable secret per node and secret version, and a different one after rotation', () => {
    const s1 = deriveWebhookSecret(KEY, ORG, 1);
    expect(s1).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(deriveWebhookSecret(KEY, ORG, 1)).toBe(s1);
    expect(deriveWebhookSecret(KEY, ORG, 2)).not.toBe(s1);
    expect(deriveWebhookSecret(KEY, ORG.replace(/1$/, '2'), 1)).not.toBe(s1);
    expect(deriveWebhookSecret('x'.repeat(40), ORG, 1)).not.toBe(s1);
  });

  it('signs "<timestamp>.<body>" with HMAC-SHA256 keyed by the secret string, as a receiver recomputes it', () => {
    const secret = deriveWebhookSecret(KEY, ORG, 1);
    const body = '{"id":"n1","event":"post_failed"}';
    const expected = createHmac('sha256', secret).update(`1764720000.${body}`).digest('hex');
    expect(signWebhookPayload(secret, 1764720000, body)).toBe(`sha256=${expected}`);
  });

  it('verification accepts the real signature and refuses a changed body, another secret, or an old timestamp', () => {
    const secret = deriveWebhookSecret(KEY, ORG, 1);
    const body = '{"id":"n1"}';
    const ts = 1764720000;
    const signature = signWebhookPayload(secret, ts, body);
    const headers = { timestamp: String(ts), signature };
    expect(verifyWebhookSignature(secret, headers, body, ts + 10)).toBe(true);
    expect(verifyWebhookSignature(secret, headers, '{"id":"n2"}', ts + 10)).toBe(false);
    expect(verifyWebhookSignature(deriveWebhookSecret(KEY, ORG, 2), headers, body, ts + 10)).toBe(false);
    expect(verifyWebhookSignature(secret, headers, body, ts + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, { timestamp: String(ts + 1), signature }, body, ts)).toBe(false);
    expect(verifyWebhookSignature(secret, { timestamp: 'abc', signature }, body, ts)).toBe(false);
    expect(verifyWebhookSignature(secret, { timestamp: String(ts), signature: undefined }, body, ts)).toBe(
      false,
    );
  });
});
