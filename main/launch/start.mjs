// `npm start` / `npm run start:web`: build only when a source is newer than the last build (or a
// part of dist/ is missing), then hand over to the launcher bundled in dist/ (main/cli/start.ts).
// `npm run build` always builds, for packaging.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReason } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reason = buildReason(root);
if (reason) {
  console.log(`Building the console first (${reason})…`);
  const r = spawnSync(process.execPath, [path.join(root, 'main/launch/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import('../../dist/main/start.mjs');
