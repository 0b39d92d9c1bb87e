// The simulated Certn server: public API, iCIMS event endpoint, report links, admin API and faults.
import type { Server } from 'node:http';
import { type Ctx, Router, createSimServer, sendJson, sendRaw } from './router';
import { certnError } from './certn-errors';
import { Faults, registerFaultRoutes } from './faults';
import { registerPublicRoutes } from './certn-public';
import { registerCertnAdmin } from './certn-admin';
import { registerHealthAdmin } from './health-admin';
import { registerReportRoutes } from './report-routes';
import { registerWebhook, webhookError } from './webhook';
import { SlidingWindowLimiter } from './throttle';
import { CaseLife } from './case-life';
import { writeBack } from './writeback';
import type { CertnState, CaseRecord } from './state';
import type { SimClock } from './clock';
import { ICIMS_WEBHOOK_PATH } from '../shared/regions';

export interface CertnServerOptions {
  /** After any request that may have changed the simulated state. */
  onChange?: () => void;
  state: CertnState;
  clock: SimClock;
  rateLimitPerMinute: number;
  rateWindowMs?: number;
  icimsUrl: () => string;
}

export interface CertnServer {
  server: Server;
  life: CaseLife;
  faults: Faults;
  setBaseUrl(url: string): void;
}

function writeError(ctx: Ctx, status: number, code: string, detail: string, headers: Record<string, string> = {}): void {
  if (ctx.url.pathname === ICIMS_WEBHOOK_PATH) return webhookError(ctx, status, detail, detail, headers);
  if (ctx.url.pathname.startsWith('/__simulator/')) return sendJson(ctx.res, status, { error: { code, detail } }, headers);
  certnError(ctx, status, code, detail, headers);
}

export function createCertnServer(o: CertnServerOptions): CertnServer {
  let baseUrl = '';
  const base = () => baseUrl;
  const reportUrl = (rec: CaseRecord) =>
    o.state.integration?.report_type === 'PORTAL'
      ? `${base()}/portal/cases/${rec.pub.id}/report/`
      : `${base()}/reports/pdf/${rec.reportToken}/`;
  const life = new CaseLife({
    state: o.state,
    clock: o.clock,
    reportUrl,
    writeBack: (rec, snapshot) => writeBack({ icimsUrl: o.icimsUrl(), integration: o.state.integration, clock: o.clock }, rec, snapshot),
  });
  const faults = new Faults();
  const limiter = new SlidingWindowLimiter(o.rateLimitPerMinute, o.rateWindowMs);
  const router = new Router();
  registerFaultRoutes(router, faults, writeError);
  registerPublicRoutes(router, { state: o.state, limiter, clock: o.clock, baseUrl: base });
  registerCertnAdmin(router, { state: o.state, clock: o.clock, life });
  registerHealthAdmin(router, { state: o.state, clock: o.clock });
  registerReportRoutes(router, { state: o.state, clock: o.clock });
  registerWebhook(router, { state: o.state, clock: o.clock, life, icimsUrl: o.icimsUrl });
  router.on('GET', '/', (ctx) => sendRaw(ctx.res, 200, 'Certn simulator\n', 'text/plain'));
  const server = createSimServer({
    router,
    before: (ctx) => faults.apply(ctx, writeError),
    error: (ctx, status, code, detail) => writeError(ctx, status, code, detail),
    changed: o.onChange,
  });
  return { server, life, faults, setBaseUrl: (url) => (baseUrl = url) };
}
