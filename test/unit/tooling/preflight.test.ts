import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm test` itself (test/run-all.mjs) with a browser or gpg that is not there: it must stop before
// building or running anything, with one line. NESTED keeps a broken preflight from recursing.
const NESTED = 'CONSOLE_RUN_ALL_PREFLIGHT_TEST';

function runAll(env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['test/run-all.mjs'], {
    env: { ...process.env, ...env, [NESTED]: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) => {
    // A preflight that did not stop would go on to build and test: stop all of it.
    const timer = setTimeout(() => {
      if (process.platform === 'win32') child.kill();
      else process.kill(-child.pid!, 'SIGKILL');
    }, 45_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

describe.skipIf(process.env[NESTED] === '1')('npm test preflight', () => {
  const nowhere = path.join(os.tmpdir(), 'no-such-folder-for-preflight', process.platform === 'win32' ? 'chrome.exe' : 'chromium');

  it('CHROMIUM_PATH pointing nowhere: one line, non-zero exit, no build and no test', async () => {
    expect(fs.existsSync(nowhere)).toBe(false);
    const { code, out } = await runAll({ CHROMIUM_PATH: nowhere });
    expect(code).toBe(1);
    expect(out.trimEnd().split(/\r?\n/)).toEqual([
      `npm test cannot start: CHROMIUM_PATH is set to ${nowhere}, but there is no file there: point it at a Chromium or Chrome executable, or unset it to use the one installed on this machine.`,
    ]);
  });

  it('GPG_PATH pointing nowhere: the same, naming gpg', async () => {
    const { code, out } = await runAll({ GPG_PATH: nowhere });
    expect(code).toBe(1);
    expect(out.trimEnd().split(/\r?\n/)).toEqual([
      `npm test cannot start: GPG_PATH is set to ${nowhere}, but there is no file there: point it at the gpg executable, or unset it to use the one installed on this machine.`,
    ]);
  });
});
