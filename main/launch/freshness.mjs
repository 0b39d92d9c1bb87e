// Whether `npm start` must build first: only when dist/ is missing a part, or a source (or the
// dependencies' lock) changed after the last build began. The stamp records when that build began,
// so a file saved while a build ran is still seen as newer.
import fs from 'node:fs';
import path from 'node:path';

export const STAMP = 'dist/.build-stamp.json';
/** What the console is built from. */
export const SOURCES = ['main', 'renderer', 'preload', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json'];
/** What a build leaves, all of which a start needs. */
export const OUTPUTS = ['dist/renderer/index.html', 'dist/main/start.mjs', 'dist/main/web.mjs', 'dist/main/electron.mjs', 'dist/main/electron-sqlite.mjs', 'dist/preload/index.cjs'];
// Installer resources are read by electron-builder, not built into dist/.
const NOT_BUILT = new Set(['main/packaging']);

/** The newest modification time under `rel` (a file or a folder), with the file it belongs to. */
function newest(root, rel) {
  let best = { mtimeMs: 0, file: null };
  const visit = (r) => {
    if (NOT_BUILT.has(r)) return;
    let st;
    try {
      st = fs.statSync(path.join(root, r));
    } catch {
      return;
    }
    if (st.isDirectory()) for (const name of fs.readdirSync(path.join(root, r))) visit(`${r}/${name}`);
    else if (st.mtimeMs > best.mtimeMs) best = { mtimeMs: st.mtimeMs, file: r };
  };
  visit(rel);
  return best;
}

/** Why a build is needed before starting, in a few words; null when dist/ is up to date. */
export function buildReason(root) {
  const missing = OUTPUTS.find((o) => !fs.existsSync(path.join(root, o)));
  if (missing) return `${missing} is missing`;
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8'));
  } catch {
    return 'no record of the last build';
  }
  if (typeof stamp?.startedAt !== 'number') return 'no record of the last build';
  for (const rel of SOURCES) {
    const n = newest(root, rel);
    if (n.mtimeMs > stamp.startedAt) return `${n.file} changed since the last build`;
  }
  return null;
}

export function writeStamp(root, startedAt) {
  fs.writeFileSync(path.join(root, STAMP), JSON.stringify({ startedAt }) + '\n');
}
