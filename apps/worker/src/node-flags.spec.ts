import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_FLAGS } from '../../../scripts/node-flags';

const ROOT = join(__dirname, '..', '..', '..');

/** The worker's V8 flags live in scripts/node-flags.ts; the two launchers that cannot import it repeat them. */
describe('worker node flags', () => {
  const flags = NODE_FLAGS.worker;

  it('has some to check', () => {
    expect(flags.length).toBeGreaterThan(0);
  });

  it('npm run start:worker passes them', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['start:worker']).toBe(`node ${flags.join(' ')} scripts/run.js worker`);
  });

  it('docker/compose.yml starts the worker with them', () => {
    const compose = readFileSync(join(ROOT, 'docker', 'compose.yml'), 'utf8');
    const command = JSON.stringify(['node', ...flags, 'dist/apps/worker/src/main.js']).replace(/,/g, ', ');
    expect(compose).toContain(`command: ${command}`);
  });
});
