// `npm run build`: the renderer (Vite) and the Node side (esbuild): the Electron entry, the
// sandboxed preload (one CommonJS file, since a sandboxed preload can require only electron), the
// browser-mode server, and `npm start` with its SQLite-for-Electron builder. Ends by stamping when
// it began, which is how `npm start` knows whether it must build again.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { writeStamp } from './freshness.mjs';

const startedAt = Date.now();
await viteBuild();

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning' };
const node = { ...common, format: 'esm', packages: 'external' };

await Promise.all([
  build({ ...node, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.mjs' }),
  build({ ...node, entryPoints: ['main/cli/web.ts'], outfile: 'dist/main/web.mjs' }),
  build({ ...node, entryPoints: ['main/cli/start.ts'], outfile: 'dist/main/start.mjs' }),
  build({ ...node, entryPoints: ['main/cli/electron-sqlite.ts'], outfile: 'dist/main/electron-sqlite.mjs' }),
  build({ ...common, entryPoints: ['preload/index.ts'], outfile: 'dist/preload/index.cjs', format: 'cjs', external: ['electron'] }),
]);
writeStamp(process.cwd(), startedAt);
console.log('built dist/renderer, dist/main/{electron,web,start,electron-sqlite}.mjs, dist/preload/index.cjs');
