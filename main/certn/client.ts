// The Certn public API as the console uses it: connection test, groups, packages, cases, reports.
import { AppError } from '../shared/errors';
import { CERTN_API_BASE, type Environment } from '../shared/regions';
import { CertnHttp, type RequestOptions } from './http';
import {
  caseSchema, generateReportSchema, groupSchema, packageSchema, pageSchema, reportFileJsonSchema,
  type CertnCase, type CertnGroup, type CertnPackage, type Pagination, type ReportFileJson,
} from './schemas';
import type { z } from 'zod';
import { decodeJson } from '../net/transport';
import type { LimiterClock } from '../net/sliding-window';
import { t } from '../shared/i18n';

export interface CertnClientOptions {
  environment: Environment;
  apiKey: string;
  /** Required for the simulator (its loopback URL); overrides the region's host otherwise. */
  baseUrl?: string;
  timeoutMs?: number;
  /** Client-side ceiling; Certn publishes no figure, so the default is deliberately conservative. */
  rateLimitPerMinute?: number;
  /** Window for rateLimitPerMinute; only tests shorten it. */
  rateLimitIntervalMs?: number;
  maxRetries?: number;
  retryBaseMs?: number;
  maxRateLimitWaits?: number;
  maxRetryAfterMs?: number;
  /** The rate limiter's time; tests pass a virtual clock. */
  clock?: LimiterClock;
}

export interface PageProgress {
  page: number;
  pageCount: number;
  loaded: number;
  total: number;
  /** Calls the console's own rate window lets start right now. */
  callsLeft: number;
  /** Milliseconds until the remaining pages should be in, given the window and the pace so far. */
  etaMs: number;
}

