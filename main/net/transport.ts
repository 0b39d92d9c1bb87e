// Low-level HTTP plumbing shared by the Certn, iCIMS and SendSafely clients and the endpoint probe:
// one fetch with a deadline that also covers reading the body, and a classification of the ways
// a connection fails, so each client can word its own actionable error without guessing.

export interface RawResponse {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

export type FailureKind = 'dns' | 'offline' | 'refused' | 'reset' | 'tls' | 'timeout' | 'cancelled' | 'other';

/** A request that produced no HTTP answer. `code` is the system/undici code when known (never a secret). */
export class TransportFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    // i18n-ignore: internal detail for logs; callers word their own error
    super(`transport failure: ${kind}${code ? ` (${code})` : ''}`, options);
    this.name = 'TransportFailure';
  }
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_REVOKED', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE',
  'EPROTO', 'ERR_SSL_WRONG_VERSION_NUMBER', 'ERR_TLS_HANDSHAKE_TIMEOUT',
]);

/** Walks `cause` chains (undici nests the system error one or two levels down). */
function findCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let depth = 0; depth < 5 && cur && typeof cur === 'object'; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

export function classifyFailure(e: unknown): { kind: FailureKind; code?: string } {
  const code = findCode(e);
  if (code === 'ENOTFOUND') return { kind: 'dns', code };
  if (code === 'EAI_AGAIN' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'ENETDOWN') return { kind: 'offline', code };
  if (code === 'ECONNREFUSED') return { kind: 'refused', code };
  if (code && (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT'))) {
    return { kind: 'tls', code };
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') return { kind: 'reset', code };
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return { kind: 'timeout', code };
  return { kind: 'other', code };
}

/**
 * One HTTP exchange. The deadline runs from the moment the request leaves until the whole body
 * is read, so a server that stalls mid-body is also caught. A caller's abort wins over the deadline.
 */
export async function fetchRaw(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Uint8Array<ArrayBuffer> },
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<RawResponse> {
  if (opts.signal?.aborted) throw new TransportFailure('cancelled', undefined);
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
  try {
    const res = await fetch(url, { method: init.method, headers: init.headers, body: init.body, signal, redirect: 'manual' });
    const body = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body };
  } catch (e) {
    if (opts.signal?.aborted) throw new TransportFailure('cancelled', undefined, { cause: e });
    if (deadline.aborted) throw new TransportFailure('timeout', undefined, { cause: e });
    const { kind, code } = classifyFailure(e);
    throw new TransportFailure(kind, code, { cause: e });
  }
}

/** Sleeps, but stops early (rejecting) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new TransportFailure('cancelled', undefined));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new TransportFailure('cancelled', undefined));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves with the promise, or rejects as cancelled as soon as the signal aborts. */
export function raceAbort<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(new TransportFailure('cancelled', undefined));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new TransportFailure('cancelled', undefined));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e) => { signal.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}

/** Retry-After is either delta-seconds or an HTTP date; returns milliseconds, or undefined if absent/unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function basicAuth(username: string, password: string): string {
  return 'Basic ' + Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
}

/** Decodes a body as JSON; `undefined` for an empty body, throws SyntaxError on malformed text. */
export function decodeJson(body: Uint8Array): unknown {
  const text = new TextDecoder().decode(body);
  if (text.trim() === '') return undefined;
  return JSON.parse(text);
}
