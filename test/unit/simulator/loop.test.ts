import { afterEach, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { Simulator } from '../../../main/simulator/index';
import { HOUR, candidate, certnAuth, connect, icimsAuth, icimsBase, start } from './helpers';

let sim: Simulator;
afterEach(async () => sim?.stop());

async function screen(s: Simulator, workflowId: number) {
  const r = await fetch(`${icimsBase(s)}/applicantworkflows/${workflowId}`, { headers: icimsAuth(s) });
  expect(r.status).toBe(200);
  const wf = (await r.json()) as { backgroundscreens: { status: { value: string }; url: string | null; result: string | null; package: string }[] };
  return wf.backgroundscreens;
}

describe('full loop through HTTP only', () => {
  it('PDF: trigger → case in default group → clock → Complete with a real PDF link in iCIMS', async () => {
    sim = await start();
    const { group } = await connect(sim, 'PDF');
    const c = await candidate(sim, ['Standard Employment Screen']);

    const moved = await sim.admin.moveWorkflow(c.workflowId, 'C2028');
    expect(moved.delivery).toEqual({ httpStatus: 200 });
    const log = await sim.admin.eventLog();
    expect(log.at(-1)).toMatchObject({ workflowId: c.workflowId, newStatus: 'C2028', delivery: { httpStatus: 200 } });

    const cases = await sim.admin.listCases();
    expect(cases).toHaveLength(1);
    const kase = cases[0];
    expect(kase.group).toEqual({ id: group.id, name: group.name });
    expect(kase.package.name).toBe('Standard Employment Screen');
    expect(kase.overall_status).toBe('APPLICANT_INVITED');
    expect(kase.icims.workflow_id).toBe(String(c.workflowId));
    expect((await screen(sim, c.workflowId)).map((r) => r.status.value)).toEqual(['Sent']);

    // The clock never moves by itself.
    await sim.admin.advanceClock(23 * HOUR);
    expect((await sim.admin.listCases())[0].overall_status).toBe('APPLICANT_INVITED');
    await sim.admin.advanceClock(1 * HOUR);
    expect((await sim.admin.listCases())[0].overall_status).toBe('APPLICANT_SUBMITTED');
    expect((await screen(sim, c.workflowId))[0].status.value).toBe('In-Progress Vendor');
    await sim.admin.advanceClock(1 * HOUR);
    expect((await sim.admin.listCases())[0].overall_status).toBe('IN_PROGRESS');
    await sim.admin.advanceClock(47 * HOUR);

    const done = (await sim.admin.listCases())[0];
    expect(done.overall_status).toBe('COMPLETE');
    expect(done.overall_score).toBe('CLEAR');
    expect(done.writeback.error).toBeNull();
    const rows = await screen(sim, c.workflowId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: { value: 'Complete' }, result: 'CLEAR', url: done.report_url, package: 'Standard Employment Screen' });

    const pdf = await fetch(rows[0].url!);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);

    // The public API sees the same case and can produce the report file.
    const pub = await fetch(`${sim.certnUrl}/api/public/cases/${done.id}/`, { headers: certnAuth(sim) });
    expect(((await pub.json()) as { overall_status: string }).overall_status).toBe('COMPLETE');
    const gen = await fetch(`${sim.certnUrl}/api/public/cases/${done.id}/generate-report/`, { method: 'POST', headers: certnAuth(sim) });
    expect(gen.status).toBe(201);
    const file = await fetch(`${sim.certnUrl}/api/public/cases/report-files/${((await gen.json()) as { id: string }).id}/`, { headers: certnAuth(sim) });
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('PORTAL: the written-back link refuses anonymous access with 401', async () => {
    sim = await start();
    await connect(sim, 'PORTAL');
    const c = await candidate(sim, ['Driver Screen']);
    await sim.admin.moveWorkflow(c.workflowId, 'C2028');
    const [kase] = await sim.admin.listCases();
    const step = await sim.admin.advanceCase(kase.id);
    expect(step.overall_status).toBe('APPLICANT_SUBMITTED');
    await sim.admin.advanceClock(72 * HOUR);
    const rows = await screen(sim, c.workflowId);
    expect(rows[0].status.value).toBe('Complete');
    expect(rows[0].url).toMatch(/\/portal\/cases\/.+\/report\/$/);
    const anon = await fetch(rows[0].url!);
    expect(anon.status).toBe(401);
    expect(await anon.text()).toContain('Sign in');
    const signedIn = await fetch(rows[0].url!, { headers: certnAuth(sim) });
    expect(signedIn.status).toBe(200);
  });
});
