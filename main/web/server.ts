import http from 'node:http';
import fs from 'node:fs';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../ipc/dispatch';
import { SECURITY_HEADERS } from '../shared/csp';
import { t } from '../shared/i18n';
import { compressedVariant, contentType, rendererFile } from './renderer-files';

/** Where pushed events come from (the app's event bus); each open stream listens until it closes. */
export interface EventSourceLike {
  on(listener: (name: string, payload: unknown) => void, opts?: { signal?: AbortSignal }): () => void;
}

export interface WebServerOptions {
  dispatch: Dispatch;
  /** Events streamed to signed-in pages at GET /rpc/events (Server-Sent Events). */
  events?: EventSourceLike;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  /** 256-bit random per run unless a test fixes it. */
  token?: string;
  /** Tests shorten these to see a stalled request cut off. */
  timeouts?: { headersMs: number; requestMs: number; checkEveryMs: number };
}

export interface WebServer {
  url: string;
  /** The URL to open: the token travels in the fragment, so it never reaches a server log or a Referer. */
  openUrl: string;
  port: number;
  /** One use only: exchanged at POST /session for the session cookie. */
  token: string;
  /** The session cookie's name (per port, so two consoles on one machine do not overwrite each other's). */
  cookieName: string;
  close(): Promise<void>;
}

const MAX_BODY = 2 * 1024 * 1024;
/** The path of the event stream: under /rpc so the session cookie (Path=/rpc) is sent with it. */
export const EVENTS_PATH = '/rpc/events';
/** A comment line now and then, so a connection that died without a FIN is noticed and dropped. */
export const KEEP_ALIVE_MS = 25_000;

/** A slow or stalled client (a body shorter than its Content-Length) is cut off instead of holding a socket for minutes. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Browser mode: the renderer and the same handlers over HTTP. Loopback only; Host and Origin must
 * be this server's own (DNS rebinding, cross-site requests); no CORS headers are ever sent.
 *
 * The per-run token printed in the address is exchanged once (POST /session) for an HttpOnly,
 * SameSite=Strict session cookie scoped to /rpc, and every RPC call needs that cookie. The token
 * itself is then worthless, so a copy left in browser history or a session-restore file opens
 * nothing; the cookie cannot be read by script and is not sent with another site's requests.
 */
