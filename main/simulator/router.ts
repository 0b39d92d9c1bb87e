// Minimal node:http routing shared by the simulated Certn, iCIMS and SendSafely servers (no
// framework on purpose: the simulator must stay small, dependency-free and bound to loopback only).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { ADMIN_PREFIX, adminRequestAllowed, hostAllowed } from './auth';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  params: Record<string, string>;
  rawBody: Buffer;
}

export type Handler = (ctx: Ctx) => Promise<void> | void;

interface Route {
  method: string;
  re: RegExp;
  keys: string[];
  handler: Handler;
  reads: boolean;
}

/** `reads`: a POST that only reads (iCIMS search), so it does not count as a change of state. */
export interface RouteOptions {
  reads?: boolean;
}

export class Router {
  private routes: Route[] = [];

  on(method: string, pattern: string, handler: Handler, opts: RouteOptions = {}): this {
    const keys: string[] = [];
    const source = pattern
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/:(\w+)/g, (_m, k: string) => {
        keys.push(k);
        return '([^/]+)';
      });
    this.routes.push({ method, re: new RegExp(`^${source}$`), keys, handler, reads: opts.reads ?? (method === 'GET' || method === 'HEAD') });
    return this;
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string>; reads: boolean } | 'method' | null {
    let pathMatched = false;
    for (const r of this.routes) {
      const m = r.re.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== method) continue;
      const params: Record<string, string> = {};
      try {
        r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1])));
      } catch {
        // A broken % escape names nothing that exists.
        return null;
      }
      return { handler: r.handler, params, reads: r.reads };
    }
    return pathMatched ? 'method' : null;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendRaw(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  const buf = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
  res.writeHead(status, { 'content-type': contentType, 'content-length': buf.length, ...headers });
  res.end(buf);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers);
  res.end();
}

/**
 * Body as text, undoing gzip only when the sender said so in Content-Encoding (iCIMS events do). A
 * server does not guess from the bytes: gzip sent without the header is unreadable JSON here too.
 */
export function bodyText(ctx: Ctx): string {
  const enc = String(ctx.req.headers['content-encoding'] ?? '').trim().toLowerCase();
  return (enc === 'gzip' ? gunzipSync(ctx.rawBody) : ctx.rawBody).toString('utf8');
}

export class BadJson extends Error {}

export function bodyJson<T = unknown>(ctx: Ctx): T {
  let text: string;
  try {
    text = bodyText(ctx);
  } catch {
    throw new BadJson('The body is not valid gzip.');
  }
  if (text.trim() === '') return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new BadJson('The body is not valid JSON.');
  }
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface ServerHooks {
  router: Router;
  /** Runs before routing; returns true when it already answered (faults, throttling). */
  before?: (ctx: Ctx) => Promise<boolean> | boolean;
  /** Writes an error in this server's own error shape. */
  error: (ctx: Ctx, status: number, code: string, detail: string) => void;
  /** After a request that may have changed the simulated state (any routed request but a read). */
  changed?: () => void;
}

/** A client that stalls (a body shorter than its Content-Length) is cut off instead of holding a socket for minutes. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

export function createSimServer(hooks: ServerHooks, timeouts = { headersMs: HEADERS_TIMEOUT_MS, requestMs: REQUEST_TIMEOUT_MS, checkEveryMs: 5_000 }): Server {
  const server = createServer({ headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: timeouts.checkEveryMs }, (req, res) => {
    void handle(server, hooks, req, res);
  });
  return server;
}

async function handle(server: Server, hooks: ServerHooks, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const port = (server.address() as AddressInfo).port;
  if (!hostAllowed(req.headers.host, port)) {
    sendRaw(res, 421, 'Misdirected request: this simulator answers only 127.0.0.1 and localhost.\n', 'text/plain');
    return;
  }
  const ctx: Ctx = {
    req,
    res,
    method: req.method ?? 'GET',
    url: new URL(req.url ?? '/', `http://${req.headers.host}`),
    params: {},
    rawBody: Buffer.alloc(0),
  };
  if ((ctx.url.pathname === ADMIN_PREFIX || ctx.url.pathname.startsWith(`${ADMIN_PREFIX}/`)) && !adminRequestAllowed(req, port)) {
    req.resume();
    return hooks.error(ctx, 403, 'forbidden_origin', 'The simulator admin API refuses requests from web pages of other origins.');
  }
  try {
    ctx.rawBody = await readBody(req);
    if (hooks.before && (await hooks.before(ctx))) return;
    const m = hooks.router.match(ctx.method, ctx.url.pathname);
    if (m === null) return hooks.error(ctx, 404, 'not_found', 'Not found.');
    if (m === 'method') return hooks.error(ctx, 405, 'method_not_allowed', `Method "${ctx.method}" not allowed.`);
    ctx.params = m.params;
    try {
      await m.handler(ctx);
    } finally {
      if (!m.reads) hooks.changed?.();
    }
  } catch (e) {
    if (res.headersSent || res.destroyed) return;
    if (e instanceof BadJson) return hooks.error(ctx, 400, 'parse_error', e.message);
    hooks.error(ctx, 500, 'error', 'A server error occurred.');
  }
}

export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
