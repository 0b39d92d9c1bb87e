import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startWebServer, type WebServer } from '../../../main/web/server';
import { precompressDir } from '../../../main/web/precompress.mjs';
import { acceptedEncodings } from '../../../main/web/renderer-files';
import { tempDir } from '../../support/app';

/** Raw HTTP, so Accept-Encoding is exactly what the test says and the body arrives as sent. */
function get(port: number, pathname: string, acceptEncoding?: string, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${port}` };
    if (acceptEncoding !== undefined) headers['Accept-Encoding'] = acceptEncoding;
    const req = http.request({ host: '127.0.0.1', port, method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser mode sends the renderer precompressed', () => {
  let server: WebServer;
  let dir: string;
  const js = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: `Package ${i}` })))};\n`;
  const small = 'console.log(1);\n';
  const png = Buffer.alloc(4096, 7);
  let totals: ReturnType<typeof precompressDir>;

  beforeAll(async () => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>t</title>${'<p>x</p>'.repeat(300)}`);
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), js);
    fs.writeFileSync(path.join(dir, 'assets', 'tiny.js'), small);
    fs.writeFileSync(path.join(dir, 'assets', 'logo.png'), png);
    totals = precompressDir(dir);
    server = await startWebServer({ dispatch: async () => ({ ok: true, data: null }), staticDir: dir });
  });
  afterAll(async () => server.close());

  it('the build step writes brotli and gzip copies of text files only, and only where they pay', () => {
    const files = fs.readdirSync(path.join(dir, 'assets')).sort();
    expect(files).toEqual(['app.js', 'app.js.br', 'app.js.gz', 'logo.png', 'tiny.js']);
    expect(fs.existsSync(path.join(dir, 'index.html.br'))).toBe(true);
    expect(totals.files).toBe(2);
    expect(totals.br).toBeLessThan(totals.gzip);
    expect(totals.gzip).toBeLessThan(totals.bytes / 4);
  });

  it('sends brotli to a browser that takes it, with Content-Encoding, Vary and the real length', async () => {
    const r = await get(server.port, '/assets/app.js', 'gzip, deflate, br, zstd');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['vary']).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(js.length / 4);
    expect(brotliDecompressSync(r.body).toString()).toBe(js);
  });

  it('sends gzip when brotli is not accepted or refused with q=0, and the page itself compressed too', async () => {
    const gz = await get(server.port, '/assets/app.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(js);
    const refused = await get(server.port, '/assets/app.js', 'br;q=0, gzip;q=0.5');
    expect(refused.headers['content-encoding']).toBe('gzip');
    const page = await get(server.port, '/', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(brotliDecompressSync(page.body).toString()).toContain('<title>t</title>');
  });

  it('sends the plain file when nothing compressed is accepted, still saying it varies', async () => {
    for (const accept of [undefined, '', 'identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const r = await get(server.port, '/assets/app.js', accept);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers['vary']).toBe('Accept-Encoding');
      expect(r.body.toString()).toBe(js);
    }
    // Files without a compressed copy are sent as they are, with no Vary.
    const tiny = await get(server.port, '/assets/tiny.js', 'br, gzip');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.headers['vary']).toBeUndefined();
    expect(tiny.body.toString()).toBe(small);
    const logo = await get(server.port, '/assets/logo.png', 'br, gzip');
    expect(logo.headers['content-encoding']).toBeUndefined();
    expect(logo.body.equals(png)).toBe(true);
  });

  it('HEAD answers the same headers without a body', async () => {
    const r = await get(server.port, '/assets/app.js', 'br', 'HEAD');
    expect(r.headers['content-encoding']).toBe('br');
    expect(Number(r.headers['content-length'])).toBeGreaterThan(0);
    expect(r.body.length).toBe(0);
  });

  it('reads Accept-Encoding as browsers write it', () => {
    expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0.1, br;q=0')).toEqual(['gzip']);
    expect(acceptedEncodings('GZIP;Q=1')).toEqual(['gzip']);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});
