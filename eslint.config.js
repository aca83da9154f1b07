import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const platformPackages = [
  'electron',
  'react',
  'react-dom',
  'react-router',
  'dexie',
  'dexie-react-hooks',
  'zustand',
];
// Bare builtin names go in `paths` (exact match): as gitignore-style patterns, 'crypto' would also
// match a local folder such as ./crypto/.
const nodeBuiltinNames = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
  'net',
];
const nodeBuiltins = ['node:*'];
const nodeBuiltinPaths = nodeBuiltinNames.map((name) => ({
  name,
  message: 'No Node builtins here: this code runs outside Node.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  // shared/ is pure: no platform, framework or storage imports.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths,
          patterns: [
            {
              group: [...platformPackages, ...nodeBuiltins],
              message: 'shared/ stays pure: no platform imports.',
            },
            {
              group: ['**/renderer/**', '**/electron/**', '**/scripts/**'],
              message: 'shared/ imports only shared/.',
            },
          ],
        },
      ],
    },
  },
  // The renderer never reaches into the main process or Node.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths,
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'The renderer reaches the OS only through DesktopApi.',
            },
            { group: ['**/electron/**'], message: 'The renderer never imports electron/.' },
          ],
        },
      ],
    },
  },
  // Dexie only through the repositories in renderer/src/db.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltinPaths,
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'The renderer reaches the OS only through DesktopApi.',
            },
            { group: ['**/electron/**'], message: 'The renderer never imports electron/.' },
            {
              group: ['dexie', 'dexie-react-hooks'],
              message: 'Use the repositories in renderer/src/db.',
            },
          ],
        },
      ],
    },
  },
  // The main process never imports the renderer.
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', 'dexie'],
              message: 'electron/ never imports renderer code.',
            },
          ],
        },
      ],
    },
  },
);
