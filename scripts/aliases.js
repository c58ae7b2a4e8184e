// Resolves `@warta/<lib>` to libs/<lib>/src for code run outside jest (scripts, demo, globalSetup).
// In dist/ the build rewrites aliases to relative paths, so this is only needed when running from source.
const Module = require('node:module');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const original = Module._resolveFilename;
if (!original.__wartaAliases) {
  const patched = function (request, parent, ...rest) {
    const m = /^@warta\/([a-z0-9-]+)(\/.*)?$/.exec(request);
    if (m) request = path.join(root, 'libs', m[1], 'src', m[2] || '');
    return original.call(this, request, parent, ...rest);
  };
  patched.__wartaAliases = true;
  Module._resolveFilename = patched;
}
