import type { Config } from 'jest';

// Three tiers, one runner: unit specs need no I/O; integration and e2e specs talk to the real
// Postgres, Redis and sandbox. Each integration/e2e file gets its own cloned database (see
// libs/testing/src/global-setup.ts), so files run in parallel without sharing state.
// `@warta/<lib>/testing` is a lib's entry for tests, scripts and benches (its repositories).
const moduleNameMapper = {
  '^@warta/([a-z0-9-]+)/testing$': '<rootDir>/libs/$1/src/testing',
  '^@warta/([a-z0-9-]+)$': '<rootDir>/libs/$1/src',
};
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

// The web app's component tests: jsdom, React's automatic JSX runtime, CSS imports ignored.
const web = {
  rootDir: __dirname,
  displayName: 'web',
  roots: ['<rootDir>/apps/web'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleFileExtensions: ['tsx', 'ts', 'js', 'json'],
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/apps/web/test/setup-tests.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/apps/web/test/style-stub.ts',
    '^@web/(.*)$': '<rootDir>/apps/web/src/$1',
    '^@warta/composer$': '<rootDir>/libs/composer/src/browser.ts',
    '^@warta/core$': '<rootDir>/libs/core/src/browser.ts',
  },
};

const config: Config = {
  // Integration and e2e tests wait on real Postgres, Redis and child processes on a 2-core machine.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    web,
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
      // The web app's browser journeys live beside it.
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      globalSetup: '<rootDir>/libs/testing/src/e2e-global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
      testTimeout: 120_000,
    },
  ],
};

export default config;
