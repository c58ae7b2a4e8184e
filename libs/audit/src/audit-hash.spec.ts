import { auditHashFor, canonicalJson, GENESIS_HASH, hashAuditEvent, keyedAuditHash } from './audit-hash';

describe('audit hashing', () => {
  const base = {
    chainKey: 'org-1',
    seq: '1',
    organizationId: 'org-1',
    actorId: 'user-1',
    action: 'membership.created',
    subjectType: 'membership',
    subjectId: 'm-1',
    reason: null,
    data: { role: 'editor', nested: { b: 1, a: 2 } },
    requestId: 'req-1',
    createdAt: '2026-11-28T01:00:00.000Z',
    prevHash: GENESIS_HASH,
  };

  it('is independent of key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
    expect(hashAuditEvent(base)).toBe(
      hashAuditEvent({ ...base, data: { nested: { a: 2, b: 1 }, role: 'editor' } }),
    );
  });

  it('changes when any recorded field changes', () => {
    const h = hashAuditEvent(base);
    expect(hashAuditEvent({ ...base, action: 'membership.deleted' })).not.toBe(h);
    expect(hashAuditEvent({ ...base, data: { role: 'admin', nested: { a: 2, b: 1 } } })).not.toBe(h);
    expect(hashAuditEvent({ ...base, prevHash: 'f'.repeat(64) })).not.toBe(h);
    expect(hashAuditEvent({ ...base, createdAt: '2026-11-28T01:00:00.001Z' })).not.toBe(h);
  });

  it('keys version 2: the hash depends on the key, and is never the plain SHA-256 of the same row', () => {
    const key = 'k'.repeat(40);
    const keyed = keyedAuditHash(base, key);
    expect(keyed).toMatch(/^[0-9a-f]{64}$/);
    expect(keyedAuditHash(base, 'j'.repeat(40))).not.toBe(keyed);
    expect(keyed).not.toBe(hashAuditEvent(base));
    expect(keyedAuditHash({ ...base, reason: 'changed' }, key)).not.toBe(keyed);
    expect(auditHashFor(2, base, key)).toBe(keyed);
    expect(auditHashFor(1, base, key)).toBe(hashAuditEvent(base));
    expect(auditHashFor(3, base, key)).toBeNull();
  });
});
