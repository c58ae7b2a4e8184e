import { DomainError } from '@warta/core';

/** Keyset cursor over (created_at, id): stable under inserts, cheap at any depth. */
export interface CursorPosition {
  at: string;
  id: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(pos: CursorPosition): string {
  return Buffer.from(JSON.stringify([pos.at, pos.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BIGINT = /^[1-9]\d{0,18}$/;
const BIGINT_MAX = 9223372036854775807n;
/**
 * Exactly what encodeCursor writes (Date#toISOString, or microseconds where a list sorts on a
 * timestamptz that has them, as the posts list does), so a forged one never reaches a SQL cast.
 */
const AT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(\d{3})?Z$/;

function validAt(at: unknown): at is string {
  if (typeof at !== 'string') return false;
  const m = AT.exec(at);
  // Year 0 does not exist in Postgres; a date that does not round-trip (Feb 30) was not ours.
  if (!m || Number(m[1]) < 1) return false;
  const ms = at.length > 24 ? `${at.slice(0, 23)}Z` : at;
  const d = new Date(ms);
  return !Number.isNaN(d.getTime()) && d.toISOString() === ms;
}

function validId(id: unknown, idType: 'uuid' | 'bigint'): id is string {
  if (typeof id !== 'string') return false;
  if (idType === 'uuid') return UUID.test(id);
  return BIGINT.test(id) && BigInt(id) <= BIGINT_MAX;
}

/**
 * The position a cursor names, or null for no cursor. Anything that is not a cursor we wrote (bad
 * base64, not JSON, wrong types, a date Postgres cannot read, an id that is not the list's key type)
 * is INVALID_CURSOR, a 400.
 */
export function decodeCursor(
  cursor: string | undefined | null,
  idType: 'uuid' | 'bigint' = 'uuid',
): CursorPosition | null {
  if (!cursor) return null;
  if (cursor.length <= 200 && /^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (Array.isArray(parsed) && parsed.length === 2 && validAt(parsed[0]) && validId(parsed[1], idType)) {
        return { at: parsed[0], id: parsed[1] };
      }
    } catch {
      // fall through
    }
  }
  throw new DomainError('INVALID_CURSOR');
}

export function pageOf<T>(rows: T[], limit: number, position: (row: T) => CursorPosition): Page<T> {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return { items, nextCursor: hasMore ? encodeCursor(position(items[items.length - 1])) : null };
}
