import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { readdirSync } from 'node:fs';

// DESIGN §3's layers, bottom first: a lib may import the libs of the rows below its own, never its
// row or above (a cycle means a boundary is wrong). libs/testing serves tests only, beside the layers.
const LIB_ROWS = [
  ['config'],
  ['core'],
  ['database'],
  ['audit', 'identity', 'connectors', 'composer', 'queue'],
  ['organizations'],
  ['media', 'notifications'],
  ['releases', 'accounts'],
  ['publishing', 'analytics'],
];
const LIB_LAYERS = {
  ...Object.fromEntries(LIB_ROWS.flatMap((row, i) => row.map((lib) => [lib, LIB_ROWS.slice(0, i).flat()]))),
  testing: ['database', 'core', 'config'],
};
const ALL_LIBS = Object.keys(LIB_LAYERS);
const TEST_FILES = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'];

/** `no-restricted-imports` patterns refusing every lib outside `allowed` (and the lib itself by name). */
function libsOutside(allowed, why) {
  const refused = ALL_LIBS.filter((l) => !allowed.includes(l));
  return refused.length ? [{ group: refused.map((l) => `@warta/${l}`), message: why }] : [];
}

/** Apps call use cases; repositories stay inside their lib (DESIGN §3, STYLE "Shape of the code"). */
const NO_REPOSITORIES = [
  {
    group: ['**/*.repository', '**/*.repository.ts'],
    message: 'Apps reach use cases only: a repository stays inside its lib.',
  },
  {
    group: ['@warta/*'],
    importNamePattern: 'Repository$',
    message: 'Apps reach use cases only: ask the lib for a use case instead of its repository.',
  },
];

/**
 * `@warta/<lib>/testing` hands a lib's repositories to tests, scripts and benches for setting up
 * data; product code reaches a lib through its barrel's use cases (DESIGN §3). Flat config replaces
 * a rule's options per block rather than merging them, so every product block below includes this.
 */
const NO_TESTING_ENTRIES = {
  group: ['@warta/*/testing'],
  message:
    "`@warta/<lib>/testing` is for tests, scripts and benches: product code calls the lib's use cases.",
};

/** One config block per lib: product files keep to the layers; a lib's tests may also use libs/testing. */
function libBoundaries() {
  return ALL_LIBS.flatMap((lib) => {
    const why = `DESIGN §3: libs/${lib} may import only ${LIB_LAYERS[lib].map((l) => `@warta/${l}`).join(', ') || 'no other lib'}.`;
    const own = [...LIB_LAYERS[lib], lib];
    return [
      {
        files: [`libs/${lib}/**/*.ts`],
        ignores: TEST_FILES,
        rules: {
          'no-restricted-imports': [
            'error',
            { patterns: [...libsOutside(own, why), ...(lib === 'testing' ? [] : [NO_TESTING_ENTRIES])] },
          ],
        },
      },
      {
        files: TEST_FILES.map((t) => `libs/${lib}/${t}`),
        rules: { 'no-restricted-imports': ['error', { patterns: libsOutside([...own, 'testing'], why) }] },
      },
    ];
  });
}

// The web app's one-way flow (STYLE "The web app"): shared (components, lib) -> features -> app;
// a feature never imports another feature. Of the libs it uses the composer's pure rules only.
const WEB_FEATURES = readdirSync(new URL('./apps/web/src/features', import.meta.url));
const WEB_LIBS = libsOutside(
  ['composer'],
  'The web app runs libs/composer in the browser and nothing else of libs/.',
);
const WEB_SPEC_FILES = ['**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e-spec.ts'];

function webBoundaries() {
  const noApp = {
    group: ['@web/app', '@web/app/*'],
    message: 'The flow is one way: shared -> features -> app.',
  };
  return [
    {
      files: ['apps/web/src/components/**', 'apps/web/src/lib/**', 'apps/web/src/locales/**'],
      ignores: WEB_SPEC_FILES,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...WEB_LIBS,
              noApp,
              {
                group: ['@web/features', '@web/features/*'],
                message: 'Shared code never imports a feature.',
              },
            ],
          },
        ],
      },
    },
    ...WEB_FEATURES.map((feature) => ({
      files: [`apps/web/src/features/${feature}/**`],
      ignores: WEB_SPEC_FILES,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...WEB_LIBS,
              noApp,
              {
                group: [
                  '@web/features/*',
                  `!@web/features/${feature}`,
                  `!@web/features/${feature}/**`,
                  '../../*',
                ],
                message: `features/${feature} never imports another feature: move what both need to src/components or src/lib.`,
              },
            ],
          },
        ],
      },
    })),
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'apps/web/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='forwardRef']",
          message: 'No forwardRef: a module cycle means a boundary is wrong.',
        },
      ],
    },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/config/**', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only libs/config reads process.env.' },
      ],
    },
  },
  {
    // Issue 19: a function a newcomer can read in one screen. Tests and migrations (schema SQL) aside.
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    ignores: [
      ...TEST_FILES,
      ...WEB_SPEC_FILES,
      '**/migrations/**',
      '**/test/**',
      '**/testing/**',
      '**/testing.ts',
    ],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false }] },
  },
  ...libBoundaries(),
  {
    files: ['apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NO_REPOSITORIES,
            { group: ['@warta/testing'], message: 'libs/testing is for tests only.' },
            NO_TESTING_ENTRIES,
          ],
        },
      ],
    },
  },
  {
    files: ['apps/sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NO_REPOSITORIES,
            ...libsOutside(
              ['config', 'core', 'testing'],
              'DESIGN §3: the sandbox imports only @warta/config and @warta/core (its tests also @warta/testing).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        localStorage: 'readonly',
        navigator: 'readonly',
        requestAnimationFrame: 'readonly',
        HTMLElement: 'readonly',
      },
    },
  },
  ...webBoundaries(),
);
