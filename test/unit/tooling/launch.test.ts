import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReason, OUTPUTS, STAMP, writeStamp } from '../../../main/launch/freshness.mjs';

// `npm start` builds only when a source is newer than the last build. The decision is tested on a
// throwaway project, and so is the launcher itself, with the real launch files and a stand-in build
// that counts its runs.
const ROOT = path.resolve(__dirname, '../../..');

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'launch-'));
  const write = (rel: string, text = 'x') => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  for (const rel of ['main/app.ts', 'main/packaging/icon.svg', 'renderer/App.tsx', 'preload/index.ts', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json']) write(rel);
  return dir;
}

/** Sets a file's times to `at` (epoch ms), as if written then. */
const age = (dir: string, rel: string, at: number) => fs.utimesSync(path.join(dir, rel), at / 1000, at / 1000);

function built(dir: string, startedAt: number): void {
  for (const o of OUTPUTS) {
    fs.mkdirSync(path.dirname(path.join(dir, o)), { recursive: true });
    fs.writeFileSync(path.join(dir, o), '');
  }
  writeStamp(dir, startedAt);
}

function allSourcesAt(dir: string, at: number): void {
  for (const rel of ['main/app.ts', 'main/packaging/icon.svg', 'renderer/App.tsx', 'preload/index.ts', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json']) age(dir, rel, at);
}

describe('whether npm start builds first', () => {
  const T = Date.UTC(2026, 10, 28, 9, 0, 0);

  it('builds when nothing was built, or a part of dist/ is missing, or there is no stamp', () => {
    const dir = project();
    expect(buildReason(dir)).toBe('dist/renderer/index.html is missing');
    built(dir, T);
    allSourcesAt(dir, T - 60_000);
    expect(buildReason(dir)).toBeNull();
    fs.rmSync(path.join(dir, 'dist/main/web.mjs'));
    expect(buildReason(dir)).toBe('dist/main/web.mjs is missing');
    built(dir, T);
    fs.rmSync(path.join(dir, STAMP));
    expect(buildReason(dir)).toBe('no record of the last build');
  });

  it('does not build when every source is older than the last build', () => {
    const dir = project();
    built(dir, T);
    allSourcesAt(dir, T - 1);
    expect(buildReason(dir)).toBeNull();
  });

  it('builds when a source, the lock file or the config changed after the build began, even during it', () => {
    for (const rel of ['renderer/App.tsx', 'main/app.ts', 'preload/index.ts', 'package-lock.json', 'vite.config.ts']) {
      const dir = project();
      built(dir, T);
      allSourcesAt(dir, T - 60_000);
      // Saved one second after the build began: the outputs may be newer still, the stamp is not.
      age(dir, rel, T + 1_000);
      expect(buildReason(dir)).toBe(`${rel} changed since the last build`);
    }
  });

  it('ignores installer resources, which a build does not read', () => {
    const dir = project();
    built(dir, T);
    allSourcesAt(dir, T - 60_000);
    age(dir, 'main/packaging/icon.svg', T + 60_000);
    expect(buildReason(dir)).toBeNull();
  });
});

describe('the launcher', () => {
  it('runs the build only when the decision says so, then hands over to the built launcher', () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, 'main/launch'), { recursive: true });
    for (const f of ['start.mjs', 'freshness.mjs']) fs.copyFileSync(path.join(ROOT, 'main/launch', f), path.join(dir, 'main/launch', f));
    // A stand-in for the real build: writes every output and the stamp, and counts its runs.
    fs.writeFileSync(
      path.join(dir, 'main/launch/build.mjs'),
      `import fs from 'node:fs';
import { OUTPUTS, writeStamp } from './freshness.mjs';
const startedAt = Date.now();
fs.appendFileSync('builds.log', 'built\\n');
for (const o of OUTPUTS) { fs.mkdirSync(o.replace(/[^/]+$/, ''), { recursive: true }); fs.writeFileSync(o, ''); }
fs.writeFileSync('dist/main/start.mjs', "console.log('started with ' + process.argv.slice(2).join(' '));\\n");
writeStamp(process.cwd(), startedAt);
`,
    );
    allSourcesAt(dir, Date.now() - 60_000);
    const run = () => spawnSync(process.execPath, [path.join(dir, 'main/launch/start.mjs'), '--web'], { cwd: dir, encoding: 'utf8' });
    const builds = () => (fs.existsSync(path.join(dir, 'builds.log')) ? fs.readFileSync(path.join(dir, 'builds.log'), 'utf8').split('\n').filter(Boolean).length : 0);

    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Building the console first \(dist\/renderer\/index\.html is missing\)…\nstarted with --web\n$/);
    expect(builds()).toBe(1);

    const again = run();
    expect(again.stdout).toBe('started with --web\n');
    expect(builds()).toBe(1);

    age(dir, 'renderer/App.tsx', Date.now() + 5_000);
    const changed = run();
    expect(changed.stdout).toContain('Building the console first (renderer/App.tsx changed since the last build)…');
    expect(builds()).toBe(2);
  });
});
