// Request signing exactly as SendSafely's SDKs do it: HMAC-SHA256 keyed with the API secret over
// the API key, the path from /api/v2.0 (no query), the timestamp and the exact body bytes sent.
import { createHmac } from 'node:crypto';

export const API_BASE_PATH = '/api/v2.0';

/** UTC to the second, `YYYY-MM-DDTHH:MM:SS+0000` (not ISO's `.sssZ`). */
export function requestTimestamp(now: Date): string {
  return now.toISOString().slice(0, 19) + '+0000';
}

export const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;

export function parseRequestTimestamp(value: string): Date | null {
  if (!TIMESTAMP_RE.test(value)) return null;
  const d = new Date(value.slice(0, 19) + 'Z');
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Lowercase hex HMAC-SHA256; `body` is the exact bytes put on the wire (empty for GET). */
export function signRequest(apiSecret: string, apiKey: string, path: string, timestamp: string, body: string | Uint8Array): string {
  const h = createHmac('sha256', apiSecret);
  h.update(apiKey + path + timestamp, 'utf8');
  h.update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
  return h.digest('hex');
}