export interface ListOptions {
  onProgress?: (p: PageProgress) => void;
  signal?: AbortSignal;
  /** 1–100; defaults to 100 so long lists cost fewer calls against Certn's (unpublished) rate limit. */
  pageSize?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface CaseFilters {
  group?: string | string[];
  overallStatus?: string | string[];
  checkType?: string | string[];
  orderedBy?: string | string[];
  orderedAfter?: string | Date;
  orderedBefore?: string | Date;
  emailAddress?: string;
}

export interface ConnectionTestResult {
  ok: true;
  environment: Environment;
  baseUrl: string;
  /** Groups the key can see (from the paginated count). */
  groupCount: number;
  latencyMs: number;
}

export type ReportFile =
  | { kind: 'file'; contentType: string; bytes: Uint8Array }
  | { kind: 'json'; contentType: string; data: ReportFileJson };

export interface GeneratedReport {
  /** The id to pass to getReportFile. */
  reportFileId: string;
  status?: string;
  raw: Record<string, unknown>;
}

const groupPage = pageSchema(groupSchema);

/**
 * CertnCentric publishes no rate limit; Certn's older API documented 240 a minute. The console stays
 * well under that by default and lets an operator lower or raise it (CERTN_RATE_LIMIT_PER_MINUTE);
 * a 429 with Retry-After is honoured whatever the ceiling.
 */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 60;

/** The configured ceiling, or the default when the variable is absent or not a positive integer. */
export function configuredRateLimit(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.CERTN_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(n) && n > 0 && n <= 10_000 ? n : DEFAULT_RATE_LIMIT_PER_MINUTE;
}

export function certnBaseUrl(environment: Environment, baseUrl?: string): string {
  if (baseUrl) return baseUrl.replace(/\/+$/, '');
  if (environment === 'simulator') {
    throw new AppError('certn_network', t('errors.simulator.noAddress'), t('errors.simulator.noAddress.hint'));
  }
  return CERTN_API_BASE[environment];
}

function toIso(d: string | Date | undefined): string | undefined {
  return d instanceof Date ? d.toISOString() : d;
}

function asArray(v: string | string[] | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v : [v];
}

function seg(id: string): string {
  return encodeURIComponent(id);
}

export function createCertnClient(options: CertnClientOptions) {
  const baseUrl = certnBaseUrl(options.environment, options.baseUrl);
  const http = new CertnHttp({
    environment: options.environment,
    baseUrl,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 20_000,
    rateLimitPerMinute: options.rateLimitPerMinute ?? configuredRateLimit(),
    rateLimitIntervalMs: options.rateLimitIntervalMs ?? 60_000,
    maxRetries: options.maxRetries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 500,
    maxRateLimitWaits: options.maxRateLimitWaits ?? 5,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
    clock: options.clock,
  });

  /** Follows `next_page` to the end, reporting after each page. */
  async function listAll<T extends z.ZodType>(
    path: string,
    item: T,
    query: RequestOptions['query'],
    lo: ListOptions,
    what: string,
  ): Promise<z.infer<T>[]> {
    const pageSize = Math.min(100, Math.max(1, lo.pageSize ?? 100));
    const all: z.infer<T>[] = [];
    let page: number | null = 1;
    while (page !== null) {
      const data: { pagination: Pagination; results: unknown[] } = await http.json('GET', path, pageSchema(item), {
        query: { ...query, page, page_size: pageSize },
        signal: lo.signal,
        what,
        listing: true,
      });
      all.push(...(data.results as z.infer<T>[]));
      const p = data.pagination;
      const etaMs = http.rateEta(Math.max(0, p.page_count - p.current_page));
      lo.onProgress?.({ page: p.current_page, pageCount: p.page_count, loaded: all.length, total: p.result_count, callsLeft: http.rateWindow().callsLeft, etaMs });
      const next: number | null = p.next_page;
      if (next !== null && next <= page) {
        throw new AppError('certn_bad_response', t('errors.certn.pagesStuck', { what, page: String(page), next: String(next) }), t('errors.certn.pagesStuck.hint'));
      }
      page = next;
    }
    return all;
  }

  return {
    environment: options.environment,
    baseUrl,

    /** Cheapest authenticated call integrators use: one group. Proves host, key and region match. */
    async testConnection(o: CallOptions = {}): Promise<ConnectionTestResult> {
      const started = performance.now();
      const data = await http.json('GET', '/api/public/groups/', groupPage, {
        query: { page: 1, page_size: 1 },
        signal: o.signal,
        what: 'group',
        listing: true,
      });
      return {
        ok: true,
        environment: options.environment,
        baseUrl,
        groupCount: data.pagination.result_count,
        latencyMs: Math.round(performance.now() - started),
      };
    },

    listGroups(lo: ListOptions = {}): Promise<CertnGroup[]> {
      return listAll('/api/public/groups/', groupSchema, {}, lo, 'group');
    },

    getGroup(id: string, o: CallOptions = {}): Promise<CertnGroup> {
      return http.json('GET', `/api/public/groups/${seg(id)}/`, groupSchema, { signal: o.signal, what: 'group' });
    },

    listPackages(lo: ListOptions & { isActive?: boolean } = {}): Promise<CertnPackage[]> {
      return listAll('/api/public/packages/', packageSchema, { is_active: lo.isActive }, lo, 'package');
    },

    getPackage(id: string, o: CallOptions = {}): Promise<CertnPackage> {
      return http.json('GET', `/api/public/packages/${seg(id)}/`, packageSchema, { signal: o.signal, what: 'package' });
    },

    listCases(filters: CaseFilters = {}, lo: ListOptions = {}): Promise<CertnCase[]> {
      return listAll(
        '/api/public/cases/',
        caseSchema,
        {
          // CertnCentric takes its list filters as repeated keys without `[]`; a bracketed key is
          // an unknown parameter there and would be ignored, returning every case unfiltered.
          group: asArray(filters.group),
          overall_status: asArray(filters.overallStatus),
          check_type: asArray(filters.checkType),
          ordered_by: asArray(filters.orderedBy),
          order_timeframe_after: toIso(filters.orderedAfter),
          order_timeframe_before: toIso(filters.orderedBefore),
          email_address: filters.emailAddress,
        },
        lo,
        'case',
      );
    },

    getCase(id: string, o: CallOptions = {}): Promise<CertnCase> {
      return http.json('GET', `/api/public/cases/${seg(id)}/`, caseSchema, { signal: o.signal, what: 'case' });
    },

    /** Asks Certn to build the PDF; the answer's id (or the case id) is what getReportFile takes. */
    async generateReport(caseId: string, o: CallOptions = {}): Promise<GeneratedReport> {
      const data = await http.json('POST', `/api/public/cases/${seg(caseId)}/generate-report/`, generateReportSchema, {
        body: {},
        signal: o.signal,
        what: 'case',
      });
      const id = data.report_file_id ?? data.id ?? caseId;
      return { reportFileId: String(id), status: data.status, raw: data as Record<string, unknown> };
    },

    /** The report file: PDF bytes when ready, or the JSON Certn answers instead (e.g. still generating). */
    async getReportFile(id: string, o: CallOptions = {}): Promise<ReportFile> {
      const res = await http.send('GET', `/api/public/cases/report-files/${seg(id)}/`, {
        signal: o.signal,
        what: 'report file',
        accept: 'application/pdf, application/json;q=0.9, */*;q=0.5',
      });
      const contentType = res.headers.get('content-type') ?? 'application/octet-stream';
      if (/\bjson\b/i.test(contentType)) {
        return { kind: 'json', contentType, data: http.parse(res, reportFileJsonSchema, 'report file') };
      }
      // Some servers label JSON as text; only treat a body as a file when it is not readable JSON.
      if (/^text\//i.test(contentType)) {
        try {
          const parsed = reportFileJsonSchema.safeParse(decodeJson(res.body));
          if (parsed.success) return { kind: 'json', contentType, data: parsed.data };
        } catch {
          /* not JSON: a file */
        }
      }
      return { kind: 'file', contentType, bytes: res.body };
    },
  };
}

export type CertnClient = ReturnType<typeof createCertnClient>;
