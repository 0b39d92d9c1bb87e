// `npm run screenshots`: refreshes the README's pictures in test/screenshots/ on purpose, by running
// the specs that take them with README_SCREENSHOTS=1. Ordinary test runs write to test/artifacts/.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

// Playwright's own entry, run with this Node (node_modules/.bin holds .cmd shims on Windows).
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const specs = ['wizard.spec.ts', 'screens.spec.ts'];
const r = spawnSync(process.execPath, [cli, 'test', '-c', 'test/e2e/playwright.config.ts', ...specs], {
  stdio: 'inherit',
  env: { ...process.env, README_SCREENSHOTS: '1' },
});
process.exit(r.status ?? 1);
