import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { committedWebApiTypes, WEB_API_TYPES } from './web-api-types';

const ROOT = join(__dirname, '..');
// openapi-typescript's dependencies are ES modules jest cannot load: the check runs as the command does.
const check = () =>
  spawnSync(process.execPath, ['-r', './scripts/register.js', 'scripts/web-api-types.ts', '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });

/**
 * The web client is typed from the api's own OpenAPI document; a DTO change not followed by
 * `npm run web:api-types` would let the web app compile against answers the api no longer gives.
 * (apps/api/test/openapi.int-spec.ts checks that this document is the one the api serves.)
 */
describe('web api types', () => {
  it('are generated from the OpenAPI document the api describes today', () => {
    const run = check();
    expect(run.stdout).toContain('web api types are current');
    expect(run.status).toBe(0);
  }, 60_000);

  it('are reported stale when they differ from the document', () => {
    const committed = committedWebApiTypes();
    try {
      writeFileSync(
        WEB_API_TYPES,
        committed.replace('PostDetailView: {', 'PostDetailView: {\n            stale?: true;'),
      );
      const run = check();
      expect(run.stdout).toContain('is stale');
      expect(run.status).toBe(1);
    } finally {
      writeFileSync(WEB_API_TYPES, committed);
    }
  }, 60_000);
});
