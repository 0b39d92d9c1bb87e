// Builds better-sqlite3 for one Electron target into the cache, leaving node_modules untouched:
// the package is copied to a staging folder and @electron/rebuild works there (a prebuilt
// download when better-sqlite3 publishes one for this Electron, else a compile against Electron's
// headers). Run by `npm start` as a child process; its output goes to the cache's log file.
// Usage: node dist/main/electron-sqlite.mjs '<target json>' <cache root>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { rebuild } from '@electron/rebuild';
import { cacheKey, SQLITE_ADDON_FILE, type ElectronTarget } from '../store/sqlite-binding';

const require = createRequire(import.meta.url);
const [targetJson, root] = process.argv.slice(2);
const t = JSON.parse(targetJson) as ElectronTarget;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const staging = fs.mkdtempSync(path.join(root, `${cacheKey(t)}.staging-`));
try {
  fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'electron-sqlite-staging', version: '1.0.0', private: true, dependencies: { 'better-sqlite3': t.sqlite } }));
  const dest = path.join(staging, 'node_modules', 'better-sqlite3');
  const ownBuild = path.join(sqliteDir, 'build');
  fs.cpSync(sqliteDir, dest, { recursive: true, filter: (src) => src !== ownBuild });
  console.log(`building better-sqlite3 ${t.sqlite} for Electron ${t.electron} ${t.platform}-${t.arch} in ${staging}`);
  await rebuild({ buildPath: staging, electronVersion: t.electron, platform: t.platform as NodeJS.Platform, arch: t.arch, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
  const built = path.join(dest, 'build', 'Release', SQLITE_ADDON_FILE);
  const outDir = path.join(root, cacheKey(t));
  fs.mkdirSync(outDir, { recursive: true });
  // Copy then rename: an interrupted run never leaves a half-written addon where start looks.
  fs.copyFileSync(built, path.join(outDir, `${SQLITE_ADDON_FILE}.partial`));
  fs.writeFileSync(path.join(outDir, 'build.json'), JSON.stringify({ ...t, builtAt: new Date().toISOString(), tool: '@electron/rebuild' }, null, 2));
  fs.renameSync(path.join(outDir, `${SQLITE_ADDON_FILE}.partial`), path.join(outDir, SQLITE_ADDON_FILE));
  console.log(`ready: ${path.join(outDir, SQLITE_ADDON_FILE)}`);
} catch (e) {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
