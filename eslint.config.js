// Type-aware lint: floating promises and non-exhaustive switches are errors.
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'coverage',
      '.prof',
      'tessera-data',
      'drizzle',
      'bench/.data',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // No import cycles among the server's modules (type imports count: a cycle of types is still two
  // modules that cannot be understood apart). The web app is its own bundle.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/web/**'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/ignore': ['node_modules'], 'import-x/extensions': ['.ts'] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }],
    },
  },
  // Layer fences (docs/ARCHITECTURE.md): the pure core touches no I/O, routes reach the store only
  // through services, services speak no HTTP.
  {
    files: [
      'src/domain/**/*.ts',
      'src/text/**/*.ts',
      'src/pipeline/**/*.ts',
      'src/analysis/**/*.ts',
      'src/interop/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'drizzle-orm',
                'drizzle-orm/*',
                'fastify',
                '@fastify/*',
                'pg',
                '@electric-sql/*',
              ],
              message: 'the pure core (domain, text, pipeline, analysis, interop) does no I/O',
            },
            {
              group: ['**/storage/*', '**/services/*', '**/api/*', '**/cli/*', '**/ingest/*'],
              message: 'the core imports nothing above it',
            },
            {
              group: ['**/config.ts'],
              message: 'config.ts reads the environment; the core is handed values',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'config.ts is the only reader of the environment' },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/analysis/*', '**/services/*', '**/api/*', '**/cli/*'],
              message:
                'the store stores and reads and decides nothing: decisions come in through the Linker ' +
                '(storage/linking.sql.ts), implemented by services/link.service.ts over analysis/',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/storage/*'], message: 'a route is a schema, one service call and a view' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['fastify', '@fastify/*', '**/api/*'], message: 'services speak no HTTP' }] },
      ],
    },
  },
);
