import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/system-tools';

// Browser mode in the machine's own Chromium, Chrome or Edge (or one Playwright already downloaded),
// found by test/support/system-tools.ts. Electron specs skip themselves unless an Electron binary
// is present.
export default defineConfig({
  testDir: '.',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  outputDir: '../artifacts/playwright',
  reporter: [['list'], ['json', { outputFile: '../artifacts/playwright-results.json' }]],
  use: {
    launchOptions: chromiumLaunchOptions(['--disable-quic']),
    viewport: { width: 1360, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
