// Simulator-only levers for what changes in Certn after go-live, so every health check can be made
// to fail and recover: a package renamed, deactivated or taken off ATS use in the portal, an API key
// aged past its 365 days, the iCIMS connection removed, cases stuck or orders gone quiet.
// Kept under /__simulator/ like the other admin routes; each refuses what the portal would not allow.
import { randomUUID } from 'node:crypto';
import { type Ctx, type Router, bodyJson, sendJson } from './router';
import { certnError, invalid, notFound } from './certn-errors';
import { API_KEY_LIFETIME_DAYS, type CaseRecord, type CertnState } from './state';
import type { SimClock } from './clock';
import { newToken, shortId } from './ids';
import { CASE_STATUSES } from '../shared/case-status';

export interface HealthAdminDeps {
  state: CertnState;
  clock: SimClock;
}

const A = '/__simulator';
const DAY = 86_400_000;
type Body = Record<string, unknown>;

/** The documented overall_status values (certn.md): anything else is refused. */
const STATUSES = new Set(CASE_STATUSES);

function unknownKeys(b: Body, allowed: string[]): string | undefined {
  return Object.keys(b).find((k) => !allowed.includes(k));
}

function keyView(state: CertnState, key: string) {
  const created = state.apiKeyCreated.get(key) ?? null;
  return { created, expires: created ? new Date(Date.parse(created) + API_KEY_LIFETIME_DAYS * DAY).toISOString() : null };
}

/** Past or present ISO instant on the simulated clock; undefined when absent, null when invalid. */
function pastInstant(v: unknown, nowMs: number): string | undefined | null {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v)) || Date.parse(v) > nowMs) return null;
  return new Date(Date.parse(v)).toISOString();
}

function editPackage(deps: HealthAdminDeps, ctx: Ctx) {
  const p = deps.state.packages.find((x) => x.id === ctx.params.id);
  if (!p) return notFound(ctx);
  const b = bodyJson<Body>(ctx);
  const extra = unknownKeys(b, ['name', 'is_active', 'use_for_ats']);
  if (extra) return invalid(ctx, extra, 'The portal cannot change this field here.');
  if (Object.keys(b).length === 0) return invalid(ctx, 'name', 'Change at least one of name, is_active, use_for_ats.');
  // The portal keeps the name as typed, spaces included: only an empty one is refused.
  if (b.name !== undefined && (typeof b.name !== 'string' || b.name.trim() === '' || b.name.length > 255)) return invalid(ctx, 'name', 'Must be 1 to 255 characters.');
  for (const f of ['is_active', 'use_for_ats'] as const) if (b[f] !== undefined && typeof b[f] !== 'boolean') return invalid(ctx, f, 'Must be true or false.');
  if (typeof b.name === 'string') p.name = b.name;
  if (typeof b.is_active === 'boolean') p.is_active = b.is_active;
  if (typeof b.use_for_ats === 'boolean') p.use_for_ats = b.use_for_ats;
  p.modified = deps.clock.iso();
  sendJson(ctx.res, 200, p);
}

function editKey(deps: HealthAdminDeps, ctx: Ctx) {
  const key = ctx.params.key;
  if (!deps.state.apiKeys.has(key)) return notFound(ctx);
  const b = bodyJson<Body>(ctx);
  const extra = unknownKeys(b, ['created']);
  if (extra) return invalid(ctx, extra, 'Only the creation date can be changed.');
  const created = pastInstant(b.created, deps.clock.now());
  if (!created) return invalid(ctx, 'created', 'A date and time that is not in the future.');
  deps.state.apiKeyCreated.set(key, created);
  sendJson(ctx.res, 200, keyView(deps.state, key));
}

/**
 * A case as the iCIMS path would have ordered it, at a past moment and in a given status: how a
 * rehearsal builds a history of orders, or a case that got stuck, without waiting days.
 */
