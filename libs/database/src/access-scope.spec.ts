import { AccessScope } from './access-scope';

describe('AccessScope', () => {
  it('collapses nested roots and covers descendants only', () => {
    const s = AccessScope.fromRootPaths('u', 'org:read', ['/a/b/', '/a/', '/c/d/']);
    expect(s.rootPaths).toEqual(['/a/', '/c/d/']);
    expect(s.covers('/a/x/y/')).toBe(true);
    expect(s.covers('/c/d/')).toBe(true);
    expect(s.covers('/c/')).toBe(false);
    expect(s.covers('/cd/')).toBe(false);
  });

  it('matches nothing when empty', () => {
    const s = AccessScope.fromRootPaths('u', 'org:read', []);
    expect(s.sql('o.path', 1)).toEqual({ clause: 'FALSE', params: [] });
  });

  it('renders LIKE ANY with escaped prefixes', () => {
    const s = AccessScope.fromRootPaths('u', 'org:read', ['/a_b/']);
    expect(s.sql('o.path', 3)).toEqual({ clause: 'o.path LIKE ANY ($3::text[])', params: [['/a\\_b/%']] });
  });
});
