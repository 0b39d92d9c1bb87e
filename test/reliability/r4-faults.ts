// R4: every fault kind the simulator can inject, on every route the console calls. The routes are
// not listed by hand: one walk through every flow records which channel reached which route, and
// then each (route, fault) pair replays the channels that reached it. Counted: unhandled
// rejections, calls that threw past the gate, and failures that are not a clear typed error.
import { FAULT_KINDS, type FaultKind } from '../../main/simulator/faults';
import type { Simulator } from '../../main/simulator';
import type { ConsoleApp } from '../../main/app';
import { driveEveryFlow, makeHarness, waitForSync } from './flow';

export interface FaultResult {
  routes: number;
  kinds: number;
  pairs: number;
  calls: number;
  unhandled: string[];
  unclear: string[];
  outcomes: Record<string, number>;
}

type Side = 'certn' | 'icims' | 'sendsafely';

interface Recorded {
  side: Side;
  route: string;
  calls: Map<string, { channel: string; input: unknown }>;
}

/** A route as the fault matcher sees it: the path up to its first id-like segment. */
function routeOf(pathname: string): string {
  const parts = pathname.split('/');
  const i = parts.findIndex((p, n) => n > 0 && /\d/.test(p) && (/^\d+$/.test(p) || /^[0-9a-f-]{16,}$/i.test(p) || p.length > 24));
  return i < 0 ? pathname : parts.slice(0, i).join('/') + '/';
}

async function record(app: ConsoleApp): Promise<{ routes: Recorded[]; integrationId: string; sim: Simulator }> {
  const seen = new Map<string, Recorded>();
  const realFetch = globalThis.fetch;
  const realDispatch = app.dispatch;
  let current: { channel: string; input: unknown } | null = null;
  let lastSync: { channel: string; input: unknown } | null = null;
  app.dispatch = async (channel, input) => {
    const prev = current;
    current = { channel, input };
    if (channel === 'packages.sync') lastSync = current;
    try {
      return await realDispatch(channel, input);
    } finally {
      current = prev;
    }
  };
  let sim: Simulator | null = null;
  globalThis.fetch = async (url, init) => {
    const u = new URL(url instanceof Request ? url.url : String(url));
    const by = current?.channel === 'packages.syncStatus' || !current ? lastSync : current;
    if (sim && by && !u.pathname.startsWith('/__simulator/faults')) {
      const origins: Record<string, Side> = { [new URL(sim.certnUrl).origin]: 'certn', [new URL(sim.icimsUrl).origin]: 'icims', [new URL(sim.sendsafelyUrl).origin]: 'sendsafely' };
      const side = origins[u.origin] ?? null;
      if (side) {
        const route = routeOf(u.pathname);
        const key = `${side} ${route}`;
        const r = seen.get(key) ?? { side, route, calls: new Map() };
        r.calls.set(by.channel, by);
        seen.set(key, r);
      }
    }
    return realFetch(url, init);
  };
  try {
    const flowApp = app;
    // The simulator starts with the integration; its addresses are known from then on.
    const origCreate = flowApp.services.setup.simulator.bind(flowApp.services.setup);
    flowApp.services.setup.simulator = async (id: string) => (sim = await origCreate(id));
    const flow = await driveEveryFlow(flowApp);
    return { routes: [...seen.values()], integrationId: flow.integrationId, sim: sim! };
  } finally {
    globalThis.fetch = realFetch;
    app.dispatch = realDispatch;
  }
}

export async function runFaults(opts: { sample?: number; latencyMs?: number } = {}): Promise<FaultResult> {
  const h = await makeHarness();
  const { app } = h;
  const result: FaultResult = { routes: 0, kinds: FAULT_KINDS.length, pairs: 0, calls: 0, unhandled: [], unclear: [], outcomes: {} };
  const onUnhandled = (e: unknown) => result.unhandled.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  process.on('unhandledRejection', onUnhandled);
  try {
    const { routes, sim } = await record(app);
    result.routes = routes.length;
    let pairs = routes.flatMap((r) => FAULT_KINDS.map((kind) => ({ r, kind })));
    // The short form: every kind, on routes drawn at random.
    if (opts.sample && opts.sample < pairs.length) {
      const byKind = FAULT_KINDS.map((k) => pairs.filter((p) => p.kind === k).sort(() => Math.random() - 0.5));
      pairs = [];
      for (let i = 0; pairs.length < opts.sample; i++) for (const list of byKind) if (list[i] && pairs.length < opts.sample) pairs.push(list[i]);
    }
    const clearAll = async () => {
      await sim.admin.clearFaults();
      await sim.sendsafelyAdmin.clearFaults();
    };
    for (const { r, kind } of pairs) {
      result.pairs++;
      await clearAll();
      const fault = { route: r.route, kind: kind as FaultKind, count: 50, latencyMs: opts.latencyMs ?? 150, retryAfterSeconds: 0 };
      if (r.side === 'sendsafely') await sim.sendsafelyAdmin.addFault(fault);
      else await sim.admin.injectFault(fault, r.side);
      for (const c of r.calls.values()) {
        result.calls++;
        const label = `${kind} on ${r.side} ${r.route} via ${c.channel}`;
        let code: string;
        try {
          const env = await app.dispatch(c.channel, c.input);
          if (env.ok && c.channel === 'packages.sync') {
            const s = (await waitForSync(app, (c.input as { integrationId: string }).integrationId)) as { error: { code?: string; message?: string } | null };
            code = s.error ? String(s.error.code) : 'ok';
            if (s.error && (!s.error.message || s.error.code === 'internal')) result.unclear.push(`${label}: ${code}`);
          } else {
            code = env.ok ? 'ok' : env.error.code;
            if (!env.ok && (env.error.code === 'internal' || !env.error.message)) result.unclear.push(`${label}: ${env.error.code}`);
          }
        } catch (e) {
          code = 'threw';
          result.unclear.push(`${label}: threw ${e instanceof Error ? e.name : 'something'}`);
        }
        result.outcomes[code] = (result.outcomes[code] ?? 0) + 1;
      }
      await clearAll();
    }
    // Give stray promises a moment to surface as unhandled rejections.
    await new Promise((r) => setTimeout(r, 200));
  } finally {
    process.off('unhandledRejection', onUnhandled);
    await app.close();
  }
  result.unclear.push(...h.log.map((l) => l.split('\n')[0]));
  return result;
}
