// Simulator-only admin API: what people do by hand in the Certn Client Portal (packages, the iCIMS
// integration) plus the test levers (clock, case advance). Kept under /__simulator/ so nobody can
// mistake it for a real Certn endpoint.
import { type Ctx, type Router, bodyJson, sendJson } from './router';
import { certnError, invalid, notFound } from './certn-errors';
import { type CertnState, type Integration, type ReportType, newPackage } from './state';
import type { SimClock } from './clock';
import type { CaseLife } from './case-life';
import { randomUUID } from 'node:crypto';
import { newApiKey, newSecret, randomFrom, shortId } from './ids';

export interface AdminDeps {
  state: CertnState;
  clock: SimClock;
  life: CaseLife;
}

const A = '/__simulator';
const REPORT_TYPES: ReportType[] = ['PDF', 'PORTAL'];
type Body = Record<string, unknown>;

const isNonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function publicIntegration(i: Integration) {
  const { icims_password: _p, webhook_password: _w, ...rest } = i;
  return rest;
}

function createPackage(deps: AdminDeps, ctx: Ctx) {
  const b = bodyJson<Body>(ctx);
  if (!isNonEmpty(b.name)) return invalid(ctx, 'name', 'This field is required.');
  if (typeof b.use_for_ats !== 'boolean') return invalid(ctx, 'use_for_ats', 'Must be true or false.');
  if (!Array.isArray(b.check_types) || b.check_types.length === 0 || !b.check_types.every(isNonEmpty)) {
    return invalid(ctx, 'check_types', 'Choose at least one check.');
  }
  if (b.tags !== undefined && (!Array.isArray(b.tags) || !b.tags.every((t) => typeof t === 'string'))) {
    return invalid(ctx, 'tags', 'Must be a list of strings.');
  }
  // Restoring a package the console already knows (after a restart) keeps its id.
  if (b.id !== undefined && (!isNonEmpty(b.id) || !/^[\w-]{1,64}$/.test(b.id))) return invalid(ctx, 'id', 'Must be an id of letters, digits and dashes.');
  if (isNonEmpty(b.id) && deps.state.packages.some((x) => x.id === b.id)) return invalid(ctx, 'id', 'A package with this id already exists.');
  const p = newPackage(
    {
      id: isNonEmpty(b.id) ? b.id : undefined,
      name: b.name,
      description: typeof b.description === 'string' ? b.description : '',
      use_for_ats: b.use_for_ats,
      tags: (b.tags as string[] | undefined) ?? [],
      check_types: b.check_types as string[],
      is_active: typeof b.is_active === 'boolean' ? b.is_active : true,
    },
    deps.clock.iso(),
  );
  deps.state.packages.push(p);
  sendJson(ctx.res, 201, p);
}

function createIntegration(deps: AdminDeps, ctx: Ctx) {
  const b = bodyJson<Body>(ctx);
  for (const f of ['icims_customer_id', 'icims_username', 'icims_password'] as const) {
    if (!isNonEmpty(b[f])) return invalid(ctx, f, 'This field is required.');
  }
  if (!REPORT_TYPES.includes(b.report_type as ReportType)) return invalid(ctx, 'report_type', 'Choose PDF or PORTAL.');
  if (!deps.state.groups.some((g) => g.id === b.default_group_id && g.is_active)) {
    return invalid(ctx, 'default_group_id', 'Select an active group.');
  }
  const now = deps.clock.iso();
  const i: Integration = {
    icims_customer_id: String(b.icims_customer_id).trim(),
    icims_username: String(b.icims_username),
    icims_password: String(b.icims_password),
    report_type: b.report_type as ReportType,
    default_group_id: String(b.default_group_id),
    // Simulator-only restore: a console restarting its simulator hands back the credentials it saved.
    webhook_username: isNonEmpty(b.webhook_username) ? b.webhook_username : `icims-${randomFrom('abcdefghijkmnpqrstuvwxyz23456789', 10)}`,
    webhook_password: isNonEmpty(b.webhook_password) ? b.webhook_password : newSecret(32),
    created: now,
    modified: now,
  };
  deps.state.integration = i;
  // The only answer that ever carries the webhook password, as in the portal ("shown once").
  sendJson(ctx.res, 201, {
    webhook_username: i.webhook_username,
    webhook_password: i.webhook_password,
    report_type: i.report_type,
    default_group_id: i.default_group_id,
  });
}

