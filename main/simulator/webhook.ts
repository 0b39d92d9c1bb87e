// The iCIMS event endpoint of the simulated Certn: what happens when a recruiter moves a candidate to
// the Certn status. It answers within iCIMS' 30 s budget and leaves the invite and write-backs to
// CaseLife, after the answer.
import { randomUUID } from 'node:crypto';
import { type Ctx, type Router, bodyJson, sendJson } from './router';
import { parseBasic, safeEqual } from './auth';
import type { CertnState, CaseRecord, Integration } from './state';
import type { SimClock } from './clock';
import type { CaseLife } from './case-life';
import { readIcims } from './icims-reader';
import { shortId, newToken } from './ids';
import { ICIMS_WEBHOOK_PATH } from '../shared/regions';
import { parseLinkHeader } from './link-header';

export const REQUIRED_EVENT_FIELDS = ['eventType', 'customerId', 'systemId', 'personId', 'jobId', 'newStatus'] as const;

export interface WebhookDeps {
  state: CertnState;
  clock: SimClock;
  life: CaseLife;
  icimsUrl: () => string;
}

export function webhookError(ctx: Ctx, status: number, userMessage: string, debugErrorMessage: string, headers: Record<string, string> = {}): void {
  sendJson(ctx.res, status, { error: { userMessage, debugErrorMessage } }, headers);
}

type Answer = { status: number; userMessage?: string; debugErrorMessage?: string; caseId?: string };
const fail = (status: number, userMessage: string, debugErrorMessage: string): Answer => ({ status, userMessage, debugErrorMessage });

interface IcimsPerson { firstname?: string; lastname?: string; email?: string }
interface IcimsJob { jobtitle?: string; folder?: { value?: string }; bgcpackagetype?: { value?: string }[] }

export function registerWebhook(router: Router, deps: WebhookDeps): void {
  const inFlight = new Set<string>();
  router.on('POST', ICIMS_WEBHOOK_PATH, async (ctx) => {
    let event: unknown = null;
    let answer: Answer;
    const i = deps.state.integration;
    const cred = parseBasic(ctx.req.headers.authorization);
    if (!i || !cred || !safeEqual(cred.user, i.webhook_username) || !safeEqual(cred.pass, i.webhook_password)) {
      answer = fail(401, 'Certn could not verify the credentials iCIMS sent. Ask your iCIMS consultant to re-enter the Certn webhook username and password.', 'Basic authentication failed for the iCIMS webhook.');
    } else {
      try {
        event = bodyJson(ctx);
        answer = await handleEvent(deps, i, event, inFlight);
      } catch {
        answer = fail(400, 'Certn could not read the event iCIMS sent.', 'Body is not valid JSON (plain or gzip).');
      }
    }
    deps.state.webhookLog.push({
      at: deps.clock.iso(),
      httpStatus: answer.status,
      userMessage: answer.userMessage,
      debugErrorMessage: answer.debugErrorMessage,
      contentEncoding: (ctx.req.headers['content-encoding'] as string | undefined) ?? null,
      links: parseLinkHeader([ctx.req.headers.link ?? []].flat().join(',')),
      event,
      caseId: answer.caseId,
    });
    if (answer.status === 200) {
      sendJson(ctx.res, 200, { id: answer.caseId, status: 'CASE_ORDERED' });
      const rec = deps.state.cases.find((r) => r.pub.id === answer.caseId);
      if (rec) deps.life.begin(rec);
      return;
    }
    webhookError(ctx, answer.status, answer.userMessage!, answer.debugErrorMessage!, answer.status === 401 ? { 'www-authenticate': 'Basic realm="Certn iCIMS webhook"' } : {});
  });
}

async function handleEvent(deps: WebhookDeps, i: Integration, raw: unknown, inFlight: Set<string>): Promise<Answer> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(400, 'Certn could not read the event iCIMS sent.', 'Body must be a JSON object.');
  }
  const ev = raw as Record<string, unknown>;
  for (const f of REQUIRED_EVENT_FIELDS) {
    const v = ev[f];
    if (v === undefined || v === null || v === '') {
      return fail(400, `The event from iCIMS is missing "${f}", so Certn cannot order the check. Contact your iCIMS consultant.`, `Missing required field: ${f}`);
    }
    // iCIMS sends every value as a string; a number or padded id is not what iCIMS sends, so not accepted.
    if (typeof v !== 'string' || v.trim() !== v) {
      return fail(400, `The event from iCIMS has an unreadable "${f}", so Certn cannot order the check. Contact your iCIMS consultant.`, `Field ${f} must be a string without surrounding spaces.`);
    }
  }
  const str = (f: string) => ev[f] as string;
  if (str('eventType') !== 'WorkFlowStatusChangeEvent') {
    return fail(400, 'Certn only handles workflow status changes from iCIMS.', `Unsupported eventType: ${str('eventType')}`);
  }
  if (str('customerId') !== i.icims_customer_id) {
    return fail(400, 'This iCIMS account is not the one connected to Certn. Ask your Certn administrator to check the iCIMS Customer ID in the integration.', `customerId ${str('customerId')} does not match the integration.`);
  }
  const key = `${str('customerId')}:${str('systemId')}`;
  const existing = deps.state.cases.find((r) => `${r.pub.icims.customer_id}:${r.pub.icims.workflow_id}` === key && r.pub.overall_status !== 'CANCELLED');
  if (existing || inFlight.has(key)) {
    const ref = existing ? ` (case ${existing.pub.short_id})` : '';
    return fail(400, `A Certn background check has already been ordered for this candidate on this job${ref}. No second check was ordered.`, `Duplicate event for applicant workflow ${str('systemId')}.`);
  }
  inFlight.add(key);
  try {
    return await orderCase(deps, i, str);
  } finally {
    inFlight.delete(key);
  }
}

