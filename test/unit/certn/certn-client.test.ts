// Every Certn client call against the simulator over real loopback HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/simulator/index';
import { createCertnClient, type CertnClient, type PageProgress } from '../../../main/certn';
import { adminCall, appErrorOf, connectIntegration, orderCase } from './helpers';

let sim: Simulator;
let certn: CertnClient;

beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerMinute: 100_000 });
  certn = createCertnClient({ environment: 'simulator', baseUrl: sim.certnUrl + '/', apiKey: sim.demo.certnApiKey, timeoutMs: 5000 });
});
afterAll(async () => {
  await sim?.stop();
});

describe('Certn client against the simulator', () => {
  it('tests the connection with one cheap call', async () => {
    const r = await certn.testConnection();
    expect(r.ok).toBe(true);
    expect(r.baseUrl).toBe(sim.certnUrl); // trailing slash trimmed
    expect(r.groupCount).toBeGreaterThan(1);
  });

  it('lists groups and reads one by id', async () => {
    const groups = await certn.listGroups();
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.map((g) => g.name)).toContain('Northwind Holdings');
    const one = await certn.getGroup(groups[1].id);
    expect(one).toMatchObject({ id: groups[1].id, name: groups[1].name, parent_id: groups[0].id });
    expect(one.short_id).toMatch(/^CG_CA_/);
  });

  it('lists packages, filters active ones, reads one by id keeping unknown fields', async () => {
    const all = await certn.listPackages();
    const active = await certn.listPackages({ isActive: true });
    expect(all.length).toBeGreaterThan(active.length);
    expect(active.every((p) => p.is_active)).toBe(true);
    const exec = all.find((p) => p.name === 'Executive Screen ');
    expect(exec, 'trailing space in the name must survive').toBeDefined();
    const one = await certn.getPackage(exec!.id);
    expect(one.check_types).toContain('CREDIT_REPORT_1');
    expect(one.use_for_ats).toBe(true);
  });

  it('follows pagination to the end with a progress callback per page', async () => {
    const before = (await certn.listPackages()).length;
    await adminCall(sim.certnUrl, 'POST', '/__simulator/packages/bulk', { count: 250, prefix: 'Bulk' });
    const progress: PageProgress[] = [];
    const all = await certn.listPackages({ pageSize: 20, onProgress: (p) => progress.push(p) });
    const total = before + 250;
    expect(all).toHaveLength(total);
    expect(new Set(all.map((p) => p.id)).size).toBe(total);
    const pages = Math.ceil(total / 20);
    expect(progress).toHaveLength(pages);
    expect(progress.map((p) => p.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(progress.at(-1)).toMatchObject({ page: pages, pageCount: pages, loaded: total, total, etaMs: 0 });
    // The console's own window: each page used one of its calls.
    for (const p of progress) expect(p.callsLeft).toBeGreaterThanOrEqual(0);
    expect(progress.at(-1)!.callsLeft).toBeLessThan(progress[0].callsLeft);
  });

  it('orders through iCIMS, then lists cases with filters, reads one, and fetches its PDF report', async () => {
    const groups = await certn.listGroups();
    const group = groups.find((g) => g.name === 'Corporate Office')!;
    await connectIntegration(sim, group.id);
    const t0 = new Date(Date.now() - 60_000);
    const ordered = await orderCase(sim, { firstname: 'Rae', lastname: 'Case', email: 'rae.case@example.com' }, 'Driver Screen');
    expect(ordered.delivery?.httpStatus).toBe(200);

    const cases = await certn.listCases({ group: group.id, emailAddress: 'rae.case@example.com' });
    expect(cases).toHaveLength(1);
    const c = cases[0];
    expect(c.icims?.workflow_id?.toString()).toBe(String(ordered.workflowId));
    expect(await certn.listCases({ group: [group.id], orderedAfter: t0 })).toHaveLength(1);
    expect(await certn.listCases({ group: group.id, overallStatus: ['COMPLETE'] })).toHaveLength(0);
    expect(await certn.listCases({ orderedBefore: new Date('2000-01-01T00:00:00Z') })).toHaveLength(0);

    const bad = await appErrorOf(certn.generateReport(c.id));
    expect(bad.code).toBe('certn_validation'); // not complete yet: Certn says why
    expect(bad.message).toMatch(/complete/i);

    let status = c.overall_status;
    for (let i = 0; i < 20 && status !== 'COMPLETE'; i++) {
      status = (await adminCall<{ overall_status: string }>(sim.certnUrl, 'POST', `/__simulator/cases/${c.id}/advance`)).overall_status;
    }
    const done = await certn.getCase(c.id);
    expect(done.overall_status).toBe('COMPLETE');
    expect(await certn.listCases({ overallStatus: 'COMPLETE', group: group.id })).toHaveLength(1);

    const gen = await certn.generateReport(c.id);
    expect(gen.reportFileId).toBeTruthy();
    const file = await certn.getReportFile(gen.reportFileId);
    expect(file.kind).toBe('file');
    if (file.kind !== 'file') return;
    expect(file.contentType).toMatch(/application\/pdf/);
    expect(new TextDecoder().decode(file.bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('words a wrong key as a region/expiry problem, naming the environment', async () => {
    const wrong = createCertnClient({ environment: 'simulator', baseUrl: sim.certnUrl, apiKey: 'not-a-real-key' });
    const e = await appErrorOf(wrong.testConnection());
    expect(e.code).toBe('certn_unauthorized');
    expect(e.status).toBe(401);
    expect(e.message).toBe(
      'Certn rejected this API key for the local simulator. Keys work only in the region that issued them and expire after 365 days.',
    );
    expect(JSON.stringify(e.toInfo())).not.toContain('not-a-real-key');
  });

  it('words 404s for the thing asked for, and rejects bad filter values as validation errors', async () => {
    const nf = await appErrorOf(certn.getPackage('00000000-0000-0000-0000-000000000000'));
    expect(nf.code).toBe('certn_not_found');
    expect(nf.message).toBe('Certn has no package with that ID in the local simulator.');
    const v = await appErrorOf(certn.listCases({ orderedAfter: 'not-a-date' }));
    expect(v.code).toBe('certn_validation');
    expect(v.message).toContain('order_timeframe_after');
  });
});