function updateIntegration(deps: AdminDeps, ctx: Ctx) {
  const i = deps.state.integration;
  if (!i) return certnError(ctx, 404, 'not_found', 'No iCIMS integration has been set up yet.');
  const b = bodyJson<Body>(ctx);
  if (b.report_type !== undefined && !REPORT_TYPES.includes(b.report_type as ReportType)) {
    return invalid(ctx, 'report_type', 'Choose PDF or PORTAL.');
  }
  if (b.default_group_id !== undefined && !deps.state.groups.some((g) => g.id === b.default_group_id && g.is_active)) {
    return invalid(ctx, 'default_group_id', 'Select an active group.');
  }
  // The admin re-enters the iCIMS username and password after iCIMS issued new ones.
  for (const f of ['icims_username', 'icims_password'] as const) {
    if (b[f] !== undefined && !isNonEmpty(b[f])) return invalid(ctx, f, 'This field may not be blank.');
  }
  if (b.report_type !== undefined) i.report_type = b.report_type as ReportType;
  if (b.default_group_id !== undefined) i.default_group_id = String(b.default_group_id);
  if (isNonEmpty(b.icims_username)) i.icims_username = b.icims_username;
  if (isNonEmpty(b.icims_password)) i.icims_password = b.icims_password;
  i.modified = deps.clock.iso();
  sendJson(ctx.res, 200, publicIntegration(i));
}

/**
 * Editing the iCIMS integration in the portal generates a new webhook username and password, shown
 * once; the previous pair stops working at that moment (nothing keeps accepting it).
 */
function regenerateWebhook(deps: AdminDeps, ctx: Ctx) {
  const i = deps.state.integration;
  if (!i) return certnError(ctx, 404, 'not_found', 'No iCIMS integration has been set up yet.');
  i.webhook_username = `icims-${randomFrom('abcdefghijkmnpqrstuvwxyz23456789', 10)}`;
  i.webhook_password = newSecret(32);
  i.modified = deps.clock.iso();
  sendJson(ctx.res, 201, { webhook_username: i.webhook_username, webhook_password: i.webhook_password });
}

/**
 * API keys as the portal's API Keys page handles them: several may be active at once (rotation);
 * a new key is shown once; a revoked key is refused from then on. Keys are named by their prefix
 * (the part before the dot), as the portal lists them, so revoking needs no secret.
 */
function registerApiKeys(router: Router, deps: AdminDeps) {
  const s = deps.state;
  router.on('POST', `${A}/api-keys`, (ctx) => {
    const key = newApiKey();
    s.apiKeys.add(key);
    s.apiKeyCreated.set(key, deps.clock.iso());
    sendJson(ctx.res, 201, { api_key: key, prefix: key.split('.')[0] });
  });
  router.on('GET', `${A}/api-keys`, (ctx) => sendJson(ctx.res, 200, { prefixes: [...s.apiKeys].map((k) => k.split('.')[0]) }));
  router.on('POST', `${A}/api-keys/revoke`, (ctx) => {
    const prefix = bodyJson<Body>(ctx).prefix;
    if (!isNonEmpty(prefix)) return invalid(ctx, 'prefix', 'This field is required.');
    const matching = [...s.apiKeys].filter((k) => k.split('.')[0] === prefix);
    if (!matching.length) return certnError(ctx, 404, 'not_found', 'No active API key has that prefix.');
    for (const k of matching) s.apiKeys.delete(k);
    sendJson(ctx.res, 200, { revoked: matching.length });
  });
}