async function orderCase(deps: WebhookDeps, i: Integration, str: (f: string) => string): Promise<Answer> {
  const icimsUrl = deps.icimsUrl();
  const [person, job] = await Promise.all([
    readIcims<IcimsPerson>(icimsUrl, i, `/people/${encodeURIComponent(str('personId'))}?fields=firstname,lastname,email`),
    readIcims<IcimsJob>(icimsUrl, i, `/jobs/${encodeURIComponent(str('jobId'))}?fields=jobtitle,folder,bgcpackagetype`),
  ]);
  for (const [what, r] of [['candidate', person], ['job', job]] as const) {
    if (r.ok) continue;
    if (r.kind === 'auth') return fail(400, 'Certn could not sign in to iCIMS with the credentials saved in the Certn integration. Ask your Certn administrator to re-enter the iCIMS username and password.', `iCIMS ${what} read failed: ${r.detail}`);
    if (r.kind === 'not_found') return fail(400, `Certn could not find this ${what} in iCIMS. Check that the record still exists and try again.`, `iCIMS ${what} read failed: ${r.detail}`);
    if (r.kind === 'unavailable') return fail(503, 'Certn could not reach iCIMS just now. Try moving the candidate again in a few minutes.', `iCIMS ${what} read failed: ${r.detail}`);
    return fail(500, 'Certn ran into a problem reading iCIMS. Try again later.', `iCIMS ${what} read failed: ${r.detail}`);
  }
  if (!person.ok || !job.ok) throw new Error('unreachable');
  const p = person.body;
  const j = job.body;
  const title = j.jobtitle ?? `job ${str('jobId')}`;
  if (j.folder?.value !== 'Approved') {
    return fail(400, `The job "${title}" is not approved in iCIMS (it is "${j.folder?.value ?? 'unknown'}"). Approve the job, then move the candidate to this status again.`, `Job ${str('jobId')} folder is not Approved.`);
  }
  const wanted = j.bgcpackagetype?.[0]?.value;
  if (!wanted) {
    return fail(400, `No Certn package is selected on the job "${title}". Choose one in the job's BGCheck Package field, then try again.`, `Job ${str('jobId')} has no bgcpackagetype.`);
  }
  const pkg = deps.state.packages.find((x) => x.name === wanted);
  if (!pkg) {
    return fail(400, `The package "${wanted}" selected on the job does not match any Certn package exactly. Check the name with your Certn administrator, including spaces and capitals.`, `No package named exactly ${JSON.stringify(wanted)}.`);
  }
  if (!pkg.is_active) {
    return fail(400, `The Certn package "${pkg.name}" is no longer active. Choose another package on the job, or ask your Certn administrator to reactivate it.`, `Package ${pkg.id} is inactive.`);
  }
  if (!pkg.use_for_ats) {
    return fail(400, `The Certn package "${pkg.name}" is not set up for iCIMS orders. Ask your Certn administrator to switch on "Mark this package for ATS use" for it, or choose another package on the job.`, `Package ${pkg.id} is not marked for ATS use.`);
  }
  if (!p.email) {
    return fail(400, 'The candidate has no email address in iCIMS, so Certn cannot invite them. Add an email address and try again.', `Person ${str('personId')} has no email.`);
  }
  const group = deps.state.groups.find((g) => g.id === i.default_group_id);
  if (!group || !group.is_active) {
    return fail(400, 'The Certn group chosen for iCIMS orders is no longer available. Ask your Certn administrator to choose another default group.', 'Default group missing or inactive.');
  }
  const now = deps.clock.iso();
  const rec: CaseRecord = {
    pub: {
      id: randomUUID(),
      short_id: shortId(`CS_${deps.state.region.toUpperCase()}_`, 8),
      email_address: p.email,
      first_name: p.firstname ?? '',
      last_name: p.lastname ?? '',
      overall_status: 'CASE_ORDERED',
      overall_score: null,
      group: { id: group.id, name: group.name },
      package: { id: pkg.id, name: pkg.name },
      check_types: [...pkg.check_types],
      created: now,
      modified: now,
      report_url: null,
      source: 'ICIMS',
      icims: { customer_id: str('customerId'), workflow_id: str('systemId'), person_id: str('personId'), job_id: str('jobId') },
    },
    schedule: [],
    reportToken: newToken(),
    writeback: { location: null, lastStatus: null, error: null, attempts: 0 },
    chain: Promise.resolve(),
  };
  deps.state.cases.push(rec);
  return { status: 200, caseId: rec.pub.id };
}
