// The slice of the iCIMS REST API the console needs: a credential check that reads no candidate
// data, the three records an event points at, the status change, and id-only searches.
import pRetry from 'p-retry';
import type { z } from 'zod';
import { AppError } from '../shared/errors';
import { ICIMS_API_BASE, type IcimsHosting } from '../shared/regions';
import { TransportFailure, basicAuth, decodeJson, fetchRaw, hostOf, type RawResponse } from '../net/transport';
import { icimsBadResponse, icimsHttpError, icimsTransportError, parseIcimsError, type IcimsErrorContext } from './errors';
import { jobSchema, personSchema, searchResultsSchema, workflowSchema, type IcimsJob, type IcimsPerson, type IcimsWorkflow } from './schemas';
import { t } from '../shared/i18n';

export interface IcimsClientOptions {
  hosting: IcimsHosting | 'simulator';
  /** Required for the simulator; overrides the hosting region's host otherwise. */
  baseUrl?: string;
  customerId: string;
  username: string;
  password: string;
  timeoutMs?: number;
  maxRetries?: number;
  retryBaseMs?: number;
}

export interface IcimsRateLimit {
  limit?: number;
  remaining?: number;
  /** As iCIMS sends it (seconds until the window resets, or an epoch). */
  reset?: number;
}

export type SearchKind = 'people' | 'jobs' | 'applicantworkflows';
export interface SearchFilter {
  name: string;
  value: string[];
  operator?: '=' | '>' | '<' | '>=' | '<=';
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface CredentialCheck {
  ok: true;
  /** Job ids visible on the first search page (at most 1000): a sign the user can search. */
  jobsVisible: number;
  rateLimit: IcimsRateLimit;
}

const ID_FIELD: Record<SearchKind, string> = { people: 'person.id', jobs: 'job.id', applicantworkflows: 'applicantworkflow.id' };
const transient = new WeakSet<object>();

export function icimsBaseUrl(hosting: IcimsClientOptions['hosting'], baseUrl?: string): string {
  if (baseUrl) return baseUrl.replace(/\/+$/, '');
  if (hosting === 'simulator') {
    throw new AppError('icims_network', t('errors.simulator.noAddress'), t('errors.simulator.noAddress.hint'));
  }
  return ICIMS_API_BASE[hosting];
}

function num(v: string | null): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

export function createIcimsClient(options: IcimsClientOptions) {
  const base = icimsBaseUrl(options.hosting, options.baseUrl);
  const host = hostOf(base);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const auth = basicAuth(options.username, options.password);
  let lastRateLimit: IcimsRateLimit = {};

  const ctx = (what?: string, id?: string | number): IcimsErrorContext => ({ host, customerId: options.customerId, what, id });

  function url(path: string, query?: Record<string, string | undefined>): string {
    const u = new URL(`${base}/customers/${encodeURIComponent(options.customerId)}${path}`);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) u.searchParams.set(k, v);
    return u.toString();
  }

