import { createHash } from 'node:crypto';

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

export function hashAuditEvent(fields: HashedAuditFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

export const GENESIS_HASH = '0'.repeat(64);
