/** Writes a .br and a .gz beside every compressible file under `dir` that is big enough and gets smaller. */
export function precompressDir(dir: string): { files: number; bytes: number; br: number; gzip: number };