function seedCase(deps: HealthAdminDeps, ctx: Ctx) {
  const i = deps.state.integration;
  if (!i) return certnError(ctx, 404, 'not_found', 'No iCIMS integration has been set up yet.');
  const b = bodyJson<Body>(ctx);
  const extra = unknownKeys(b, ['overall_status', 'created', 'modified', 'email_address', 'first_name', 'last_name', 'package_id']);
  if (extra) return invalid(ctx, extra, 'Unknown field.');
  const status = b.overall_status ?? 'APPLICANT_INVITED';
  if (typeof status !== 'string' || !STATUSES.has(status)) return invalid(ctx, 'overall_status', 'One of the documented case statuses.');
  const now = deps.clock.now();
  const created = pastInstant(b.created, now);
  if (created === null) return invalid(ctx, 'created', 'A date and time that is not in the future.');
  const modified = pastInstant(b.modified, now);
  if (modified === null || (modified && created && modified < created)) return invalid(ctx, 'modified', 'Not in the future, and not before created.');
  const email = b.email_address ?? `candidate-${randomUUID().slice(0, 8)}@example.com`;
  if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return invalid(ctx, 'email_address', 'Enter a valid email address.');
  for (const f of ['first_name', 'last_name'] as const) if (b[f] !== undefined && typeof b[f] !== 'string') return invalid(ctx, f, 'Must be text.');
  const pkg = b.package_id === undefined ? deps.state.packages.find((p) => p.is_active && p.use_for_ats) : deps.state.packages.find((p) => p.id === b.package_id);
  if (!pkg) return invalid(ctx, 'package_id', 'No such package.');
  const group = deps.state.groups.find((g) => g.id === i.default_group_id);
  if (!group) return invalid(ctx, 'group', 'The integration’s default group no longer exists.');
  const at = created ?? deps.clock.iso();
  const rec: CaseRecord = {
    pub: {
      id: randomUUID(),
      short_id: shortId(`CS_${deps.state.region.toUpperCase()}_`, 8),
      email_address: email,
      first_name: typeof b.first_name === 'string' ? b.first_name : 'Sam',
      last_name: typeof b.last_name === 'string' ? b.last_name : 'Candidate',
      overall_status: status,
      overall_score: status === 'COMPLETE' ? 'CLEAR' : null,
      group: { id: group.id, name: group.name },
      package: { id: pkg.id, name: pkg.name },
      check_types: [...pkg.check_types],
      created: at,
      modified: modified ?? at,
      report_url: null,
      source: 'ICIMS',
      icims: { customer_id: i.icims_customer_id, workflow_id: `seeded-${randomUUID().slice(0, 8)}`, person_id: '', job_id: '' },
    },
    schedule: [],
    reportToken: newToken(),
    writeback: { location: null, lastStatus: null, error: null, attempts: 0 },
    chain: Promise.resolve(),
  };
  deps.state.cases.push(rec);
  sendJson(ctx.res, 201, rec.pub);
}

/** What Certn itself would do to a case (an invite bounces, the candidate is asked for something). */
function setCaseStatus(deps: HealthAdminDeps, ctx: Ctx) {
  const rec = deps.state.cases.find((r) => r.pub.id === ctx.params.id);
  if (!rec) return notFound(ctx);
  const b = bodyJson<Body>(ctx);
  const extra = unknownKeys(b, ['overall_status']);
  if (extra) return invalid(ctx, extra, 'Only the status can be set.');
  if (typeof b.overall_status !== 'string' || !STATUSES.has(b.overall_status)) return invalid(ctx, 'overall_status', 'One of the documented case statuses.');
  // A status set by hand ends the planned life: the case stays where it was put.
  rec.schedule = [];
  rec.pub.overall_status = b.overall_status;
  rec.pub.modified = deps.clock.iso();
  sendJson(ctx.res, 200, rec.pub);
}

export function registerHealthAdmin(router: Router, deps: HealthAdminDeps): void {
  router.on('PATCH', `${A}/packages/:id`, (ctx) => editPackage(deps, ctx));
  router.on('PATCH', `${A}/api-keys/:key`, (ctx) => editKey(deps, ctx));
  router.on('DELETE', `${A}/icims-integration`, (ctx) => {
    if (!deps.state.integration) return certnError(ctx, 404, 'not_found', 'No iCIMS integration has been set up yet.');
    // Removing the connection in the portal retires its webhook credentials with it.
    deps.state.integration = null;
    sendJson(ctx.res, 200, { removed: true });
  });
  router.on('POST', `${A}/cases`, (ctx) => seedCase(deps, ctx));
  router.on('PATCH', `${A}/cases/:id`, (ctx) => setCaseStatus(deps, ctx));
}