export function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const tokenBuf = Buffer.from(token);
  let tokenUsed = false;
  let session: Buffer | null = null;
  let port = 0;
  const cookieName = () => `console-session-${port}`;
  const ownHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const ownOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const limits = opts.timeouts ?? { headersMs: HEADERS_TIMEOUT_MS, requestMs: REQUEST_TIMEOUT_MS, checkEveryMs: 5_000 };
  const server = http.createServer({ headersTimeout: limits.headersMs, requestTimeout: limits.requestMs, connectionsCheckingInterval: limits.checkEveryMs }, async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      if (!ownHosts().has(host)) return send(res, 403, { ok: false, error: { code: 'forbidden_host', message: t('web.forbiddenHost') } });
      const origin = req.headers.origin;
      if (origin !== undefined && !ownOrigins().has(origin)) return send(res, 403, { ok: false, error: { code: 'forbidden_origin', message: t('web.forbiddenOrigin') } });
      if (req.headers['sec-fetch-site'] === 'cross-site') return send(res, 403, { ok: false, error: { code: 'forbidden_origin', message: t('web.forbiddenOrigin') } });

      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname === EVENTS_PATH) return stream(req, res);
      if (url.pathname.startsWith('/rpc/')) return await rpc(req, res, url.pathname.slice(5));
      if (url.pathname === '/session') return exchange(req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'method', message: t('web.methodNotAllowed') } });
      return serveStatic(req, res, opts.staticDir, url.pathname);
    } catch {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: t('web.internal') } });
    }
  });

  function exchange(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'method', message: t('web.useMethod', { method: 'POST' }) } });
    req.resume();
    const auth = req.headers.authorization ?? '';
    const given = Buffer.from(auth.startsWith('Bearer ') ? auth.slice(7) : '');
    if (given.length !== tokenBuf.length || !timingSafeEqual(given, tokenBuf)) {
      return send(res, 401, { ok: false, error: { code: 'unauthorized', message: t('web.badToken'), hint: t('web.badToken.hint') } });
    }
    if (tokenUsed) {
      return send(res, 401, {
        ok: false,
        error: { code: 'token_used', message: t('web.tokenUsed'), hint: t('web.tokenUsed.hint') },
      });
    }
    tokenUsed = true;
    session = randomBytes(32);
    const cookie = `${cookieName()}=${session.toString('base64url')}; HttpOnly; SameSite=Strict; Path=/rpc`;
    return send(res, 200, { ok: true }, { 'Set-Cookie': cookie });
  }

  function signedIn(req: http.IncomingMessage): boolean {
    if (!session) return false;
    const prefix = `${cookieName()}=`;
    const raw = (req.headers.cookie ?? '').split(';').map((c) => c.trim()).find((c) => c.startsWith(prefix));
    const given = Buffer.from(raw ? raw.slice(prefix.length) : '', 'utf8');
    const expected = Buffer.from(session.toString('base64url'));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /**
   * Server-Sent Events: the same gate as RPC (own Host and Origin above, then the session cookie),
   * and then one `event: <name>` / `data: <json>` block per pushed event until the page goes away.
   */
  function stream(req: http.IncomingMessage, res: http.ServerResponse) {
    req.resume();
    if (req.method !== 'GET') return send(res, 405, { ok: false, error: { code: 'method', message: t('web.useMethod', { method: 'GET' }) } });
    if (!signedIn(req)) return send(res, 401, { ok: false, error: { code: 'unauthorized', message: t('web.notSignedIn'), hint: t('web.notSignedIn.hint') } });
    if (!opts.events) return send(res, 404, { ok: false, error: { code: 'not_found', message: t('web.noEvents') } });
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    // How long a page waits before reconnecting after the stream drops (EventSource reconnects by itself).
    res.write('retry: 2000\n\n');
    const done = new AbortController();
    // i18n-ignore: Server-Sent Events framing, read by EventSource, not by a person
    opts.events.on((name, payload) => void res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`), { signal: done.signal });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    keepAlive.unref();
    res.on('close', () => {
      clearInterval(keepAlive);
      done.abort();
    });
  }

  async function rpc(req: http.IncomingMessage, res: http.ServerResponse, rawChannel: string) {
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'method', message: t('web.useMethod', { method: 'POST' }) } });
    if (!signedIn(req)) {
      req.resume();
      return send(res, 401, { ok: false, error: { code: 'unauthorized', message: t('web.notSignedIn'), hint: t('web.notSignedIn.hint') } });
    }
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      req.resume();
      return send(res, 404, { ok: false, error: { code: 'unknown_channel', message: t('web.badChannel'), hint: t('web.badChannel.hint') } });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, { ok: false, error: { code: 'content_type', message: t('web.sendJson') } });
    const body = await readBody(req);
    if (body === null) return send(res, 413, { ok: false, error: { code: 'too_large', message: t('web.tooLarge') } });
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return send(res, 400, { ok: false, error: { code: 'invalid_json', message: t('web.invalidJson') } });
    }
    const envelope = await opts.dispatch(channel, input);
    return send(res, 200, envelope);
  }


  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        openUrl: `${url}#token=${token}`,
        port,
        token,
        cookieName: cookieName(),
        close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(json), ...headers });
  res.end(json);
}

/** Reads the body; past the limit the rest is drained and discarded so the client still gets its 413. */
function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, root: string, pathname: string) {
  const file = rendererFile(root, pathname);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end(t('web.notFound'));
  }
  // The build wrote .br and .gz copies beside the text files; send one when the browser takes it.
  const variant = compressedVariant(file, req.headers['accept-encoding'], (p) => fs.existsSync(p) && fs.statSync(p).isFile());
  const body = fs.readFileSync(variant?.path ?? file);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType(file),
    'Content-Length': body.length,
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'private, max-age=3600',
    ...(variant ? { 'Content-Encoding': variant.encoding } : {}),
    // Caches must key on Accept-Encoding whenever a compressed copy exists, whichever was sent.
    ...(variant || compressedVariant(file, 'br, gzip', fs.existsSync) ? { Vary: 'Accept-Encoding' } : {}),
  });
  res.end(body);
}
