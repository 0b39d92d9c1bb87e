// The iCIMS REST API subset the integration touches: people, jobs, applicant workflows, search and
// the background-screen rows Certn writes back.
import { type Ctx, type Router, bodyJson, sendEmpty, sendJson } from './router';
import { ICIMS_CODES, badCredentials, icimsError, recordNotFound, required } from './icims-errors';
import { customerBase, parseFields, renderJob, renderPerson, renderWorkflow } from './icims-shapes';
import { parseBasic, safeEqual } from './auth';
import { BACKGROUND_SCREENS_FIELD, BG_STATUS_IDS, BG_STATUS } from './writeback';
import type { BackgroundScreenRow, IcimsState, Workflow } from './state';
import { registerSearch } from './icims-search';

export interface IcimsRouteDeps {
  state: IcimsState;
  baseUrl: () => string;
  /** Called after a status change made through the API (fires event notifications). */
  onStatusChange: (w: Workflow, oldStatus: string) => void;
}

type Body = Record<string, unknown>;
export type Guarded = (ctx: Ctx) => Promise<void> | void;

/** Basic auth first (401 code 6), then the customer id in the path (404 code 3 if it is not ours). */
export function guard(s: IcimsState, handler: Guarded): Guarded {
  return (ctx) => {
    const c = parseBasic(ctx.req.headers.authorization);
    if (!c || !safeEqual(c.user, s.username) || !safeEqual(c.pass, s.password)) return badCredentials(ctx);
    if (ctx.params.cid !== s.customerId) {
      return icimsError(ctx, 404, ICIMS_CODES.accessDenied, 'Access denied: the user is not authorized for this customer.');
    }
    return handler(ctx);
  };
}

/** A path id as iCIMS reads it: digits only ("101.0" or "1e2" name no record). */
export const pathId = (v: string): number => (/^\d{1,12}$/.test(v) ? Number(v) : NaN);

const idOf = (v: unknown): number => Number(typeof v === 'object' && v !== null ? (v as { id?: unknown }).id : v);

function findWorkflow(s: IcimsState, ctx: Ctx): Workflow | null {
  const w = s.workflows.get(pathId(ctx.params.id));
  if (!w) recordNotFound(ctx, 'Applicant workflow');
  return w ?? null;
}

function validRow(ctx: Ctx, b: Body, partial: boolean): boolean {
  if (!partial && (typeof b.package !== 'string' || b.package === '')) return required(ctx, 'package'), false;
  if (!partial || b.status !== undefined) {
    // List fields are set by their id; a bare value is not a synonym for it.
    const st = b.status as { id?: unknown } | undefined;
    const known = Object.values(BG_STATUS).some((x) => x.id === st?.id);
    if (!known) {
      icimsError(ctx, 400, ICIMS_CODES.required, `Field status must be one of the ids: ${BG_STATUS_IDS.join(', ')}.`);
      return false;
    }
  }
  return true;
}

function normStatus(st: unknown): { id: string; value: string } {
  const x = st as { id?: string };
  return Object.values(BG_STATUS).find((b) => b.id === x.id)!;
}

