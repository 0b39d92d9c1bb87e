// The simulated iCIMS server: REST API with Basic auth and rate headers, event notifications, admin API.
import type { Server } from 'node:http';
import { type Ctx, Router, createSimServer, sendJson } from './router';
import { Faults, registerFaultRoutes } from './faults';
import { ICIMS_CODES, icimsError } from './icims-errors';
import { registerIcimsRoutes } from './icims-routes';
import { registerIcimsAdmin } from './icims-admin';
import { deliverEvent } from './icims-events';
import type { IcimsState, Workflow } from './state';

export const ICIMS_DAILY_LIMIT = 10_000;

export interface IcimsServerOptions {
  /** After any request that may have changed the simulated state. */
  onChange?: () => void;
  state: IcimsState;
  eventTimeoutMs?: number;
  nowIso: () => string;
}

export interface IcimsServer {
  server: Server;
  faults: Faults;
  setBaseUrl(url: string): void;
  /** Deliveries started by API status changes; awaited on stop so nothing is left dangling. */
  settle(): Promise<void>;
}

function writeError(ctx: Ctx, status: number, code: string, detail: string, headers: Record<string, string> = {}): void {
  if (ctx.url.pathname.startsWith('/__simulator/')) return sendJson(ctx.res, status, { error: { code, detail } }, headers);
  const errorCode = status === 404 ? ICIMS_CODES.notFound : status === 400 ? ICIMS_CODES.required : ICIMS_CODES.internal;
  icimsError(ctx, status, errorCode, detail, headers);
}

export function createIcimsServer(o: IcimsServerOptions): IcimsServer {
  let baseUrl = '';
  const base = () => baseUrl;
  const pending = new Set<Promise<unknown>>();
  const deliver = (w: Workflow, old: string) => deliverEvent(o.state, base(), w, old, w.statusId, o.eventTimeoutMs ?? 30_000, o.nowIso);
  let used = 0;
  let day = new Date().toISOString().slice(0, 10);
  const faults = new Faults();
  const router = new Router();
  registerFaultRoutes(router, faults, writeError);
  registerIcimsRoutes(router, {
    state: o.state,
    baseUrl: base,
    onStatusChange: (w, old) => {
      const p = deliver(w, old).finally(() => pending.delete(p));
      pending.add(p);
    },
  });
  registerIcimsAdmin(router, { state: o.state, baseUrl: base, deliver });
  const server = createSimServer({
    router,
    before: (ctx) => {
      const today = new Date().toISOString().slice(0, 10);
      if (today !== day) [day, used] = [today, 0];
      used += 1;
      const midnight = Date.parse(`${today}T00:00:00Z`) + 86_400_000;
      ctx.res.setHeader('x-ratelimit-limit', String(ICIMS_DAILY_LIMIT));
      ctx.res.setHeader('x-ratelimit-remaining', String(Math.max(0, ICIMS_DAILY_LIMIT - used)));
      ctx.res.setHeader('x-ratelimit-reset', String(Math.ceil((midnight - Date.now()) / 1000)));
      return faults.apply(ctx, writeError);
    },
    error: (ctx, status, code, detail) => writeError(ctx, status, code, detail),
    changed: o.onChange,
  });
  return {
    server,
    faults,
    setBaseUrl: (url) => (baseUrl = url),
    settle: async () => {
      await Promise.allSettled([...pending]);
    },
  };
}
