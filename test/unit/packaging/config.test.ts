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

describe('packaging for a working, hardened app', () => {
  it('rebuilds native modules for Electron during dist and restores the Node build after', () => {
    expect(builder).toMatch(/^npmRebuild: true$/m);
    expect(pkg.scripts.dist).toMatch(/electron-builder .*--publish never && npm rebuild better-sqlite3$/);
  });

  it('sets every fuse from Electron’s security checklist', () => {
    const fuses = Object.fromEntries([...builder.split('electronFuses:')[1].matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has mac entitlements, a publish placeholder, and author, license and repository', () => {
    expect(builder).toMatch(/entitlements: build-resources\/entitlements\.mac\.plist/);
    expect(fs.readFileSync('build-resources/entitlements.mac.plist', 'utf8')).toContain('com.apple.security.cs.allow-jit');
    expect(builder).toMatch(/^publish: null$/m);
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.license).toBe('UNLICENSED');
    expect(pkg.repository?.url).toBeTruthy();
  });
});

describe('electron-builder accepts the configuration', () => {
  it('validates against electron-builder’s own schema', async () => {
    const { createRequire } = await import('node:module');
    const req = createRequire(import.meta.url);
    const { getConfig, validateConfiguration } = req('app-builder-lib/out/util/config/config');
    const { DebugLogger } = req('builder-util');
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.electronVersion).toBe(pkg.devDependencies.electron);
  });
});
