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

export function decodeCursor(cursor: string | undefined | null): CursorPosition | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      !Number.isNaN(Date.parse(parsed[0])) &&
      /^[0-9a-f-]{1,36}$/i.test(parsed[1])
    ) {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw new DomainError('INVALID_CURSOR');
}

export function pageOf<T>(rows: T[], limit: number, position: (row: T) => CursorPosition): Page<T> {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return { items, nextCursor: hasMore ? encodeCursor(position(items[items.length - 1])) : null };
}
