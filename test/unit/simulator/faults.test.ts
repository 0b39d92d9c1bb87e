import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator/index';
import { HOUR, candidate, certnAuth, connect, icimsAuth, icimsBase, start } from './helpers';

let sim: Simulator;
afterEach(async () => sim?.stop());

const groups = () => fetch(`${sim.certnUrl}/api/public/groups/`, { headers: certnAuth(sim) });

describe('fault injection', () => {
  it('latency delays the answer once, then the route is normal again', async () => {
    sim = await start();
    await sim.admin.injectFault({ route: '/api/public/groups/', kind: 'latency', latencyMs: 300 });
    let t = Date.now();
    expect((await groups()).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(280);
    t = Date.now();
    expect((await groups()).status).toBe(200);
    expect(Date.now() - t).toBeLessThan(250);
  });

  it('429 carries Retry-After and the throttled error body', async () => {
    sim = await start();
    await sim.admin.injectFault({ route: '/api/public/', kind: '429', retryAfterSeconds: 7 });
    const r = await groups();
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    expect(((await r.json()) as { errors: { code: string }[] }).errors[0].code).toBe('throttled');
  });

  it('500 and 503 answer in the server-error shape, count times', async () => {
    sim = await start();
    await sim.admin.injectFault({ route: '/api/public/groups/', kind: '500', count: 2 });
    await sim.admin.injectFault({ route: '/api/public/groups/', kind: '503' });
    const seen = [];
    for (let i = 0; i < 4; i++) {
      const r = await groups();
      seen.push(r.status);
      if (r.status >= 500) expect(((await r.json()) as { type: string }).type).toBe('server_error');
    }
    expect(seen).toEqual([500, 500, 503, 200]);
  });

  it('malformed sends JSON that does not parse', async () => {
    sim = await start();
    await sim.admin.injectFault({ route: '/api/public/groups/', kind: 'malformed' });
    const r = await groups();
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    await expect(r.json()).rejects.toThrow();
  });

  it('drop closes the connection without an answer', async () => {
    sim = await start();
    await sim.admin.injectFault({ route: '/api/public/groups/', kind: 'drop' });
    await expect(groups()).rejects.toThrow();
    expect((await groups()).status).toBe(200);
  });

  it('works on the iCIMS side too, in its error shape, and clears', async () => {
    sim = await start();
    const job = () => fetch(`${icimsBase(sim)}/jobs/2001`, { headers: icimsAuth(sim) });
    await sim.admin.injectFault({ route: '/customers/', kind: '503', count: 5 }, 'icims');
    const r = await job();
    expect(r.status).toBe(503);
    expect(((await r.json()) as { errors: { errorCode: number }[] }).errors[0].errorCode).toBe(0);
    await sim.admin.clearFaults();
    expect((await job()).status).toBe(200);
  });

  it('a failing iCIMS write-back is recorded on the case, and Certn answers 503 when iCIMS is down', async () => {
    sim = await start();
    await connect(sim);
    const c = await candidate(sim, ['Standard Employment Screen']);
    await sim.admin.injectFault({ route: `/customers/${sim.demo.icimsCustomerId}/applicantworkflows/${c.workflowId}/fields/`, kind: '500' }, 'icims');
    expect((await sim.admin.moveWorkflow(c.workflowId, 'C2028')).delivery?.httpStatus).toBe(200);
    const [kase] = await sim.admin.listCases();
    expect(kase.writeback.error).toMatch(/iCIMS answered 500/);
    await sim.admin.advanceClock(72 * HOUR);
    const [done] = await sim.admin.listCases();
    expect(done.writeback.error).toBeNull();
    expect((await sim.admin.getWorkflow(c.workflowId)).backgroundscreens[0].status.value).toBe('Complete');

    const other = await candidate(sim, ['Standard Employment Screen']);
    await sim.admin.injectFault({ route: `/customers/${sim.demo.icimsCustomerId}/people/`, kind: 'drop' }, 'icims');
    const d = await sim.admin.moveWorkflow(other.workflowId, 'C2028');
    expect(d.delivery?.httpStatus).toBe(503);
    expect(await sim.admin.listCases()).toHaveLength(1);
  });
});
