/**
 * The part of the org tree a caller may touch for one permission: the subtrees rooted at the nodes
 * where they hold a role that grants it. Every repository method that reads tenant data takes one
 * as a required argument, so an unscoped query cannot be written by accident. Built only by
 * libs/organizations' AccessScopeService from the caller's memberships.
 */
export class AccessScope {
  private constructor(
    readonly userId: string,
    readonly permission: string,
    /** Materialized paths ('/a/b/') of the subtree roots; nested roots are already collapsed. */
    readonly rootPaths: readonly string[],
  ) {}

  static fromRootPaths(userId: string, permission: string, paths: string[]): AccessScope {
    const sorted = [...new Set(paths)].sort();
    const roots: string[] = [];
    for (const p of sorted) if (!roots.some((r) => p.startsWith(r))) roots.push(p);
    return new AccessScope(userId, permission, Object.freeze(roots));
  }

  get isEmpty(): boolean {
    return this.rootPaths.length === 0;
  }

  covers(path: string): boolean {
    return this.rootPaths.some((r) => path.startsWith(r));
  }

  /**
   * A SQL condition restricting `pathColumn` (an organizations.path) to this scope, with its
   * parameters numbered from `firstParam`. An empty scope matches nothing.
   */
  sql(pathColumn: string, firstParam: number): { clause: string; params: string[] } {
    if (this.isEmpty) return { clause: 'FALSE', params: [] };
    const params = this.rootPaths.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    // LIKE 'prefix%' on a COLLATE "C" column is an index range scan.
    return {
      clause: `${pathColumn} LIKE ANY ($${firstParam}::text[])`,
      params: [params as unknown as string],
    };
  }
}
