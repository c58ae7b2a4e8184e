// Run TypeScript from source with no build step: swc transpiles each .ts file as Node loads it
// (same .swcrc as jest), and @warta/* aliases resolve to libs/*/src.
require('./aliases');
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '.swcrc'), 'utf8'));
delete swcrc.$schema;
swcrc.swcrc = false;
swcrc.sourceMaps = 'inline';

require.extensions['.ts'] = function (module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, { ...swcrc, filename });
  module._compile(code, filename);
};
process.setSourceMapsEnabled?.(true);
