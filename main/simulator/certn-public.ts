// The Certn public API as the console's client uses it: only the documented filters, unknown keys ignored.
import { randomUUID } from 'node:crypto';
import { type Ctx, type Router, sendJson, sendRaw } from './router';
import { certnError, notFound, unauthorized } from './certn-errors';
import { sendPage } from './pagination';
import type { SlidingWindowLimiter } from './throttle';
import { apiKeyValid, type CertnState } from './state';
import type { SimClock } from './clock';
import { renderCasePdf } from './pdf';

export interface PublicDeps {
  state: CertnState;
  limiter: SlidingWindowLimiter;
  clock: SimClock;
  baseUrl: () => string;
}

/** Authentication first, then throttling, as Django REST framework orders them. */
function authed(deps: PublicDeps, handler: (ctx: Ctx) => Promise<void> | void) {
  return async (ctx: Ctx) => {
    const m = /^Api-Key\s+(\S+)$/i.exec(String(ctx.req.headers.authorization ?? ''));
    if (!m || !apiKeyValid(deps.state, m[1], deps.clock.now())) return unauthorized(ctx);
    const wait = deps.limiter.hit(m[1]);
    if (wait !== null) {
      return certnError(ctx, 429, 'throttled', `Request was throttled. Expected available in ${wait} seconds.`, {
        'retry-after': String(wait),
      });
    }
    await handler(ctx);
  };
}

const ok = (ctx: Ctx) => (body: unknown) => sendJson(ctx.res, 200, body);

function boolParam(v: string | null): boolean | null {
  if (v === null) return null;
  if (/^(true|1)$/i.test(v)) return true;
  if (/^(false|0)$/i.test(v)) return false;
  return null;
}

function listCases(deps: PublicDeps, ctx: Ctx) {
  const q = ctx.url.searchParams;
  // Repeated keys as CertnCentric documents them. Like any Django filter set, a key it does not
  // know (`group[]`, a misspelling) is ignored rather than refused, so the list comes back unfiltered.
  const groups = q.getAll('group');
  const statuses = q.getAll('overall_status');
  const checkTypes = q.getAll('check_type');
  const orderedBy = q.getAll('ordered_by');
  const after = q.get('order_timeframe_after');
  const before = q.get('order_timeframe_before');
  const email = q.get('email_address');
  for (const [name, v] of [['order_timeframe_after', after], ['order_timeframe_before', before]] as const) {
    if (v !== null && Number.isNaN(Date.parse(v))) {
      return certnError(ctx, 400, 'invalid', 'Enter a valid date/time.', {}, name);
    }
  }
  const items = deps.state.cases
    .map((r) => r.pub)
    .filter((c) => groups.length === 0 || groups.includes(c.group.id))
    .filter((c) => statuses.length === 0 || statuses.includes(c.overall_status))
    .filter((c) => checkTypes.length === 0 || c.check_types.some((t) => checkTypes.includes(t)))
    // Every simulated case is ordered by the iCIMS integration, not by a Certn user, so a filter on
    // users matches none of them.
    .filter(() => orderedBy.length === 0)
    .filter((c) => after === null || Date.parse(c.created) >= Date.parse(after))
    .filter((c) => before === null || Date.parse(c.created) <= Date.parse(before))
    .filter((c) => email === null || c.email_address.toLowerCase() === email.toLowerCase())
    .sort((a, b) => b.created.localeCompare(a.created));
  sendPage(ctx, items, ok(ctx));
}

export function registerPublicRoutes(router: Router, deps: PublicDeps): void {
  const s = deps.state;
  const P = '/api/public';
  // No filter is documented for groups, so none is applied: `is_active` there is an unknown key.
  router.on('GET', `${P}/groups/`, authed(deps, (ctx) => sendPage(ctx, s.groups, ok(ctx))));
  router.on('GET', `${P}/groups/:id/`, authed(deps, (ctx) => {
    const g = s.groups.find((x) => x.id === ctx.params.id);
    return g ? sendJson(ctx.res, 200, g) : notFound(ctx);
  }));
  router.on('GET', `${P}/packages/`, authed(deps, (ctx) => {
    const active = boolParam(ctx.url.searchParams.get('is_active'));
    sendPage(ctx, s.packages.filter((p) => active === null || p.is_active === active), ok(ctx));
  }));
  router.on('GET', `${P}/packages/:id/`, authed(deps, (ctx) => {
    const p = s.packages.find((x) => x.id === ctx.params.id);
    return p ? sendJson(ctx.res, 200, p) : notFound(ctx);
  }));
  router.on('GET', `${P}/cases/`, authed(deps, (ctx) => listCases(deps, ctx)));
  router.on('GET', `${P}/cases/:id/`, authed(deps, (ctx) => {
    const c = s.cases.find((x) => x.pub.id === ctx.params.id);
    return c ? sendJson(ctx.res, 200, c.pub) : notFound(ctx);
  }));
  // [assumed] answer shapes of the two report endpoints: Certn documents the calls, not the bodies.
  router.on('POST', `${P}/cases/:id/generate-report/`, authed(deps, (ctx) => {
    const c = s.cases.find((x) => x.pub.id === ctx.params.id);
    if (!c) return notFound(ctx);
    if (c.pub.overall_status !== 'COMPLETE') {
      return certnError(ctx, 400, 'invalid', 'A report can be generated once the case is complete.', {}, 'overall_status');
    }
    const id = randomUUID();
    s.reportFiles.set(id, c.pub.id);
    sendJson(ctx.res, 201, {
      id,
      case_id: c.pub.id,
      status: 'READY',
      created: deps.clock.iso(),
      download_url: `${deps.baseUrl()}${P}/cases/report-files/${id}/`,
    });
  }));
  router.on('GET', `${P}/cases/report-files/:id/`, authed(deps, async (ctx) => {
    const caseId = s.reportFiles.get(ctx.params.id);
    const c = s.cases.find((x) => x.pub.id === caseId);
    if (!c) return notFound(ctx);
    const pdf = await renderCasePdf(c.pub, deps.clock.iso());
    sendRaw(ctx.res, 200, pdf, 'application/pdf', { 'content-disposition': `attachment; filename="${c.pub.short_id}.pdf"` });
  }));
}
