// Simulator-only iCIMS admin API: what an iCIMS admin or consultant does in the iCIMS UI (jobs,
// candidates, moving a candidate, configuring Event Notifications for Certn).
import { type Router, bodyJson, sendJson } from './router';
import { ICIMS_CODES, icimsError, recordNotFound, required } from './icims-errors';
import { renderWorkflow } from './icims-shapes';
import { addJob, addPerson, addWorkflow, TRIGGER_STATUS } from './seed';
import { newSecret } from './ids';
import type { Delivery, IcimsState, Workflow } from './state';

export interface IcimsAdminDeps {
  state: IcimsState;
  baseUrl: () => string;
  deliver: (w: Workflow, oldStatus: string) => Promise<Delivery | null>;
}

type Body = Record<string, unknown>;
const A = '/__simulator';
const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * An optional caller-chosen system id, so a real event (with its real ids) can be replayed verbatim.
 * Numbers or digit strings, as events carry them; `undefined` when absent, `null` when unusable.
 */
function wantedId(v: unknown): number | undefined | null {
  if (v === undefined) return undefined;
  const text = typeof v === 'number' ? String(v) : v;
  return typeof text === 'string' && /^[1-9]\d{0,11}$/.test(text) ? Number(text) : null;
}

export function registerIcimsAdmin(router: Router, deps: IcimsAdminDeps): void {
  const s = deps.state;
  router.on('POST', `${A}/jobs`, (ctx) => {
    const b = bodyJson<Body>(ctx);
    if (!str(b.jobtitle)) return required(ctx, 'jobtitle');
    const id = wantedId(b.id);
    if (id === null) return icimsError(ctx, 400, ICIMS_CODES.required, 'Field id must be a positive whole number.');
    if (id !== undefined && s.jobs.has(id)) return icimsError(ctx, 400, ICIMS_CODES.required, `A job with id ${id} already exists.`);
    if (b.bgcpackagetype !== undefined && !(Array.isArray(b.bgcpackagetype) && b.bgcpackagetype.every((x) => typeof x === 'string'))) {
      return required(ctx, 'bgcpackagetype');
    }
    const created = addJob(s, {
      jobtitle: b.jobtitle,
      joblocation: str(b.joblocation) ? b.joblocation : undefined,
      approved: b.approved !== false,
      bgcpackagetype: (b.bgcpackagetype as string[] | undefined) ?? [],
    }, id);
    sendJson(ctx.res, 201, { id: created });
  });
  router.on('POST', `${A}/people`, (ctx) => {
    const b = bodyJson<Body>(ctx);
    for (const f of ['firstname', 'lastname', 'email'] as const) if (!str(b[f])) return required(ctx, f);
    const id = wantedId(b.id);
    if (id === null) return icimsError(ctx, 400, ICIMS_CODES.required, 'Field id must be a positive whole number.');
    if (id !== undefined && s.people.has(id)) return icimsError(ctx, 400, ICIMS_CODES.required, `A person with id ${id} already exists.`);
    sendJson(ctx.res, 201, { id: addPerson(s, { firstname: String(b.firstname), lastname: String(b.lastname), email: String(b.email) }, id) });
  });
  router.on('POST', `${A}/applicantworkflows`, (ctx) => {
    const b = bodyJson<Body>(ctx);
    if (!s.people.has(Number(b.personId))) return required(ctx, 'personId');
    if (!s.jobs.has(Number(b.jobId))) return required(ctx, 'jobId');
    const statusId = str(b.statusId) ? b.statusId : 'D10100';
    if (!s.statuses.some((x) => x.id === statusId)) return icimsError(ctx, 400, ICIMS_CODES.required, 'Unknown statusId.');
    const id = wantedId(b.id);
    if (id === null) return icimsError(ctx, 400, ICIMS_CODES.required, 'Field id must be a positive whole number.');
    if (id !== undefined && s.workflows.has(id)) return icimsError(ctx, 400, ICIMS_CODES.required, `An applicant workflow with id ${id} already exists.`);
    sendJson(ctx.res, 201, { id: addWorkflow(s, Number(b.personId), Number(b.jobId), statusId, id) });
  });
  router.on('GET', `${A}/applicantworkflows/:id`, (ctx) => {
    const w = s.workflows.get(Number(ctx.params.id));
    if (!w) return recordNotFound(ctx, 'Applicant workflow');
    sendJson(ctx.res, 200, { id: w.id, personId: w.personId, jobId: w.jobId, statusId: w.statusId, ...renderWorkflow(w, s, deps.baseUrl(), null) });
  });
  router.on('POST', `${A}/applicantworkflows/:id/move`, async (ctx) => {
    const w = s.workflows.get(Number(ctx.params.id));
    if (!w) return recordNotFound(ctx, 'Applicant workflow');
    const b = bodyJson<Body>(ctx);
    if (!s.statuses.some((x) => x.id === b.statusId)) return icimsError(ctx, 400, ICIMS_CODES.required, 'Unknown statusId.');
    const old = w.statusId;
    w.statusId = String(b.statusId);
    // Moving into the trigger status always notifies, even from itself: recruiters can re-trigger.
    sendJson(ctx.res, 200, { delivery: await deps.deliver(w, old) });
  });
  router.on('PUT', `${A}/event-notifications`, (ctx) => {
    const b = bodyJson<Body>(ctx);
    for (const f of ['url', 'username', 'password', 'triggerStatusId'] as const) if (!str(b[f])) return required(ctx, f);
    let url: URL;
    try {
      url = new URL(String(b.url));
    } catch {
      return icimsError(ctx, 400, ICIMS_CODES.required, 'Field url must be an absolute URL.');
    }
    if (!/^https?:$/.test(url.protocol)) return icimsError(ctx, 400, ICIMS_CODES.required, 'Field url must be http(s).');
    if (!s.statuses.some((x) => x.id === b.triggerStatusId)) return icimsError(ctx, 400, ICIMS_CODES.required, 'Unknown triggerStatusId.');
    s.notifications = { url: url.toString(), username: String(b.username), password: String(b.password), triggerStatusId: String(b.triggerStatusId) };
    sendJson(ctx.res, 200, { url: s.notifications.url, username: s.notifications.username, triggerStatusId: s.notifications.triggerStatusId });
  });
  router.on('GET', `${A}/event-notifications`, (ctx) => {
    const n = s.notifications;
    if (!n) return recordNotFound(ctx, 'Event notification configuration');
    sendJson(ctx.res, 200, { url: n.url, username: n.username, triggerStatusId: n.triggerStatusId });
  });
  // iCIMS staff issue a new integration password (and optionally a new username); the old pair is
  // refused from then on, by the API and by nothing else kept around.
  router.on('POST', `${A}/credentials`, (ctx) => {
    const b = bodyJson<Body>(ctx);
    if (b.username !== undefined && !str(b.username)) return required(ctx, 'username');
    if (str(b.username)) s.username = b.username;
    s.password = newSecret(20);
    sendJson(ctx.res, 201, { username: s.username, password: s.password });
  });
  router.on('GET', `${A}/event-log`, (ctx) => sendJson(ctx.res, 200, { entries: s.eventLog }));
  router.on('GET', `${A}/statuses`, (ctx) =>
    sendJson(ctx.res, 200, {
      statuses: s.statuses,
      suggestedTriggerStatusId: TRIGGER_STATUS.id,
      triggerStatusId: s.notifications?.triggerStatusId ?? null,
    }),
  );
}
