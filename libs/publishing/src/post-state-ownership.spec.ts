import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// DESIGN §3 and issue 19: a post's state and version are publishing's. Only the transitions table
// decides a move and only publishing's repositories write it; everyone else asks a use case.
const ROOT = join(__dirname, '..', '..', '..');
const OWNERS = /^libs\/publishing\/src\/(.+\/)?[a-z-]+\.repository\.ts$/;

function productFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return e.name === 'node_modules' || e.name === 'migrations' ? [] : productFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.(spec|int-spec|e2e-spec)\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The SET list of every `UPDATE posts ... SET ...` statement in `source`. */
export function postUpdates(source: string): string[] {
  const found: string[] = [];
  const update =
    /UPDATE\s+posts\b(?:\s+(?!SET\b)\w+)?\s+SET\s+([\s\S]*?)(?:\bWHERE\b|\bFROM\b|\bRETURNING\b|`)/gi;
  for (let m = update.exec(source); m; m = update.exec(source)) found.push(m[1]);
  return found;
}

function writesStateOrVersion(set: string): boolean {
  return /(^|[\s,(])(state|version)\s*=/i.test(set);
}

describe('who writes a post’s state and version', () => {
  it('finds the SET list of an UPDATE, with or without an alias', () => {
    expect(postUpdates('`UPDATE posts p SET state = $2, x = 1 WHERE id = $1`')).toEqual([
      'state = $2, x = 1 ',
    ]);
    expect(postUpdates('`UPDATE posts SET content = $3 WHERE id = $1`').map(writesStateOrVersion)).toEqual([
      false,
    ]);
    expect(
      postUpdates('`UPDATE posts SET content = $2, version = version + 1`').map(writesStateOrVersion),
    ).toEqual([true]);
    expect(writesStateOrVersion('last_error_class = $2, state_changed_at = now()')).toBe(false);
  });

  it('is publishing’s repositories only', () => {
    const writers = ['apps', 'libs', 'scripts']
      .flatMap((d) => productFiles(join(ROOT, d)))
      .filter((f) => postUpdates(readFileSync(f, 'utf8')).some(writesStateOrVersion))
      .map((f) => relative(ROOT, f));
    expect(writers.length).toBeGreaterThan(0);
    expect(writers.filter((f) => !OWNERS.test(f))).toEqual([]);
  });
});
