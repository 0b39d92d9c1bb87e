// A thin client on SendSafely's documented REST API: signed requests sent one at a time, with a
// deadline each, backoff on 429 and 5xx (only where repeating cannot create a second package),
// cancellation, and typed errors. No SDK: the official one is heavy and mixes up concurrent work.
import pRetry, { AbortError } from 'p-retry';
import { z } from 'zod';
import { TransportFailure, fetchRaw, parseRetryAfter, sleep, type RawResponse } from '../net/transport';
import { API_BASE_PATH, requestTimestamp, signRequest } from './sign';
import { t } from '../shared/i18n';
import { SendSafelyError, badAnswer, httpError, responseError, transportError } from './errors';

export interface SendSafelyClientOptions {
  /** The organisation's host, e.g. https://acme.sendsafely.com (http only on loopback, for the simulator). */
  host: string;
  apiKey: string;
  apiSecret: string;
  timeoutMs?: number;
  retries?: number;
  retryBaseMs?: number;
  /** The longest Retry-After waited out before giving up. */
  maxRetryAfterMs?: number;
  now?: () => Date;
}

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

interface CallOptions {
  signal?: AbortSignal;
  /** Safe to repeat after a 5xx or a cut connection (a 429 is always safe: it was not processed). */
  idempotent?: boolean;
}

const Envelope = z.looseObject({ response: z.string(), message: z.string().optional(), errors: z.array(z.string()).optional() });

export const CreatedPackage = z.looseObject({ packageId: z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/), packageCode: z.string().min(1), serverSecret: z.string().min(1) });
export type CreatedPackage = z.infer<typeof CreatedPackage>;
const PublicKeys = z.looseObject({ publicKeys: z.array(z.looseObject({ id: z.string().min(1), key: z.string().min(1) })) });
const Finalized = z.looseObject({ message: z.string().min(1) });
export const Confirmation = z.looseObject({ ipAddress: z.string().optional(), timestamp: z.string().optional() });
export const PackageInfo = z.looseObject({
  packageId: z.string(),
  state: z.string().optional(),
  life: z.number().optional(),
  recipients: z.array(z.looseObject({ recipientId: z.string().optional(), email: z.string(), confirmations: z.array(Confirmation).optional() })).default([]),
});
export type PackageInfo = z.infer<typeof PackageInfo>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Turns what an admin types (`acme`, `acme.sendsafely.com`, a full URL) into an origin. */
export function normaliseHost(input: string): string {
  const raw = input.trim();
  const bad = () => new SendSafelyError('sendsafely_host_invalid', t('sendsafely.hostInvalid'), t('sendsafely.hostInvalid.hint'));
  if (!raw) throw bad();
  const withScheme = /^[a-z]+:\/\//i.test(raw) ? raw : /^[a-z0-9-]+$/i.test(raw) ? `https://${raw}.sendsafely.com` : `https://${raw}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    throw bad();
  }
  if (u.username || u.password || u.search || u.hash || (u.pathname !== '/' && u.pathname !== '')) throw bad();
  if (u.protocol === 'http:' && !LOOPBACK.has(u.hostname)) {
    throw new SendSafelyError('sendsafely_host_invalid', t('sendsafely.httpsOnly'), t('sendsafely.httpsOnly.hint'));
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw bad();
  return u.origin;
}

// Marks failures worth another attempt without changing their type.
const transient = new WeakSet<object>();

export class SendSafelyClient {
  readonly host: string;
  private readonly hostName: string;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly timeoutMs: number;
  private readonly now: () => Date;

  constructor(private readonly opts: SendSafelyClientOptions) {
    this.host = normaliseHost(opts.host);
    this.hostName = new URL(this.host).host;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.now = opts.now ?? (() => new Date());
  }

  /** `GET /config/verify-credentials/`: the e-mail address of the key's owner. */
  async verifyCredentials(signal?: AbortSignal): Promise<string> {
    const r = await this.call('GET', '/config/verify-credentials/', undefined, { signal, idempotent: true });
    if (typeof r.message !== 'string' || !r.message) throw badAnswer(this.hostName, { reason: 'noEmail' });
    return r.message;
  }

  async createPackage(signal?: AbortSignal): Promise<CreatedPackage> {
    return this.parse(CreatedPackage, await this.call('PUT', '/package/', { vdr: false }, { signal }), 'package');
  }

  async addRecipients(packageId: string, emails: string[], signal?: AbortSignal): Promise<void> {
    await this.call('PUT', `/package/${enc(packageId)}/recipients/`, { emails, autoEnableSMS: false }, { signal, idempotent: true });
  }

  async saveMessage(packageId: string, base64Message: string, signal?: AbortSignal): Promise<void> {
    await this.call('PUT', `/package/${enc(packageId)}/message/`, { message: base64Message }, { signal, idempotent: true });
  }

  async setLife(packageId: string, days: number, signal?: AbortSignal): Promise<void> {
    await this.call('POST', `/package/${enc(packageId)}/`, { life: days }, { signal, idempotent: true });
  }

  async publicKeys(packageId: string, signal?: AbortSignal): Promise<{ id: string; key: string }[]> {
    return this.parse(PublicKeys, await this.call('GET', `/package/${enc(packageId)}/public-keys/`, undefined, { signal, idempotent: true }), 'publicKeys').publicKeys;
  }

  async uploadKeycode(packageId: string, publicKeyId: string, encryptedKeycode: string, signal?: AbortSignal): Promise<void> {
    await this.call('PUT', `/package/${enc(packageId)}/link/${enc(publicKeyId)}/`, { keycode: encryptedKeycode }, { signal, idempotent: true });
  }

