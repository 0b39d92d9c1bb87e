import { defineConfig } from '@playwright/test';

// Browser mode in Debian's Chromium (never a downloaded browser). Electron specs skip themselves
// unless an Electron binary is present.
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
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
    viewport: { width: 1360, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