export function registerCertnAdmin(router: Router, deps: AdminDeps): void {
  const s = deps.state;
  registerApiKeys(router, deps);
  router.on('POST', `${A}/icims-integration/regenerate-webhook`, (ctx) => regenerateWebhook(deps, ctx));
  router.on('POST', `${A}/packages`, (ctx) => createPackage(deps, ctx));
  router.on('POST', `${A}/packages/bulk`, (ctx) => {
    const b = bodyJson<Body>(ctx);
    const count = Number(b.count);
    if (!Number.isInteger(count) || count < 1 || count > 5000) return invalid(ctx, 'count', 'Between 1 and 5000.');
    const prefix = isNonEmpty(b.prefix) ? b.prefix : 'Bulk Package';
    const start = s.packages.length;
    for (let n = 1; n <= count; n++) {
      s.packages.push(newPackage({ name: `${prefix} ${start + n}`, use_for_ats: n % 2 === 0, check_types: ['IDENTITY_VERIFICATION_1'] }, deps.clock.iso()));
    }
    sendJson(ctx.res, 201, { created: count });
  });
  // Editing a package in the portal (name, description, ATS switch, tags, checks, active): the same
  // checks as creating one, and only the fields sent change.
  router.on('PATCH', `${A}/packages/:id`, (ctx) => {
    const p = s.packages.find((x) => x.id === ctx.params.id);
    if (!p) return notFound(ctx);
    const b = bodyJson<Body>(ctx);
    const known = ['name', 'description', 'use_for_ats', 'is_active', 'tags', 'check_types'];
    const unknown = Object.keys(b).find((k) => !known.includes(k));
    if (unknown) return invalid(ctx, unknown, 'This field cannot be changed.');
    if (b.name !== undefined && !isNonEmpty(b.name)) return invalid(ctx, 'name', 'This field is required.');
    if (b.description !== undefined && typeof b.description !== 'string') return invalid(ctx, 'description', 'Must be text.');
    for (const f of ['use_for_ats', 'is_active'] as const) if (b[f] !== undefined && typeof b[f] !== 'boolean') return invalid(ctx, f, 'Must be true or false.');
    if (b.check_types !== undefined && (!Array.isArray(b.check_types) || b.check_types.length === 0 || !b.check_types.every(isNonEmpty))) {
      return invalid(ctx, 'check_types', 'Choose at least one check.');
    }
    if (b.tags !== undefined && (!Array.isArray(b.tags) || !b.tags.every((t) => typeof t === 'string'))) return invalid(ctx, 'tags', 'Must be a list of strings.');
    Object.assign(p, b, { modified: deps.clock.iso() });
    sendJson(ctx.res, 200, p);
  });
  // Many groups at once, for measuring a large account: plain active groups under one parent (or at
  // the top), held to the same bound as the bulk packages.
  router.on('POST', `${A}/groups/bulk`, (ctx) => {
    const b = bodyJson<Body>(ctx);
    const count = Number(b.count);
    if (!Number.isInteger(count) || count < 1 || count > 5000) return invalid(ctx, 'count', 'Between 1 and 5000.');
    if (b.prefix !== undefined && !isNonEmpty(b.prefix)) return invalid(ctx, 'prefix', 'Must be a non-empty name.');
    if (b.parent_id !== undefined && !s.groups.some((g) => g.id === b.parent_id)) return invalid(ctx, 'parent_id', 'No group with this id.');
    const prefix = isNonEmpty(b.prefix) ? b.prefix : 'Bulk Group';
    const parent = typeof b.parent_id === 'string' ? b.parent_id : null;
    const start = s.groups.length;
    for (let n = 1; n <= count; n++) {
      s.groups.push({ id: randomUUID(), short_id: shortId(`CG_${s.region.toUpperCase()}_`), parent_id: parent, name: `${prefix} ${start + n}`, is_active: true });
    }
    sendJson(ctx.res, 201, { created: count });
  });
  router.on('POST', `${A}/icims-integration`, (ctx) => createIntegration(deps, ctx));
  router.on('PATCH', `${A}/icims-integration`, (ctx) => updateIntegration(deps, ctx));
  router.on('GET', `${A}/icims-integration`, (ctx) =>
    s.integration ? sendJson(ctx.res, 200, publicIntegration(s.integration)) : certnError(ctx, 404, 'not_found', 'No iCIMS integration has been set up yet.'),
  );
  router.on('POST', `${A}/clock/advance`, async (ctx) => {
    const ms = Number(bodyJson<Body>(ctx).ms);
    if (!Number.isFinite(ms) || ms < 0) return invalid(ctx, 'ms', 'A non-negative number of milliseconds.');
    deps.clock.advance(ms);
    await deps.life.runDue();
    sendJson(ctx.res, 200, { now: deps.clock.iso() });
  });
  // Answered once the write-backs in flight have landed, so what is read next includes them.
  router.on('GET', `${A}/clock`, async (ctx) => {
    await deps.life.settle();
    sendJson(ctx.res, 200, { now: deps.clock.iso() });
  });
  router.on('POST', `${A}/cases/:id/advance`, async (ctx) => {
    const rec = s.cases.find((r) => r.pub.id === ctx.params.id);
    if (!rec) return notFound(ctx);
    sendJson(ctx.res, 200, await deps.life.advance(rec));
  });
  router.on('GET', `${A}/cases`, async (ctx) => {
    await deps.life.settle();
    sendJson(ctx.res, 200, {
      cases: s.cases.map((r) => ({ ...r.pub, writeback: { ...r.writeback }, next: r.schedule[0] ? { at: new Date(r.schedule[0].at).toISOString(), status: r.schedule[0].status } : null })),
    });
  });
  router.on('GET', `${A}/webhook-log`, (ctx) => sendJson(ctx.res, 200, { entries: s.webhookLog }));
}
