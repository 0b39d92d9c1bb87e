// `npm test`: unit tests (Vitest, plain Node, real SQLite/HTTP/gpg/Chromium), then the renderer
// build and the end-to-end tests (Playwright in the machine's Chromium against browser mode).
// Ends with one line `N passed, N failed, N skipped` summed over both runners.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

// 0. Before anything runs: the browser and GnuPG that npm cannot install. A missing one stops
// here with one line saying what to install, instead of every browser and gpg test failing.
const { missingPrerequisites } = await tsImport('./support/system-tools.ts', import.meta.url);
const missing = missingPrerequisites();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const ART = 'test/artifacts';
fs.mkdirSync(ART, { recursive: true });
// Each runner's JavaScript entry, run with this Node: node_modules/.bin holds .cmd shims on
// Windows, which spawnSync cannot start without a shell.
const require = createRequire(import.meta.url);
const bin = (pkg, name) => {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  const { bin: b } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return [process.execPath, path.join(dir, typeof b === 'string' ? b : b[name])];
};
const run = ([cmd, ...pre], args) => spawnSync(cmd, [...pre, ...args], { stdio: 'inherit', env: process.env }).status ?? 1;
// npm sets npm_execpath for scripts; run directly, npm is found through the shell (npm.cmd on Windows).
const runNpm = (args) =>
  process.env.npm_execpath
    ? run([process.execPath, process.env.npm_execpath], args)
    : (spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1);
const readJson = (f) => {
  try {
    return JSON.parse(fs.readFileSync(f, 'utf8'));
  } catch {
    return null;
  }
};

// Tests must leave the working tree as they found it (screenshots and reports go to test/artifacts/).
// Compared before and after, so a developer's own uncommitted edits do not count against the run.
const treeState = () => {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const diff = spawnSync('git', ['diff', '--binary', 'HEAD'], { encoding: 'buffer', maxBuffer: 1 << 28 });
  return `${r.stdout}\n${diff.stdout?.length ?? 0}:${diff.stdout ? createHash('sha256').update(diff.stdout).digest('hex') : ''}`;
};
const treeBefore = treeState();

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

// 1. Build what a person runs: the start-up tests and the end-to-end tests use it.
const built = runNpm(['run', '--silent', 'build']) === 0;
if (!built) {
  problems.push('the build failed');
  failed += 1;
}

// 2. Unit and integration tests.
const vitestJson = path.join(ART, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const unitStatus = run(bin('vitest', 'vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  if (unitStatus !== 0 && v.numFailedTests === 0) {
    problems.push(`vitest exited ${unitStatus} (a suite failed to load?)`);
    failed += Math.max(1, v.numFailedTestSuites ?? 1);
  }
} else {
  problems.push('vitest produced no report');
  failed += 1;
}

// 3. The end-to-end tests against the build.
if (built) {
  const pwJson = path.join(ART, 'playwright-results.json');
  fs.rmSync(pwJson, { force: true });
  const e2eStatus = run(bin('@playwright/test', 'playwright'), ['test', '-c', 'test/e2e/playwright.config.ts']);
  const p = readJson(pwJson);
  if (p?.stats) {
    passed += p.stats.expected + (p.stats.flaky ?? 0);
    failed += p.stats.unexpected;
    skipped += p.stats.skipped;
    if (e2eStatus !== 0 && p.stats.unexpected === 0) {
      problems.push(`playwright exited ${e2eStatus}`);
      failed += 1;
    }
  } else {
    problems.push('playwright produced no report');
    failed += 1;
  }
}

const treeAfter = treeState();
if (treeBefore !== null && treeAfter !== treeBefore) {
  const changed = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' }).stdout.trim();
  problems.push(`the tests changed the working tree:\n${changed}`);
  failed += 1;
}

for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
