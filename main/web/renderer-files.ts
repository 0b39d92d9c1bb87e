import path from 'node:path';

// How both hosts (Electron's app:// protocol and the browser-mode server) map a request path to a
// file of the built renderer: inside the renderer folder only, with a known content type.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The file for a URL path, or null when it would leave the renderer folder. */
export function rendererFile(root: string, pathname: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return null;
  }
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + rel);
  return file.startsWith(base + path.sep) ? file : null;
}

export function contentType(file: string): string {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * The encodings a request accepts, best first (brotli before gzip), from its Accept-Encoding
 * header; an encoding given `q=0` is refused, and `*` stands for any not named.
 */
export function acceptedEncodings(header: string | undefined): ('br' | 'gzip')[] {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((e) => weight(e) > 0);
}

/** The precompressed copy of `file` to send for this Accept-Encoding, if the build made one. */
export function compressedVariant(file: string, acceptEncoding: string | undefined, exists: (p: string) => boolean): { path: string; encoding: 'br' | 'gzip' } | null {
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const p = file + (encoding === 'br' ? '.br' : '.gz');
    if (exists(p)) return { path: p, encoding };
  }
  return null;
}
