// Per-route fault injection, shared by both simulated servers so clients can rehearse every failure
// they must survive: slow answers, throttling, server errors, broken JSON and dropped connections.
import { type Ctx, type Router, bodyJson, sendJson, sendRaw, sleep } from './router';

export const FAULT_KINDS = ['latency', '429', '500', '503', 'malformed', 'drop'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  route: string;
  kind: FaultKind;
  count?: number;
  latencyMs?: number;
  retryAfterSeconds?: number;
}

interface ActiveFault extends Required<Omit<FaultSpec, 'latencyMs' | 'retryAfterSeconds'>> {
  latencyMs: number;
  retryAfterSeconds: number;
}

type ErrorWriter = (ctx: Ctx, status: number, code: string, detail: string, headers?: Record<string, string>) => void;

export class Faults {
  private list: ActiveFault[] = [];

  add(spec: FaultSpec): ActiveFault {
    const f: ActiveFault = {
      route: spec.route,
      kind: spec.kind,
      count: spec.count ?? 1,
      latencyMs: spec.latencyMs ?? 1000,
      retryAfterSeconds: spec.retryAfterSeconds ?? 1,
    };
    this.list.push(f);
    return f;
  }

  clear(): void {
    this.list = [];
  }

  active(): ActiveFault[] {
    return this.list.map((f) => ({ ...f }));
  }

  /** Applies the first matching fault; true when the request was fully answered by it. */
  async apply(ctx: Ctx, writeError: ErrorWriter): Promise<boolean> {
    const path = ctx.url.pathname;
    if (path.startsWith('/__simulator/faults')) return false;
    const f = this.list.find((x) => path.startsWith(x.route));
    if (!f) return false;
    f.count -= 1;
    if (f.count <= 0) this.list = this.list.filter((x) => x !== f);
    switch (f.kind) {
      case 'latency':
        await sleep(f.latencyMs);
        return false;
      case '429':
        writeError(ctx, 429, 'throttled', `Request was throttled. Expected available in ${f.retryAfterSeconds} seconds.`, {
          'retry-after': String(f.retryAfterSeconds),
        });
        return true;
      case '500':
        writeError(ctx, 500, 'error', 'A server error occurred.');
        return true;
      case '503':
        writeError(ctx, 503, 'service_unavailable', 'Service temporarily unavailable, try again later.', {
          'retry-after': String(f.retryAfterSeconds),
        });
        return true;
      case 'malformed':
        sendRaw(ctx.res, 200, '{"pagination":{"result_count":3,"page_count":', 'application/json');
        return true;
      case 'drop':
        ctx.req.socket.destroy();
        return true;
    }
  }
}

export function registerFaultRoutes(router: Router, faults: Faults, writeError: ErrorWriter): void {
  router.on('POST', '/__simulator/faults', (ctx) => {
    const b = bodyJson<Partial<FaultSpec>>(ctx);
    if (typeof b.route !== 'string' || !b.route.startsWith('/')) {
      return writeError(ctx, 422, 'invalid', 'route must be a path prefix starting with "/".');
    }
    if (!FAULT_KINDS.includes(b.kind as FaultKind)) {
      return writeError(ctx, 422, 'invalid', `kind must be one of ${FAULT_KINDS.join(', ')}.`);
    }
    const f = faults.add(b as FaultSpec);
    sendJson(ctx.res, 201, f);
  });
  router.on('GET', '/__simulator/faults', (ctx) => sendJson(ctx.res, 200, { faults: faults.active() }));
  router.on('DELETE', '/__simulator/faults', (ctx) => {
    faults.clear();
    sendJson(ctx.res, 200, { faults: [] });
  });
}
