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
  // Only Linux desktops can lack a display (macOS and Windows always have one).
  it.skipIf(process.platform !== 'linux')('without a display: says why in one line and serves browser mode (Linux only)', async () => {
    const { out, url } = await start(baseEnv());
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('Electron cannot start here because there is no display (DISPLAY/WAYLAND_DISPLAY unset): starting browser mode instead.');
    expect(out).toMatch(/Open this address in your browser .*#token=/);
    expect(url).toMatch(/ 200 stopped$/);
  });

  // The stand-in Electron is a shell script, which Windows cannot start as an .exe; and Windows
  // cannot forward the closing SIGTERM to browser mode (kill() ends only the parent there).
  it.skipIf(process.platform === 'win32')('when the Electron binary fails at start: says so and serves browser mode (POSIX only: the stand-in binary is a shell script)', async () => {
    const dist = tempDir();
    // Where start.mjs looks inside ELECTRON_OVERRIDE_DIST_PATH on this platform.
    const fake = process.platform === 'darwin' ? path.join(dist, 'Electron.app', 'Contents', 'MacOS', 'Electron') : path.join(dist, 'electron');
    fs.mkdirSync(path.dirname(fake), { recursive: true });
    fs.writeFileSync(fake, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    const { out, url } = await start({ ...baseEnv(), DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(out.trim().split('\n')[0]).toBe('Electron exited at start (code 3): starting browser mode instead.');
    expect(url).toMatch(/ 200 stopped$/);
  });
});
