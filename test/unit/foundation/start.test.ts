import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers';

// `npm start` where Electron cannot run: one line saying why, then browser mode. Uses the build
// (npm test builds before the unit tests; run `npm run build` first when running this file alone).
function start(env: NodeJS.ProcessEnv): Promise<{ out: string; url: string }> {
  const child = spawn(process.execPath, ['main/cli/start.mjs', '--port', '0', '--data-dir', tempDir()], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => (child.kill(), reject(new Error(out))), 30_000);
    child.stdout.on('data', () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)#token=/.exec(out);
      if (m) {
        clearTimeout(t);
        fetch(m[1]).then(async (r) => {
          child.kill('SIGTERM');
          await new Promise((done) => child.once('exit', done));
          // Stopping `npm start` stops browser mode too: nothing is left listening.
          const after = await fetch(m[1]).then(() => 'still answering', () => 'stopped');
          resolve({ out, url: `${m[1]} ${r.status} ${after}` });
        }, reject);
      }
    });
  });
}

const baseEnv = () => {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return env;
};

describe.skipIf(!fs.existsSync('dist/main/web.mjs'))('npm start fallback', () => {
  it('without a display: says why in one line and serves browser mode', async () => {
    const { out, url } = await start(baseEnv());
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('Electron cannot start here because there is no display (DISPLAY/WAYLAND_DISPLAY unset): starting browser mode instead.');
    expect(out).toMatch(/Open this address in your browser .*#token=/);
    expect(url).toMatch(/ 200 stopped$/);
  });

  it('when the Electron binary fails at start: says so and serves browser mode', async () => {
    const dist = tempDir();
    const fake = path.join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron');
    fs.writeFileSync(fake, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    const { out, url } = await start({ ...baseEnv(), DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(out.trim().split('\n')[0]).toBe('Electron exited at start (code 3): starting browser mode instead.');
    expect(url).toMatch(/ 200 stopped$/);
  });
});
