// `npm start`: open the console in Electron; where Electron cannot start here (no binary and no
// network to fetch it, or no display), say why in one line and start browser mode instead.
// `npm run start:web` (--web) goes straight to browser mode. Other flags pass through (--port, --data-dir).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const web = args.includes('--web');
const passThrough = args.filter((a) => a !== '--web');

function electronBinary() {
  const pkgDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(pkgDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const rel = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  const bin = override ? path.join(override, rel) : path.join(pkgDir, 'dist', rel);
  if (fs.existsSync(bin)) return { bin };
  // Electron ≥ 42 fetches its binary on first run; try once, briefly.
  const r = spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: 60_000 });
  const after = fs.existsSync(pathFile) ? path.join(override ?? path.join(pkgDir, 'dist'), fs.readFileSync(pathFile, 'utf8')) : bin;
  if (r.status === 0 && fs.existsSync(after)) return { bin: after };
  return { why: 'the Electron binary is not installed and could not be downloaded (offline?)' };
}

/** Runs a child and passes Ctrl-C / termination on to it, so no console is left behind. */
function supervise(child, onExit) {
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    onExit(code, signal);
  });
}

function startWeb() {
  supervise(spawn(process.execPath, ['dist/main/web.mjs', ...passThrough], { stdio: 'inherit' }), (code) => process.exit(code ?? 0));
}

if (web) {
  startWeb();
} else {
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const found = noDisplay ? { why: 'there is no display (DISPLAY/WAYLAND_DISPLAY unset)' } : electronBinary();
  if (!found.bin) {
    console.log(`Electron cannot start here because ${found.why}: starting browser mode instead.`);
    startWeb();
  } else {
    const started = Date.now();
    supervise(spawn(found.bin, ['.', ...passThrough], { stdio: 'inherit' }), (code, signal) => {
      if (code && !signal && Date.now() - started < 5000) {
        console.log(`Electron exited at start (code ${code}): starting browser mode instead.`);
        startWeb();
      } else process.exit(code ?? 0);
    });
  }
}
