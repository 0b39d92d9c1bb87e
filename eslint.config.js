import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Environment boundaries are enforced here, not by memory (see ../shared/DESIGN.md):
// - renderer/ runs sandboxed in a page: no `electron`, no Node built-ins.
// - main/ services run under plain Node (tests, browser mode): only main/electron/ may import `electron`.
const nodeBuiltins = [
  'node:*', 'fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net',
  'tls', 'zlib', 'stream', 'url', 'util', 'events', 'worker_threads', 'buffer', 'process',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/artifacts/**', 'test-results/**', 'playwright-report/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer is sandboxed: reach main through renderer/api.ts.' }],
        patterns: [
          { group: nodeBuiltins, message: 'The renderer runs in a page: no Node built-ins.' },
          { regex: '(^|/)main/(?!ipc/contract(/|$)|shared/)', message: 'The renderer may import only the pure contract (main/ipc/contract) and main/shared.' },
        ],
      }],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Services run under plain Node: only main/electron/ may import electron.' }],
      }],
    },
  },
  {
    files: ['main/ipc/contract/**/*.ts', 'main/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The contract is shared with the renderer.' }],
        patterns: [{ group: nodeBuiltins, message: 'The contract is shared with the renderer: no Node built-ins.' }],
      }],
    },
  },
);
