#!/usr/bin/env node
// Runs a TypeScript entry point from source (swc on the fly; see register.js): `node scripts/run.js <name>`.
const path = require('node:path');
const entries = {
  api: 'apps/api/src/main.ts',
  worker: 'apps/worker/src/main.ts',
  sandbox: 'apps/sandbox/src/main.ts',
  demo: 'scripts/demo.ts',
  'db:migrate': 'scripts/db-migrate.ts',
  'db:revert': 'scripts/db-revert.ts',
  'audit:verify': 'scripts/audit-verify.ts',
  'keys:rotate': 'scripts/keys-rotate.ts',
  'bench:api': 'bench/api/api.bench.ts',
  'openapi:export': 'scripts/openapi-export.ts',
};
const name = process.argv[2];
if (!entries[name]) {
  console.error(`usage: node scripts/run.js <${Object.keys(entries).join('|')}>`);
  process.exit(2);
}
require('./register');
process.argv.splice(2, 1);
require(path.join(__dirname, '..', entries[name]));
