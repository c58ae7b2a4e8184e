import { AccessScope } from './access-scope';
import { encodeCursor } from './pagination';
import { containsPattern, ScopedWhere } from './scoped-where';

describe('ScopedWhere', () => {
  const scope = AccessScope.fromRootPaths('u', 'org:read', ['/a/']);

  it('always starts from the scope and numbers parameters in order, skipping undefined filters', () => {
    const w = new ScopedWhere(scope, 'o.path')
      .and('o.kind = ?', 'unit')
      .and('o.parent_id = ?', undefined)
      .and('(o.name ILIKE ? OR o.slug ILIKE ?)', '%x%');
    const limit = w.param(51);
    expect(w.sql).toBe(
      'o.path LIKE ANY ($1::text[]) AND o.kind = $2 AND (o.name ILIKE $3 OR o.slug ILIKE $3)',
    );
    expect(limit).toBe('$4');
    expect(w.params).toEqual([['/a/%'], 'unit', '%x%', 51]);
  });

  it('adds the keyset condition in either direction', () => {
    const cursor = encodeCursor({ at: '2026-11-28T00:00:00.000Z', id: '42' });
    // audit events are keyed by bigint: the cursor is decoded against the list's key type.
    const asc = new ScopedWhere(scope, 'o.path').afterCursor(cursor, {
      at: 'e.created_at',
      id: 'e.id',
      idType: 'bigint',
    });
    expect(asc.sql).toContain('(e.created_at, e.id) > ($2::timestamptz, $3::bigint)');
    const desc = new ScopedWhere(scope, 'o.path').afterCursor(
      cursor,
      { at: 'e.created_at', id: 'e.id', idType: 'bigint' },
      'desc',
    );
    expect(desc.sql).toContain('(e.created_at, e.id) < ($2::timestamptz, $3::bigint)');
    expect(
      new ScopedWhere(scope, 'o.path').afterCursor(undefined, { at: 'a', id: 'b', idType: 'uuid' }).params,
    ).toHaveLength(1);
  });

  it('an empty scope matches nothing whatever else is added', () => {
    const w = new ScopedWhere(AccessScope.fromRootPaths('u', 'org:read', []), 'o.path').and(
      'o.kind = ?',
      'unit',
    );
    expect(w.sql.startsWith('FALSE AND')).toBe(true);
  });

  it('escapes LIKE wildcards in user text', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
