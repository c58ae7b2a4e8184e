import { AccessScope } from './access-scope';
import { decodeCursor } from './pagination';

/**
 * Builds the WHERE clause of a scoped list: it starts from the caller's AccessScope (so a list
 * cannot forget it), numbers parameters itself, and knows the keyset-cursor condition every list
 * shares. `?` in a condition is replaced by the parameter just added.
 */
export class ScopedWhere {
  readonly params: unknown[] = [];
  private readonly clauses: string[] = [];

  constructor(scope: AccessScope, pathColumn: string) {
    const s = scope.sql(pathColumn, 1);
    this.clauses.push(s.clause);
    this.params.push(...s.params);
  }

  /** Adds `sql` (with `?` standing for `value`) when `value` is not undefined. */
  and(sql: string, value: unknown): this {
    if (value === undefined) return this;
    this.params.push(value);
    this.clauses.push(sql.replaceAll('?', `$${this.params.length}`));
    return this;
  }

  /** Rows after (ascending) or before (descending) the cursor position, by (createdAt, id). */
  afterCursor(
    cursor: string | undefined,
    columns: { at: string; id: string; idType: 'uuid' | 'bigint' },
    direction: 'asc' | 'desc' = 'asc',
  ): this {
    const position = decodeCursor(cursor, columns.idType);
    if (!position) return this;
    this.params.push(position.at, position.id);
    const n = this.params.length;
    const op = direction === 'asc' ? '>' : '<';
    this.clauses.push(
      `(${columns.at}, ${columns.id}) ${op} ($${n - 1}::timestamptz, $${n}::${columns.idType})`,
    );
    return this;
  }

  /** Adds a parameter that is not a condition (e.g. LIMIT) and returns its placeholder. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  get sql(): string {
    return this.clauses.join(' AND ');
  }
}

/** `%…%` for ILIKE with the user's text taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
