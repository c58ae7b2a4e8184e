#!/usr/bin/env node
// `npm test`: every tier (unit, integration, e2e) in one jest run against the real Postgres, Redis and
// sandbox, then one plain closing line `jest: N passed, N failed` read from jest's JSON result.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const resultFile = path.join(root, '.jest-results.json');
fs.rmSync(resultFile, { force: true });

// --forceExit: a leaked handle in one test must not hang CI for its whole time budget; run
// `npx jest --detectOpenHandles` to find such leaks.
const args = ['--json', `--outputFile=${resultFile}`, '--forceExit', ...process.argv.slice(2)];
if (process.env.CI) args.push('--ci');
const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  skipped = r.numPendingTests + (r.numTodoTests || 0);
} catch {
  failed = Math.max(failed, 1);
}
console.log(`jest: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
