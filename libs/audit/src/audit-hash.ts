import { createHash, createHmac } from 'node:crypto';

/** The fields a hash covers: everything a person would care about if it were altered. */
export interface HashedAuditFields {
  chainKey: string;
  seq: string;
  organizationId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  reason: string | null;
  data: unknown;
  requestId: string | null;
  createdAt: string; // ISO, millisecond precision
  prevHash: string;
}

/** JSON with sorted keys, so the same content always hashes the same way (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * Chain version 1: plain SHA-256. Anyone who can write the database can recompute it, so it is only
 * accepted for the rows written before the switch to version 2 (`keyed_from`).
 */
export function hashAuditEvent(fields: HashedAuditFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

/** 1: plain SHA-256 (rows before the switch); 2: HMAC-SHA256 with AUDIT_CHAIN_KEY. */
export type ChainVersion = 1 | 2;
export const KEYED_CHAIN_VERSION: ChainVersion = 2;

/**
 * Chain version 2: HMAC-SHA256 keyed with AUDIT_CHAIN_KEY, over the same fields plus the version
 * itself (so a keyed row cannot be passed off as a legacy one with the same hash). Without the
 * key, which the database never holds, an edited event's hash cannot be recomputed.
 */
export function keyedAuditHash(fields: HashedAuditFields, key: string): string {
  return createHmac('sha256', key)
    .update(canonicalJson({ ...fields, chainVersion: KEYED_CHAIN_VERSION }))
    .digest('hex');
}

export function auditHashFor(version: number, fields: HashedAuditFields, key: string): string | null {
  if (version === 1) return hashAuditEvent(fields);
  if (version === 2) return keyedAuditHash(fields, key);
  return null;
}

export const GENESIS_HASH = '0'.repeat(64);