  async function attempt(method: string, target: string, body: unknown, c: IcimsErrorContext, signal?: AbortSignal): Promise<RawResponse> {
    const headers: Record<string, string> = { Authorization: auth, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res: RawResponse;
    try {
      res = await fetchRaw(target, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, { timeoutMs, signal });
    } catch (e) {
      if (!(e instanceof TransportFailure)) throw e;
      const err = icimsTransportError(e, c, timeoutMs);
      if (e.kind === 'reset' || e.kind === 'timeout') transient.add(err);
      throw err;
    }
    lastRateLimit = {
      limit: num(res.headers.get('x-ratelimit-limit')),
      remaining: num(res.headers.get('x-ratelimit-remaining')),
      reset: num(res.headers.get('x-ratelimit-reset')),
    };
    if (res.status >= 200 && res.status < 300) return res;
    const err = icimsHttpError(res.status, parseIcimsError(res.headers, res.body), c, lastRateLimit.reset);
    if (res.status >= 500) transient.add(err);
    throw err;
  }

  /** Searches are POSTs but read-only, so they are retried like GETs; PATCH is not. */
  async function send(method: string, path: string, o: { body?: unknown; query?: Record<string, string | undefined>; retry: boolean; what?: string; id?: string | number; signal?: AbortSignal }): Promise<RawResponse> {
    const c = ctx(o.what, o.id);
    const target = url(path, o.query);
    try {
      return await pRetry(() => attempt(method, target, o.body, c, o.signal), {
        retries: o.retry ? (options.maxRetries ?? 2) : 0,
        minTimeout: options.retryBaseMs ?? 500,
        randomize: true,
        signal: o.signal,
        shouldRetry: ({ error }) => transient.has(error),
      });
    } catch (e) {
      if (o.signal?.aborted) throw icimsTransportError(new TransportFailure('cancelled', undefined), c, timeoutMs);
      if (e instanceof AppError) throw e;
      throw icimsBadResponse(c, t('errors.badResponse.internal'));
    }
  }

  function parse<T extends z.ZodType>(res: RawResponse, schema: T, what: string): z.infer<T> {
    let data: unknown;
    try {
      data = decodeJson(res.body);
    } catch {
      throw icimsBadResponse(ctx(what), t('errors.badResponse.notJson'));
    }
    const parsed = schema.safeParse(data ?? {});
    if (!parsed.success) {
      const at = parsed.error.issues[0]?.path.join('.');
      throw icimsBadResponse(ctx(what), at ? t('errors.badResponse.wrongType', { at }) : t('errors.badResponse.wrongShape'));
    }
    return parsed.data;
  }

  async function searchPage(kind: SearchKind, filters: SearchFilter[], signal?: AbortSignal): Promise<number[]> {
    const res = await send('POST', `/search/${kind}`, { body: { filters }, retry: true, what: 'search', signal });
    const data = parse(res, searchResultsSchema, 'search');
    return data.searchResults.map((r) => Number(r.id));
  }

  return {
    baseUrl: base,
    customerId: options.customerId,
    /** Rate-limit headers from the latest answer. */
    get rateLimit(): IcimsRateLimit {
      return { ...lastRateLimit };
    },

    /** Proves host, customer id, username and password together by searching job ids (no candidate data). */
    async checkCredentials(o: CallOptions = {}): Promise<CredentialCheck> {
      const ids = await searchPage('jobs', [{ name: ID_FIELD.jobs, value: ['0'], operator: '>' }], o.signal);
      return { ok: true, jobsVisible: ids.length, rateLimit: { ...lastRateLimit } };
    },

    async getPerson(id: string | number, fields?: string[], o: CallOptions = {}): Promise<IcimsPerson> {
      const res = await send('GET', `/people/${encodeURIComponent(String(id))}`, {
        query: { fields: fields?.length ? fields.join(',') : undefined },
        retry: true, what: 'person', id, signal: o.signal,
      });
      return parse(res, personSchema, 'person');
    },

    async getJob(id: string | number, o: CallOptions = {}): Promise<IcimsJob> {
      const res = await send('GET', `/jobs/${encodeURIComponent(String(id))}`, { retry: true, what: 'job', id, signal: o.signal });
      return parse(res, jobSchema, 'job');
    },

    async getWorkflow(id: string | number, o: CallOptions = {}): Promise<IcimsWorkflow> {
      const res = await send('GET', `/applicantworkflows/${encodeURIComponent(String(id))}`, { retry: true, what: 'applicant workflow', id, signal: o.signal });
      return parse(res, workflowSchema, 'applicant workflow');
    },

    async patchWorkflowStatus(id: string | number, statusId: string, o: CallOptions = {}): Promise<void> {
      await send('PATCH', `/applicantworkflows/${encodeURIComponent(String(id))}`, {
        body: { status: { id: statusId } }, retry: false, what: 'applicant workflow', id, signal: o.signal,
      });
    },

    /**
     * All ids matching the filters, ascending. iCIMS returns at most 1000 per call, so we page by
     * adding `<kind>.id > last id` until a page comes back empty (robust to a smaller server cap).
     */
    async search(kind: SearchKind, filters: SearchFilter[] = [], o: CallOptions & { onProgress?: (loaded: number) => void } = {}): Promise<number[]> {
      const idField = ID_FIELD[kind];
      const rest = filters.filter((f) => !(f.name === idField && f.operator === '>'));
      const floor = filters.find((f) => f.name === idField && f.operator === '>')?.value[0];
      const all: number[] = [];
      let after = floor !== undefined ? Number(floor) : 0;
      for (;;) {
        const page = await searchPage(kind, [...rest, { name: idField, value: [String(after)], operator: '>' }], o.signal);
        if (page.length === 0) break;
        const last = page[page.length - 1];
        if (!(last > after)) throw icimsBadResponse(ctx('search'), t('errors.badResponse.searchStuck'));
        all.push(...page);
        o.onProgress?.(all.length);
        after = last;
      }
      return all;
    },
  };
}

export type IcimsClient = ReturnType<typeof createIcimsClient>;