  /** Returns the secure link's base (without the keyCode fragment). */
  async finalize(packageId: string, checksum: string, signal?: AbortSignal): Promise<string> {
    const r = await this.call('POST', `/package/${enc(packageId)}/finalize/`, { checksum, undisclosedRecipients: false, notifyRecipients: false }, { signal });
    const url = this.parse(Finalized, r, 'finalize').message;
    if (!/^https?:\/\//.test(url)) throw badAnswer(this.hostName, { reason: 'noLink' });
    return url;
  }

  /** Hands SendSafely the keyCode so it can e-mail the link: only when the admin chose that. */
  async notify(packageId: string, keyCode: string, signal?: AbortSignal): Promise<void> {
    await this.call('POST', `/package/${enc(packageId)}/notify/`, { keycode: keyCode }, { signal });
  }

  async packageInfo(packageId: string, signal?: AbortSignal): Promise<PackageInfo> {
    return this.parse(PackageInfo, await this.call('GET', `/package/${enc(packageId)}/`, undefined, { signal, idempotent: true }), 'packageInfo');
  }

  async deletePackage(packageId: string, signal?: AbortSignal): Promise<void> {
    await this.call('DELETE', `/package/${enc(packageId)}/`, undefined, { signal, idempotent: true });
  }

  private parse<T extends z.ZodType>(schema: T, data: unknown, part: 'package' | 'publicKeys' | 'finalize' | 'packageInfo'): z.infer<T> {
    const r = schema.safeParse(data);
    if (!r.success) throw badAnswer(this.hostName, { reason: 'missingFields', part });
    return r.data;
  }

  /** One request at a time per client: SendSafely's SDKs were seen to mix up concurrent work. */
  private call(method: Method, path: string, body: unknown, co: CallOptions): Promise<z.infer<typeof Envelope>> {
    const run = this.queue.then(() => this.withRetries(method, path, body, co));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async withRetries(method: Method, path: string, body: unknown, co: CallOptions): Promise<z.infer<typeof Envelope>> {
    const retries = this.opts.retries ?? 4;
    try {
      return await pRetry(() => this.attempt(method, path, body, co), {
        retries,
        minTimeout: this.opts.retryBaseMs ?? 500,
        factor: 2,
        maxTimeout: 15_000,
        randomize: true,
        signal: co.signal,
        shouldRetry: ({ error }) => transient.has(error),
      });
    } catch (e) {
      if (co.signal?.aborted) throw transportError(new TransportFailure('cancelled', undefined), this.hostName, this.timeoutMs);
      if (e instanceof AbortError && e.cause instanceof SendSafelyError) throw e.cause;
      if (e instanceof SendSafelyError) throw e;
      throw badAnswer(this.hostName, { reason: 'internal' });
    }
  }

  private async attempt(method: Method, path: string, body: unknown, co: CallOptions): Promise<z.infer<typeof Envelope>> {
    const fullPath = API_BASE_PATH + path;
    const text = body === undefined ? '' : JSON.stringify(body);
    // Signed per attempt: a retry after a wait needs a fresh timestamp.
    const timestamp = requestTimestamp(this.now());
    const headers: Record<string, string> = {
      'ss-api-key': this.opts.apiKey,
      'ss-request-timestamp': timestamp,
      'ss-request-signature': signRequest(this.opts.apiSecret, this.opts.apiKey, fullPath, timestamp, text),
      Accept: 'application/json',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: RawResponse;
    try {
      res = await fetchRaw(this.host + fullPath, { method, headers, body: body === undefined ? undefined : text }, { timeoutMs: this.timeoutMs, signal: co.signal });
    } catch (e) {
      if (!(e instanceof TransportFailure)) throw e;
      const err = transportError(e, this.hostName, this.timeoutMs);
      if (co.idempotent && (e.kind === 'reset' || e.kind === 'timeout')) transient.add(err);
      throw err;
    }
    if (res.status === 429) {
      const wait = parseRetryAfter(res.headers.get('retry-after')) ?? 0;
      const err = httpError(429, this.hostName);
      if (wait > (this.opts.maxRetryAfterMs ?? 30_000)) throw err;
      if (wait > 0) {
        try {
          await sleep(wait, co.signal);
        } catch (e) {
          throw transportError(e as TransportFailure, this.hostName, this.timeoutMs);
        }
      }
      transient.add(err);
      throw err;
    }
    if (res.status >= 500) {
      const err = httpError(res.status, this.hostName);
      if (co.idempotent) transient.add(err);
      throw err;
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(res.body));
    } catch {
      throw res.status >= 400 ? httpError(res.status, this.hostName) : badAnswer(this.hostName, { reason: 'notJson' }, res.status);
    }
    const env = Envelope.safeParse(json);
    if (!env.success) throw res.status >= 400 ? httpError(res.status, this.hostName) : badAnswer(this.hostName, { reason: 'noCode' }, res.status);
    if (env.data.response !== 'SUCCESS') {
      const date = res.headers.get('date');
      const serverSkewMs = date && !Number.isNaN(Date.parse(date)) ? Date.parse(date) - this.now().getTime() : undefined;
      const detail = env.data.errors?.length ? `${env.data.message ?? ''} ${env.data.errors.join('; ')}`.trim() : env.data.message;
      throw responseError(env.data.response, detail, { host: this.hostName, serverSkewMs, status: res.status });
    }
    if (res.status >= 300) throw httpError(res.status, this.hostName);
    return env.data;
  }
}

const enc = (s: string) => encodeURIComponent(s);
