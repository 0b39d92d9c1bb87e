// Bundles the Node side: the Electron entry, the sandboxed preload (one CommonJS file, since a
// sandboxed preload can require only electron) and the browser-mode server.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.mjs', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['main/cli/web.ts'], outfile: 'dist/main/web.mjs', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['preload/index.ts'], outfile: 'dist/preload/index.cjs', format: 'cjs', external: ['electron'] }),
]);
console.log('built dist/main/electron.mjs, dist/main/web.mjs, dist/preload/index.cjs');
