// Bundles the Node side: the Electron entry, the sandboxed preload (one CommonJS file, since a
// sandboxed preload can require only electron), the browser-mode server, and `npm start` with its
// SQLite-for-Electron builder.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning' };
const node = { ...common, format: 'esm', packages: 'external' };

await Promise.all([
  build({ ...node, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.mjs' }),
  build({ ...node, entryPoints: ['main/cli/web.ts'], outfile: 'dist/main/web.mjs' }),
  build({ ...node, entryPoints: ['main/cli/start.ts'], outfile: 'dist/main/start.mjs' }),
  build({ ...node, entryPoints: ['main/cli/electron-sqlite.ts'], outfile: 'dist/main/electron-sqlite.mjs' }),
  build({ ...common, entryPoints: ['preload/index.ts'], outfile: 'dist/preload/index.cjs', format: 'cjs', external: ['electron'] }),
]);
console.log('built dist/main/{electron,web,start,electron-sqlite}.mjs, dist/preload/index.cjs');
