// Lint rules: strict TypeScript, no import cycles, and layer boundaries between packages, client and server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '@xyflow/*', 'hono', 'hono/*', '@hono/*'],
              message: 'packages/* stay framework-free',
            },
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'ws', 'better-sqlite3'],
              message: 'packages/* must not import Node',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@prozesswerk/server', '**/server/**'], message: 'client may not import server' },
          ],
        },
      ],
    },
  },
  {
    // import-x cannot resolve vite's and @vitejs/plugin-react's export maps; a build config is never part of a cycle.
    files: ['client/vite.config.ts'],
    rules: { 'import-x/no-cycle': 'off' },
  },
);