export function registerIcimsRoutes(router: Router, deps: IcimsRouteDeps): void {
  const s = deps.state;
  const C = '/customers/:cid';
  router.on('GET', `${C}/people/:id`, guard(s, (ctx) => {
    const p = s.people.get(pathId(ctx.params.id));
    return p ? sendJson(ctx.res, 200, renderPerson(p, parseFields(ctx.url.searchParams))) : recordNotFound(ctx, 'Person');
  }));
  router.on('GET', `${C}/jobs/:id`, guard(s, (ctx) => {
    const j = s.jobs.get(pathId(ctx.params.id));
    return j ? sendJson(ctx.res, 200, renderJob(j, parseFields(ctx.url.searchParams))) : recordNotFound(ctx, 'Job');
  }));
  router.on('GET', `${C}/applicantworkflows/:id`, guard(s, (ctx) => {
    const w = findWorkflow(s, ctx);
    if (w) sendJson(ctx.res, 200, renderWorkflow(w, s, deps.baseUrl(), parseFields(ctx.url.searchParams)));
  }));
  router.on('PATCH', `${C}/applicantworkflows/:id`, guard(s, (ctx) => {
    const w = findWorkflow(s, ctx);
    if (!w) return;
    const b = bodyJson<Body>(ctx);
    if (b.status !== undefined) {
      const id = (b.status as { id?: unknown })?.id;
      if (!s.statuses.some((x) => x.id === id)) return icimsError(ctx, 400, ICIMS_CODES.required, 'Field status has an unknown id.');
      const old = w.statusId;
      w.statusId = String(id);
      if (old !== w.statusId) deps.onStatusChange(w, old);
    }
    sendEmpty(ctx.res, 204);
  }));
  router.on('POST', `${C}/applicantworkflows`, guard(s, (ctx) => {
    const b = bodyJson<Body>(ctx);
    const jobId = idOf(b.baseprofile);
    const personId = idOf(b.associatedprofile);
    if (!s.jobs.has(jobId)) return required(ctx, 'baseprofile');
    if (!s.people.has(personId)) return required(ctx, 'associatedprofile');
    const statusId = (b.status as { id?: string } | undefined)?.id ?? 'D10100';
    if (!s.statuses.some((x) => x.id === statusId)) return icimsError(ctx, 400, ICIMS_CODES.required, 'Field status has an unknown id.');
    const id = s.nextId.workflow++;
    s.workflows.set(id, { id, personId, jobId, statusId, backgroundscreens: [] });
    sendEmpty(ctx.res, 201, { location: `${customerBase(deps.baseUrl(), s)}/applicantworkflows/${id}` });
  }));
  const F = `${C}/applicantworkflows/:id/fields/${BACKGROUND_SCREENS_FIELD}`;
  router.on('GET', F, guard(s, (ctx) => {
    const w = findWorkflow(s, ctx);
    if (w) sendJson(ctx.res, 200, { [BACKGROUND_SCREENS_FIELD]: w.backgroundscreens });
  }));
  router.on('POST', F, guard(s, (ctx) => {
    const w = findWorkflow(s, ctx);
    if (!w) return;
    const b = bodyJson<Body>(ctx);
    if (!validRow(ctx, b, false)) return;
    const row: BackgroundScreenRow = {
      entry: s.nextId.entry++,
      package: String(b.package),
      status: normStatus(b.status),
      result: typeof b.result === 'string' ? b.result : null,
      url: typeof b.url === 'string' ? b.url : null,
      date: typeof b.date === 'string' ? b.date : '',
      vendororderid: typeof b.vendororderid === 'string' ? b.vendororderid : '',
    };
    w.backgroundscreens.push(row);
    sendEmpty(ctx.res, 201, { location: `${customerBase(deps.baseUrl(), s)}/applicantworkflows/${w.id}/fields/${BACKGROUND_SCREENS_FIELD}/${row.entry}` });
  }));
  router.on('PATCH', `${F}/:entry`, guard(s, (ctx) => {
    const w = findWorkflow(s, ctx);
    if (!w) return;
    const row = w.backgroundscreens.find((r) => r.entry === Number(ctx.params.entry));
    if (!row) return recordNotFound(ctx, 'Background screen entry');
    const b = bodyJson<Body>(ctx);
    if (!validRow(ctx, b, true)) return;
    if (b.status !== undefined) row.status = normStatus(b.status);
    for (const k of ['package', 'result', 'url', 'date', 'vendororderid'] as const) {
      if (typeof b[k] === 'string' || (b[k] === null && k !== 'package')) (row as unknown as Record<string, unknown>)[k] = b[k];
    }
    sendEmpty(ctx.res, 204);
  }));
  registerSearch(router, s, deps.baseUrl, guard);
}
