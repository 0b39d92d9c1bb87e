import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import path from 'node:path';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Environment boundaries are enforced here, not by memory:
// - renderer/ runs sandboxed in a page: no `electron`, no Node built-ins.
// - main/ services run under plain Node (tests, browser mode): only main/electron/ may import `electron`.
// - Layers inside main/, from the ground up (a layer never imports one above it):
//     shared → net, store, vault, logging, prefs → certn, icims, sendsafely, handoff, simulator
//     → setup, health, record (step services; they may read the pure contract in ipc/contract)
//     → ipc (contract, dispatch, handlers) and services.ts → app.ts, electron, web, cli, desktop, launch.
// - No import loops, type-only imports included.
const nodeBuiltins = [
  'node:*', 'fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net',
  'tls', 'zlib', 'stream', 'url', 'util', 'events', 'worker_threads', 'buffer', 'process',
];

const HOSTS = ['main/app.ts', 'main/electron', 'main/web', 'main/cli', 'main/desktop', 'main/launch'];
const LAYERS = [
  ['main/shared'],
  ['main/net', 'main/store', 'main/vault', 'main/logging', 'main/prefs'],
  ['main/certn', 'main/icims', 'main/sendsafely', 'main/handoff', 'main/simulator'],
  ['main/setup', 'main/health', 'main/record'],
  // services.ts only names what the composition root builds, for the handlers to take apart.
  ['main/ipc', 'main/services.ts'],
  HOSTS,
];
const STEP_LAYER = 3;
/** Every layer may import the ones below it only; step services may also read the pure contract. */
const layerZones = LAYERS.flatMap((targets, i) =>
  LAYERS.slice(i + 1).flat().map((from) => ({
    target: targets.map((t) => `./${t}`),
    from: `./${from}`,
    ...(i === STEP_LAYER && from === 'main/ipc' ? { except: ['./contract'] } : {}),
    message: `${targets.join(', ')} sit below ${from}: move the shared part down a layer, or pass it in from the composition root (main/app.ts).`,
  })),
);

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
    files: ['main/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(import.meta.dirname, 'tsconfig.json') })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
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
