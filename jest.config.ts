import type { Config } from 'jest';

// Three tiers, one runner: unit specs need no I/O; integration and e2e specs talk to the real
// Postgres, Redis and sandbox. Each integration/e2e file gets its own cloned database (see
// libs/testing/src/global-setup.ts), so files run in parallel without sharing state.
const moduleNameMapper = { '^@warta/([a-z0-9-]+)$': '<rootDir>/libs/$1/src' };
const transform = { '^.+\\.(t|j)s$': ['@swc/jest', { swcrc: true }] as [string, Record<string, unknown>] };
const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/bench', '<rootDir>/scripts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/web/'],
};

const config: Config = {
  // Integration and e2e tests wait on real Postgres, Redis and child processes on a 2-core machine.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
      testTimeout: 60_000,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
      testTimeout: 120_000,
    },
  ],
};

export default config;
