// iCIMS search: ids only, ascending, at most 1000 per call; callers page with an `id >` filter.
import { type Ctx, type Router, bodyJson, sendJson } from './http-util';
import { ICIMS_CODES, icimsError } from './icims-errors';
import { customerBase } from './icims-shapes';
import type { IcimsState } from './state';

export const SEARCH_MAX = 1000;

interface Filter {
  name?: string;
  value?: unknown[];
  operator?: string;
}

const KINDS = {
  people: { own: 'person.id', path: 'people' },
  jobs: { own: 'job.id', path: 'jobs' },
  applicantworkflows: { own: 'applicantworkflow.id', path: 'applicantworkflows' },
} as const;

const SUPPORTED: Record<keyof typeof KINDS, string[]> = {
  people: ['person.id'],
  jobs: ['job.id'],
  applicantworkflows: ['applicantworkflow.id', 'person.id', 'job.id', 'applicantworkflow.status'],
};

type Row = { id: number; person?: number; job?: number; status?: string };

function rows(s: IcimsState, kind: keyof typeof KINDS): Row[] {
  if (kind === 'people') return [...s.people.keys()].map((id) => ({ id }));
  if (kind === 'jobs') return [...s.jobs.keys()].map((id) => ({ id }));
  return [...s.workflows.values()].map((w) => ({ id: w.id, person: w.personId, job: w.jobId, status: w.statusId }));
}

function valueOf(kind: keyof typeof KINDS, name: string, r: Row): number | string | undefined {
  if (name === KINDS[kind].own) return r.id;
  if (kind === 'applicantworkflows') {
    if (name === 'person.id') return r.person;
    if (name === 'job.id') return r.job;
    if (name === 'applicantworkflow.status') return r.status;
  }
  return undefined;
}

function matches(v: number | string | undefined, f: Filter): boolean {
  const vals = (f.value ?? []).map(String);
  const op = f.operator ?? '=';
  if (v === undefined) return false;
  if (op === '=') return vals.includes(String(v));
  const n = Number(vals[0]);
  if (op === '>') return Number(v) > n;
  if (op === '<') return Number(v) < n;
  return false;
}

function run(s: IcimsState, base: string, ctx: Ctx, filters: Filter[]): void {
  const kind = ctx.params.kind as keyof typeof KINDS;
  if (!(kind in KINDS)) return icimsError(ctx, 404, ICIMS_CODES.notFound, `Unknown search profile ${ctx.params.kind}.`);
  const all = rows(s, kind);
  for (const f of filters) {
    if (!f.name || !SUPPORTED[kind].includes(f.name)) {
      return icimsError(ctx, 400, ICIMS_CODES.required, `Unsupported search filter ${f.name ?? '(none)'}.`);
    }
    if (!['=', '>', '<'].includes(f.operator ?? '=')) return icimsError(ctx, 400, ICIMS_CODES.required, `Unsupported operator ${f.operator}.`);
  }
  const hits = all
    .filter((r) => filters.every((f) => matches(valueOf(kind, f.name!, r), f)))
    .sort((a, b) => a.id - b.id)
    .slice(0, SEARCH_MAX);
  const cb = customerBase(base, s);
  sendJson(ctx.res, 200, { searchResults: hits.map((r) => ({ id: r.id, self: `${cb}/${KINDS[kind].path}/${r.id}` })) });
}

function parseFilters(ctx: Ctx, raw: unknown): Filter[] | null {
  const f = (raw as { filters?: unknown } | null)?.filters ?? [];
  if (!Array.isArray(f)) {
    icimsError(ctx, 400, ICIMS_CODES.required, 'filters must be a list.');
    return null;
  }
  return f as Filter[];
}

export function registerSearch(
  router: Router,
  s: IcimsState,
  base: () => string,
  guard: (s: IcimsState, h: (ctx: Ctx) => void) => (ctx: Ctx) => Promise<void> | void,
): void {
  router.on('POST', '/customers/:cid/search/:kind', guard(s, (ctx) => {
    const f = parseFilters(ctx, bodyJson(ctx));
    if (f) run(s, base(), ctx, f);
  }));
  router.on('GET', '/customers/:cid/search/:kind', guard(s, (ctx) => {
    const q = ctx.url.searchParams.get('searchJson');
    let raw: unknown = {};
    try {
      raw = q ? JSON.parse(q) : {};
    } catch {
      return icimsError(ctx, 400, ICIMS_CODES.required, 'searchJson is not valid JSON.');
    }
    const f = parseFilters(ctx, raw);
    if (f) run(s, base(), ctx, f);
  }));
}
