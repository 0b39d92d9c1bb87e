// Who may talk to a simulated server: only its own loopback origin (a DNS-rebinding guard), the
// admin API only from clients that are not web pages of another origin, and HTTP Basic credentials
// compared in constant time.
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** DNS-rebinding guard: only our own loopback origin may talk to us. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function parseBasic(header: string | undefined): { user: string; pass: string } | null {
  if (!header || !/^basic\s+/i.test(header)) return null;
  const decoded = Buffer.from(header.replace(/^basic\s+/i, ''), 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return null;
  return { user: decoded.slice(0, i), pass: decoded.slice(i + 1) };
}

export function basicHeader(user: string, pass: string): string {
  return 'Basic ' + Buffer.from(`${user}:${pass}`).toString('base64');
}

export const ADMIN_PREFIX = '/__simulator';

/**
 * The admin API changes the simulator's state, and no browser page has any business calling it:
 * a request that carries a foreign Origin, or that the browser marks as cross-site, is refused
 * before its body is read. This also stops `text/plain` "simple" POSTs, which a page can send
 * without a preflight. Clients without a browser (the console, curl) send neither header.
 */
export function adminRequestAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return false;
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
