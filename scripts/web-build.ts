import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const WEB = join(ROOT, 'apps/web');
const BUILT = join(WEB, 'dist/index.html');
/** What the browser bundle is made of: the app and the libs it runs in the browser. */
const SOURCES = [
  join(WEB, 'src'),
  join(WEB, 'index.html'),
  join(WEB, 'vite.config.mts'),
  join(ROOT, 'libs/composer/src'),
  join(ROOT, 'libs/core/src'),
  join(ROOT, 'package-lock.json'),
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when apps/web/dist is missing or older than any of its sources. */
export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

/** Builds the web app with Vite (what `npm run build:web` does); throws when the build fails. */
export function buildWeb(): void {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(WEB, 'vite.config.mts'),
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
  );
  if (run.status !== 0) throw new Error(`the web app did not build (vite exited ${run.status})`);
  precompress(join(WEB, 'dist/assets'));
}

/**
 * Each script and style sheet also as `.gz`, compressed once at build time at the highest level,
 * which the api sends to browsers that accept gzip (a humas office's connection is often slow).
 */
function precompress(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css|svg|json)$/.test(name)) continue;
    const file = join(dir, name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
}

/** Builds the web app only when its sources are newer than the last build. */
export function ensureWebBuilt(log: (line: string) => void = console.log): void {
  if (!webBuildIsStale()) return;
  log('building the web app (apps/web) ...');
  buildWeb();
}

if (require.main === module) buildWeb();
