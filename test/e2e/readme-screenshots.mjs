// `npm run screenshots`: refreshes the README's pictures in test/screenshots/ on purpose, by running
// the specs that take them with README_SCREENSHOTS=1. Ordinary test runs write to test/artifacts/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = path.join('node_modules', '.bin', 'playwright');
const specs = ['wizard.spec.ts', 'screens.spec.ts'];
const r = spawnSync(bin, ['test', '-c', 'test/e2e/playwright.config.ts', ...specs], {
  stdio: 'inherit',
  env: { ...process.env, README_SCREENSHOTS: '1' },
});
process.exit(r.status ?? 1);
