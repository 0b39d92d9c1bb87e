import { describe, expect, it } from 'vitest';
import fs from 'node:fs';

// Offline machines cannot build installers; these checks keep the packaging config honest anyway.
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const builder = fs.readFileSync('electron-builder.yml', 'utf8');

describe('packaging configuration', () => {
  it('pins Electron ≥ 42 exactly, the same version in electron-builder.yml', () => {
    const v = pkg.devDependencies.electron as string;
    expect(v).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(v.split('.')[0])).toBeGreaterThanOrEqual(42);
    expect(builder).toMatch(new RegExp(`^electronVersion: ${v.replace(/\./g, '\\.')}$`, 'm'));
    expect(pkg.dependencies.electron).toBeUndefined();
  });

  it('installs offline: no postinstall, native modules rebuilt for Electron only by an explicit script', () => {
    expect(pkg.scripts.postinstall).toBeUndefined();
    expect(pkg.scripts.install).toBeUndefined();
    expect(pkg.scripts['rebuild:electron']).toMatch(/--rebuild-sqlite/);
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^12\./);
    expect(pkg.dependencies['electron-store']).toMatch(/^11\./);
    expect(pkg.dependencies.conf).toMatch(/^15\./);
  });

  it('unpacks native addons from the asar archive and ships the built app', () => {
    expect(builder).toMatch(/asarUnpack:\s*\n\s*- "\*\*\/\*\.node"/);
    expect(builder).toMatch(/- dist\/\*\*/);
    expect(pkg.main).toBe('dist/main/electron.mjs');
  });
});
