import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { startWebServer, type WebServer } from '../../../main/web/server';
import type { ConsoleApp } from '../../../main/app';
import { makeApp, tempDir } from '../../support/app';

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

/** Sends headers promising 100 bytes of body, then only 10, and waits for the server to give up. */
export function stalledRequest(port: number, headers = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1', () => {
      sock.write(`POST /rpc/app.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n${headers}\r\n{"a":"bbbb`);
    });
    let got = '';
    sock.on('data', (d) => (got += d));
    sock.on('close', () => resolve(got || 'closed'));
    sock.on('error', reject);
  });
}

describe('browser-mode server', () => {
  let app: ConsoleApp;
  let server: WebServer;
  let staticDir: string;
  let cookie: string;
  beforeAll(async () => {
    app = await makeApp();
    staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    server = await startWebServer({ dispatch: app.dispatch, staticDir });
    // Before sign-in the token itself opens nothing: RPC calls want the session cookie.
    const early = await rpc({ Authorization: `Bearer ${server.token}` });
    expect(early.status).toBe(401);
    const first = await request(server.port, { method: 'POST', path: '/session', headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` } });
    expect(first.status).toBe(200);
    const setCookie = first.headers['set-cookie']![0];
    expect(setCookie).toMatch(new RegExp(`^${server.cookieName}=[\\w-]{43}; HttpOnly; SameSite=Strict; Path=/rpc$`));
    cookie = setCookie.split(';')[0];
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

  it('answers a call with the session cookie', async () => {
    const r = await rpc({ Cookie: cookie });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, data: { mode: 'browser' } });
  });

  it('no cookie → 401, wrong cookie → 401, the bearer token alone → 401', async () => {
    expect((await rpc({})).status).toBe(401);
    expect((await rpc({ Cookie: `${server.cookieName}=${'A'.repeat(43)}` })).status).toBe(401);
    expect((await rpc({ Authorization: `Bearer ${server.token}` })).status).toBe(401);
    expect((await rpc({ Authorization: server.token })).status).toBe(401);
  });

  it('the fragment token is exchanged once: a second use is refused, a wrong one too', async () => {
    const session = (auth: string) => request(server.port, { method: 'POST', path: '/session', headers: { Host: `127.0.0.1:${server.port}`, Authorization: auth } });
    const again = await session(`Bearer ${server.token}`);
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body).error.code).toBe('token_used');
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(JSON.parse((await session(`Bearer ${'B'.repeat(server.token.length)}`)).body).error.code).toBe('unauthorized');
    // A cross-site page cannot do the exchange for itself either.
    const cross = await request(server.port, { method: 'POST', path: '/session', headers: { Host: `127.0.0.1:${server.port}`, Origin: 'https://evil.example', Authorization: `Bearer ${server.token}` } });
    expect(cross.status).toBe(403);
    // The cookie from the first exchange still works.
    expect((await rpc({ Cookie: cookie })).status).toBe(200);
  });

  it('a broken % escape in the channel name is an unknown channel, not a server error', async () => {
    for (const ch of ['%E0%A4%A', '%', 'app.%ZZinfo', '%ED%A0%80']) {
      const r = await rpc({ Cookie: cookie }, '{}', ch);
      expect(r.status, ch).toBeLessThan(500);
      expect(JSON.parse(r.body).error.code, ch).toBe('unknown_channel');
    }
  });

  it('cuts off a request whose body is shorter than its Content-Length', async () => {
    const quick = await startWebServer({ dispatch: app.dispatch, staticDir, timeouts: { headersMs: 500, requestMs: 1_000, checkEveryMs: 200 } });
    try {
      const signIn = await request(quick.port, { method: 'POST', path: '/session', headers: { Host: `127.0.0.1:${quick.port}`, Authorization: `Bearer ${quick.token}` } });
      const started = Date.now();
      const answer = await stalledRequest(quick.port, `Cookie: ${signIn.headers['set-cookie']![0].split(';')[0]}\r\n`);
      // Without a request timeout Node holds this socket for 300 s; the window here is generous for a loaded machine.
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(answer).toMatch(/^(HTTP\/1\.1 408|closed)/);
    } finally {
      await quick.close();
    }
  });

  it('wrong Host (DNS rebinding) → 403, even with the token', async () => {
    const r = await rpc({ Cookie: cookie, Host: `attacker.example:${server.port}` });
    expect(r.status).toBe(403);
    expect((await request(server.port, { path: '/', headers: { Host: 'attacker.example' } })).status).toBe(403);
  });

  it('foreign Origin → 403, own Origin accepted', async () => {
    expect((await rpc({ Cookie: cookie, Origin: 'https://evil.example' })).status).toBe(403);
    expect((await rpc({ Cookie: cookie, Origin: 'null' })).status).toBe(403);
    expect((await rpc({ Cookie: cookie, Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
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
    const r = await request(server.port, { method: 'POST', path: '/rpc/app.info', headers: { Host: `127.0.0.1:${server.port}`, Cookie: cookie, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(r.status).toBe(415);
    const big = await rpc({ Cookie: cookie }, JSON.stringify({ x: 'a'.repeat(3 * 1024 * 1024) }));
    expect(big.status).toBe(413);
  });
});
