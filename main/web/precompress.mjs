import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Browser mode sends the renderer compressed. The files are compressed once, at build time (the
// Vite config calls this after writing the bundle), at the strongest settings a per-request
// server could not afford, and served by renderer-files.ts when the browser accepts them.
// Electron reads the plain files from disk. Plain JavaScript so the Vite config can import it by
// its full name.

/** Text types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/;
/** Below this, a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

export const VARIANTS = [
  { encoding: 'br', ext: '.br', compress: (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }) },
  { encoding: 'gzip', ext: '.gz', compress: (b) => gzipSync(b, { level: 9 }) },
];

/** Writes a .br and a .gz beside every compressible file under `dir` that is big enough and gets smaller. */
export function precompressDir(dir) {
  const totals = { files: 0, bytes: 0, br: 0, gzip: 0 };
  for (const file of walk(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const raw = fs.readFileSync(file);
    if (raw.length < MIN_BYTES) continue;
    totals.files++;
    totals.bytes += raw.length;
    for (const v of VARIANTS) {
      const packed = v.compress(raw);
      if (packed.length >= raw.length) continue;
      fs.writeFileSync(file + v.ext, packed);
      totals[v.encoding] += packed.length;
    }
  }
  return totals;
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
