// iCIMS search as its Search API page describes it: ids only (as strings), ascending, at most 1000 per
// call, paged with an `id >` filter; at least one filter, known names and operators, no unknown attributes.
import { type Ctx, type Router, bodyJson, sendJson } from './router';
import { ICIMS_CODES, icimsError } from './icims-errors';
import { customerBase } from './icims-shapes';
import type { IcimsState } from './state';

export const SEARCH_MAX = 1000;

interface Filter {
  name?: unknown;
  value?: unknown;
  operator?: unknown;
  secondaryValue?: unknown;
}

const KINDS = {
  people: { own: 'person.id', path: 'people' },
  jobs: { own: 'job.id', path: 'jobs' },
  applicantworkflows: { own: 'applicantworkflow.id', path: 'applicantworkflows' },
} as const;

// Filter names as iCIMS's Search API page lists them. [assumed]: that the simulator supports only this
// subset; a real account has many more (and custom) filters, which we refuse as "not valid or hidden".
const SUPPORTED: Record<keyof typeof KINDS, string[]> = {
  people: ['person.id'],
  jobs: ['job.id'],
  applicantworkflows: ['applicantworkflow.id', 'applicantworkflow.person.id', 'applicantworkflow.job.id', 'applicantworkflow.status'],
};
const NUMBER_OPERATORS = ['=', '!=', '<', '>', '<=', '>='];
const LIST_OPERATORS = ['=', '!='];
const FILTER_KEYS = ['name', 'value', 'operator', 'secondaryValue'];
const GROUP_KEYS = ['filters', 'operator', 'children'];

type Row = { id: number; person?: number; job?: number; status?: string };

function rows(s: IcimsState, kind: keyof typeof KINDS): Row[] {
  if (kind === 'people') return [...s.people.keys()].map((id) => ({ id }));
  if (kind === 'jobs') return [...s.jobs.keys()].map((id) => ({ id }));
  return [...s.workflows.values()].map((w) => ({ id: w.id, person: w.personId, job: w.jobId, status: w.statusId }));
}

function valueOf(kind: keyof typeof KINDS, name: string, r: Row): number | string | undefined {
  if (name === KINDS[kind].own) return r.id;
  if (kind === 'applicantworkflows') {
    if (name === 'applicantworkflow.person.id') return r.person;
    if (name === 'applicantworkflow.job.id') return r.job;
    if (name === 'applicantworkflow.status') return r.status;
  }
  return undefined;
}

function matches(v: number | string | undefined, f: Filter): boolean {
  const vals = (f.value as unknown[]).map(String);
  const op = (f.operator as string | undefined) ?? '=';
  if (v === undefined) return false;
  if (op === '=') return vals.includes(String(v));
  if (op === '!=') return !vals.includes(String(v));
  const n = Number(vals[0]);
  const x = Number(v);
  return op === '>' ? x > n : op === '<' ? x < n : op === '>=' ? x >= n : x <= n;
}

/** The refusals iCIMS's Search API page documents, in its words; null when the query is acceptable. */
function refusal(kind: keyof typeof KINDS, raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'An unknown parsing error occurred';
  const group = raw as Record<string, unknown>;
  const badGroupKey = Object.keys(group).find((k) => !GROUP_KEYS.includes(k));
  if (badGroupKey) return `The following group attribute is unrecognized: ${badGroupKey}`;
  if (group.operator !== undefined && group.operator !== '&' && group.operator !== '|') return `The following group operator is not valid in the given context: ${String(group.operator)}`;
  if (group.children !== undefined) return 'The following group attribute is unrecognized: children';
  if (!Array.isArray(group.filters) || group.filters.length === 0) return 'At least one filter must be specified';
  for (const f of group.filters as Filter[]) {
    if (typeof f !== 'object' || f === null) return 'An unknown parsing error occurred';
    const badKey = Object.keys(f).find((k) => !FILTER_KEYS.includes(k));
    if (badKey) return `The following filter attribute is unrecognized: ${badKey}`;
    if (typeof f.name !== 'string' || !SUPPORTED[kind].includes(f.name)) return `The following filter is either not valid or hidden: ${typeof f.name === 'string' ? f.name : ''}`;
    const ops = f.name === 'applicantworkflow.status' ? LIST_OPERATORS : NUMBER_OPERATORS;
    if (f.operator !== undefined && !ops.includes(f.operator as string)) return `The following filter operator is not valid in the given context: ${String(f.operator)}`;
    if (!Array.isArray(f.value) || f.value.length === 0 || !f.value.every((v) => typeof v === 'string')) return 'An unknown parsing error occurred';
  }
  return null;
}

function run(s: IcimsState, base: string, ctx: Ctx, raw: unknown): void {
  const kind = ctx.params.kind as keyof typeof KINDS;
  if (!Object.hasOwn(KINDS, kind)) return icimsError(ctx, 404, ICIMS_CODES.notFound, `Unknown search profile ${ctx.params.kind}.`);
  // [assumed] the status and errorCode of a refused search; the page gives only the messages.
  const why = refusal(kind, raw);
  if (why) return icimsError(ctx, 400, ICIMS_CODES.required, why);
  const group = raw as { filters: Filter[]; operator?: string };
  const test = (r: Row) => (f: Filter) => matches(valueOf(kind, f.name as string, r), f);
  const hits = rows(s, kind)
    .filter((r) => (group.operator === '|' ? group.filters.some(test(r)) : group.filters.every(test(r))))
    .sort((a, b) => a.id - b.id)
    .slice(0, SEARCH_MAX);
  const cb = customerBase(base, s);
  // Ids come back as strings, as in iCIMS's example answer.
  sendJson(ctx.res, 200, { searchResults: hits.map((r) => ({ id: String(r.id), self: `${cb}/${KINDS[kind].path}/${r.id}` })) });
}

export function registerSearch(
  router: Router,
  s: IcimsState,
  base: () => string,
  guard: (s: IcimsState, h: (ctx: Ctx) => void) => (ctx: Ctx) => Promise<void> | void,
): void {
  router.on('POST', '/customers/:cid/search/:kind', guard(s, (ctx) => {
    run(s, base(), ctx, bodyJson(ctx));
  }), { reads: true });
  router.on('GET', '/customers/:cid/search/:kind', guard(s, (ctx) => {
    const q = ctx.url.searchParams.get('searchJson');
    let raw: unknown = {};
    try {
      raw = q ? JSON.parse(q) : {};
    } catch {
      return icimsError(ctx, 400, ICIMS_CODES.required, 'An unknown parsing error occurred');
    }
    run(s, base(), ctx, raw);
  }));
}
