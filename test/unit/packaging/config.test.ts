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
    expect(builder).toMatch(/entitlements: main\/packaging\/entitlements\.mac\.plist/);
    expect(fs.readFileSync('main/packaging/entitlements.mac.plist', 'utf8')).toContain('com.apple.security.cs.allow-jit');
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

describe('installer icons for the three platforms', () => {
  const file = (name: string) => fs.readFileSync(`main/packaging/${name}`);
  const pngSize = (b: Buffer) => ({ signature: b.subarray(0, 8).toString('hex'), width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

  it('electron-builder reads them from main/packaging, one per platform', () => {
    expect(builder).toMatch(/^ {2}buildResources: main\/packaging$/m);
    expect(builder).toMatch(/^linux:\n(?: {2}.*\n)*? {2}icon: main\/packaging\/icon\.png$/m);
    expect(builder).toMatch(/^mac:\n(?: {2}.*\n)*? {2}icon: main\/packaging\/icon\.icns$/m);
    expect(builder).toMatch(/^win:\n(?: {2}.*\n)*? {2}icon: main\/packaging\/icon\.ico$/m);
    expect(pkg.scripts.icons).toMatch(/make-icons/);
  });

  it('Linux: real PNGs of 1024 and 512 pixels', () => {
    expect(pngSize(file('icon.png'))).toEqual({ signature: '89504e470d0a1a0a', width: 1024, height: 1024 });
    expect(pngSize(file('icon-512.png'))).toEqual({ signature: '89504e470d0a1a0a', width: 512, height: 512 });
  });

  it('macOS: an ICNS whose header length is the file length and which holds a 1024-pixel image', () => {
    const b = file('icon.icns');
    expect(b.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(b.readUInt32BE(4)).toBe(b.length);
    const types: string[] = [];
    for (let at = 8; at < b.length; at += b.readUInt32BE(at + 4)) types.push(b.subarray(at, at + 4).toString('latin1'));
    expect(types).toContain('ic10'); // 1024×1024 (512@2x)
  });

  it('Windows: an ICO that includes a 256-pixel image', () => {
    const b = file('icon.ico');
    expect(b.readUInt16LE(0)).toBe(0);
    expect(b.readUInt16LE(2)).toBe(1);
    const count = b.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => b[6 + i * 16] || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
  });
});
