// The Certn request pipeline: client-side sliding-window limiter → fetch with deadline → 429 waits → retries.
// Order matters: the limiter gates every attempt (retries and post-429 attempts count against
// Certn's per-account limit too), and the deadline starts only once a slot is granted.
import { createHash } from 'node:crypto';
import pRetry from 'p-retry';
import type { z } from 'zod';
import { AppError } from '../shared/errors';
import type { Environment } from '../shared/regions';
import { certnBadResponse, certnHttpError, certnTransportError, type ErrorContext } from './errors';
import { TransportFailure, decodeJson, fetchRaw, hostOf, parseRetryAfter, raceAbort, type RawResponse } from '../net/transport';
import { SlidingWindowLimiter, realClock, type LimiterClock, type WindowState } from '../net/sliding-window';
import { t } from '../shared/i18n';

export interface CertnHttpOptions {
  environment: Environment;
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  rateLimitPerMinute: number;
  /** The window the limit applies to; 60 000 in production, shorter in tests. */
  rateLimitIntervalMs: number;
  maxRetries: number;
  retryBaseMs: number;
  /** How many 429 answers one call may sit out before giving up. */
  maxRateLimitWaits: number;
  /** A Retry-After longer than this is not waited out: the caller gets certn_rate_limited at once. */
  maxRetryAfterMs: number;
  /** The limiter's time; tests pass a virtual clock. */
  clock?: LimiterClock;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | readonly string[] | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  /** Noun for error wording ("package", "case"). */
  what?: string;
  listing?: boolean;
  accept?: string;
}

// Certn's limit is per account, and callers may build a fresh client per call, so clients for the
// same host and key share one limiter. The key is kept only as a hash.
const limiters = new Map<string, SlidingWindowLimiter>();

function sharedLimiter(baseUrl: string, apiKey: string, limit: number, interval: number, clock: LimiterClock): SlidingWindowLimiter {
  const id = `${baseUrl}\n${createHash('sha256').update(apiKey).digest('hex')}\n${limit}/${interval}`;
  let limiter = limiters.get(id);
  if (!limiter || limiter.clock !== clock) {
    limiter = new SlidingWindowLimiter(limit, interval, clock);
    limiters.set(id, limiter);
  }
  return limiter;
}

// Marks failures worth another attempt (5xx, cut connections, timeouts) without changing their type.
const transient = new WeakSet<object>();

export class CertnHttp {
  private readonly limiter: SlidingWindowLimiter;
  private readonly host: string;

  constructor(readonly opts: CertnHttpOptions) {
    this.limiter = sharedLimiter(opts.baseUrl, opts.apiKey, opts.rateLimitPerMinute, opts.rateLimitIntervalMs, opts.clock ?? realClock);
    this.host = hostOf(opts.baseUrl);
  }

  /** The console's own rate window for this account: calls left now, and when the next may go. */
  rateWindow(): WindowState {
    return this.limiter.state();
  }

  /** How long `calls` more sequential calls would take under the window, at the pace answers came so far. */
  rateEta(calls: number): number {
    return this.limiter.eta(calls, this.latencyMs ?? 0);
  }

  /** A moving average of how long Certn takes to answer once a call has its slot. */
  private latencyMs: number | null = null;

  url(path: string, query?: RequestOptions['query']): string {
    const u = new URL(this.opts.baseUrl.replace(/\/+$/, '') + path);
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v === undefined) continue;
      if (Array.isArray(v)) for (const item of v) u.searchParams.append(k, String(item));
      else u.searchParams.set(k, String(v));
    }
    return u.toString();
  }

  private ctx(what?: string, listing?: boolean): ErrorContext {
    return { environment: this.opts.environment, host: this.host, what, listing };
  }

  /** Sends one request with all protections and returns the raw 2xx answer. */
  async send(method: 'GET' | 'POST', path: string, ro: RequestOptions = {}): Promise<RawResponse> {
    const idempotent = method === 'GET';
    const url = this.url(path, ro.query);
    try {
      return await pRetry(() => this.attempt(method, url, ro), {
        retries: idempotent ? this.opts.maxRetries : 0,
        minTimeout: this.opts.retryBaseMs,
        factor: 2,
        maxTimeout: Math.max(this.opts.retryBaseMs, 15_000),
        randomize: true,
        signal: ro.signal,
        shouldRetry: ({ error }) => transient.has(error),
      });
    } catch (e) {
      if (ro.signal?.aborted) throw certnTransportError(new TransportFailure('cancelled', undefined), this.ctx(), this.opts.timeoutMs);
      if (e instanceof AppError) throw e;
      throw certnBadResponse(this.ctx(ro.what), t('errors.badResponse.internal'));
    }
  }

  private async attempt(method: string, url: string, ro: RequestOptions): Promise<RawResponse> {
    const headers: Record<string, string> = {
      Authorization: `Api-Key ${this.opts.apiKey}`,
      Accept: ro.accept ?? 'application/json',
    };
    let body: string | undefined;
    if (ro.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(ro.body);
    }
    for (let waits = 0; ; waits++) {
      let res: RawResponse;
      try {
        await raceAbort(this.limiter.acquire(ro.signal), ro.signal);
        const sent = this.limiter.clock.now();
        res = await fetchRaw(url, { method, headers, body }, { timeoutMs: this.opts.timeoutMs, signal: ro.signal });
        const took = this.limiter.clock.now() - sent;
        this.latencyMs = this.latencyMs === null ? took : 0.8 * this.latencyMs + 0.2 * took;
      } catch (e) {
        if (!(e instanceof TransportFailure)) throw e;
        const err = certnTransportError(e, this.ctx(ro.what), this.opts.timeoutMs);
        // A refused or unresolvable host will not fix itself within a backoff; cut or slow ones may.
        if (e.kind === 'reset' || e.kind === 'timeout') transient.add(err);
        throw err;
      }
      if (res.status === 429) {
        // Seconds or an HTTP date; without one, a second, as the least a server means by 429.
        const now = this.limiter.clock.now();
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'), now) ?? 1000;
        if (waits < this.opts.maxRateLimitWaits && retryAfter <= this.opts.maxRetryAfterMs) {
          // Every call for this account holds back, not just the one refused; the next attempt
          // waits in the limiter until then.
          this.limiter.pauseUntil(now + retryAfter);
          continue;
        }
        throw certnHttpError(429, res.body, this.ctx(ro.what), retryAfter);
      }
      if (res.status >= 200 && res.status < 300) return res;
      const err = certnHttpError(res.status, res.body, this.ctx(ro.what, ro.listing));
      if (res.status >= 500) transient.add(err);
      throw err;
    }
  }

  /** Sends and parses a JSON answer with the given schema. */
  async json<T extends z.ZodType>(method: 'GET' | 'POST', path: string, schema: T, ro: RequestOptions = {}): Promise<z.infer<T>> {
    const res = await this.send(method, path, ro);
    return this.parse(res, schema, ro.what);
  }

  parse<T extends z.ZodType>(res: RawResponse, schema: T, what?: string): z.infer<T> {
    let data: unknown;
    try {
      data = decodeJson(res.body);
    } catch {
      throw certnBadResponse(this.ctx(what), t('errors.badResponse.notJson'), res.status);
    }
    const parsed = schema.safeParse(data ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue?.path.length ? issue.path.join('.') : null;
      throw certnBadResponse(this.ctx(what), at ? t('errors.badResponse.wrongType', { at }) : t('errors.badResponse.wrongShape'), res.status);
    }
    return parsed.data;
  }
}
