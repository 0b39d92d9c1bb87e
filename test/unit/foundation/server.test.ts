import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { startWebServer, type WebServer } from '../../../main/web/server';
import type { ConsoleApp } from '../../../main/app';
import { makeApp, tempDir } from './helpers';

/** Raw HTTP so Host and Origin can be forged the way a rebinding page would. */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('browser-mode server', () => {
  let app: ConsoleApp;
  let server: WebServer;
  let staticDir: string;
  beforeAll(async () => {
    app = await makeApp();
    staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    server = await startWebServer({ dispatch: app.dispatch, staticDir });
  });
  afterAll(async () => {
    await server.close();
    await app.close();
  });

  const rpc = (headers: Record<string, string>, body = '{}', channel = 'app.info') =>
    request(server.port, { method: 'POST', path: `/rpc/${channel}`, headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${server.port}`, ...headers }, body });

  it('uses a 256-bit random token', () => {
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
    expect(server.openUrl).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
  });

  it('answers a call with the right token', async () => {
    const r = await rpc({ Authorization: `Bearer ${server.token}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, data: { mode: 'browser' } });
  });

  it('no token → 401, wrong token → 401', async () => {
    expect((await rpc({})).status).toBe(401);
    expect((await rpc({ Authorization: `Bearer ${'A'.repeat(server.token.length)}` })).status).toBe(401);
    expect((await rpc({ Authorization: server.token })).status).toBe(401);
  });

  it('wrong Host (DNS rebinding) → 403, even with the token', async () => {
    const r = await rpc({ Authorization: `Bearer ${server.token}`, Host: `attacker.example:${server.port}` });
    expect(r.status).toBe(403);
    expect((await request(server.port, { path: '/', headers: { Host: 'attacker.example' } })).status).toBe(403);
  });

  it('foreign Origin → 403, own Origin accepted', async () => {
    expect((await rpc({ Authorization: `Bearer ${server.token}`, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await rpc({ Authorization: `Bearer ${server.token}`, Origin: 'null' })).status).toBe(403);
    expect((await rpc({ Authorization: `Bearer ${server.token}`, Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('sends the CSP header and never CORS headers', async () => {
    const page = await request(server.port, { path: '/', headers: { Host: `127.0.0.1:${server.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe');
    const pre = await request(server.port, { method: 'OPTIONS', path: '/rpc/app.info', headers: { Host: `127.0.0.1:${server.port}`, Origin: `http://127.0.0.1:${server.port}` } });
    for (const r of [page, pre]) expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control'))).toEqual([]);
  });

  it('does not serve files outside the renderer folder', async () => {
    const r = await request(server.port, { path: '/../../../../etc/passwd', headers: { Host: `127.0.0.1:${server.port}` } });
    expect(r.status).toBe(404);
    const r2 = await request(server.port, { path: '/%2e%2e/%2e%2e/etc/passwd', headers: { Host: `127.0.0.1:${server.port}` } });
    expect(r2.status).toBe(404);
  });

  it('listens on 127.0.0.1 only', async () => {
    const addr = (server as unknown as { port: number }).port;
    // Another loopback address of this machine must not reach it.
    await expect(request(addr, { path: '/' }).then(() => 'ok')).resolves.toBe('ok');
    const other = await new Promise<string>((resolve) => {
      const req = http.request({ host: '127.0.0.2', port: addr, path: '/' }, () => resolve('connected'));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      req.end();
    });
    expect(other).toBe('ECONNREFUSED');
  });

  it('rejects non-JSON and oversized bodies', async () => {
    const r = await request(server.port, { method: 'POST', path: '/rpc/app.info', headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}`, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(r.status).toBe(415);
    const big = await rpc({ Authorization: `Bearer ${server.token}` }, JSON.stringify({ x: 'a'.repeat(3 * 1024 * 1024) }));
    expect(big.status).toBe(413);
  });
});
