// Lint rules: strict TypeScript, no import cycles, and layer boundaries between packages, client and server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/dist.next-*/**', 'data/**', 'test/fixtures/**'] },
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
    files: ['client/src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: clientLayers() }] },
  },
  {
    // import-x cannot resolve vite's and @vitejs/plugin-react's export maps; a build config is never part of a cycle.
    files: ['client/vite.config.ts', 'client/build/**/*.ts'],
    rules: { 'import-x/no-cycle': 'off' },
  },
);

/*
 * The client's layers, each importing only from those below it: shared ← sync ← board ← features ← app.
 * Features do not import each other either; the app composes them. The one exception is listed here.
 */
function clientLayers() {
  const src = (folder) => `client/src/${folder}`;
  const features = [
    'discussion',
    'workshop',
    'versions',
    'interchange',
    'analysis',
    'upstream',
    'library',
    'auth',
    'members',
  ];
  // A frozen version shows its threads with the discussion's comment view.
  const allowed = { versions: ['discussion'] };
  const above = (layers) => layers.flatMap((layer) => (layer === 'features' ? features : [layer])).map(src);
  return [
    {
      target: src('shared'),
      from: above(['sync', 'board', 'features', 'app']),
      message: 'shared/ is the bottom layer: it imports no other client folder.',
    },
    {
      target: src('sync'),
      from: above(['board', 'features', 'app']),
      message: 'sync/ may import only shared/.',
    },
    {
      target: src('board'),
      from: above(['features', 'app']),
      message:
        'board/ is the canvas and its slots: features register what they add, the board imports none of them.',
    },
    ...features.map((feature) => ({
      target: src(feature),
      from: [
        src('app'),
        ...features
          .filter((other) => other !== feature && !(allowed[feature] ?? []).includes(other))
          .map(src),
      ],
      message:
        'A feature imports shared/, sync/ and board/ only; app/ composes features (see docs/architecture.md).',
    })),
  ];
}
