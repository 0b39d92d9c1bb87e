import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator/index';
import { basic, icimsAuth, icimsBase, start } from './helpers';

let sim: Simulator;
afterEach(async () => sim?.stop());

describe('iCIMS API', () => {
  it('answers bad credentials with 401, errorCode 6 and X-Error; another customer with 404 code 3', async () => {
    sim = await start();
    const r = await fetch(`${icimsBase(sim)}/people/102`, { headers: { authorization: basic(sim.demo.icimsUsername, 'nope') } });
    expect(r.status).toBe(401);
    expect(await r.json()).toEqual({ errors: [{ errorMessage: 'Invalid Username or Password credentials provided.', errorCode: 6 }] });
    expect(r.headers.get('x-error')).toBe('6:Invalid Username or Password credentials provided.');
    const none = await fetch(`${icimsBase(sim)}/people/102`);
    expect(none.status).toBe(401);
    const other = await fetch(`${sim.icimsUrl}/customers/1/people/102`, { headers: icimsAuth(sim) });
    expect(other.status).toBe(404);
    expect(((await other.json()) as { errors: { errorCode: number }[] }).errors[0].errorCode).toBe(3);
    const missing = await fetch(`${icimsBase(sim)}/people/999999`, { headers: icimsAuth(sim) });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { errorCode: number }[] }).errors[0].errorCode).toBe(2);
  });

  it('carries rate headers on every answer and renders fields the iCIMS way', async () => {
    sim = await start();
    const r = await fetch(`${icimsBase(sim)}/jobs/2001?fields=jobtitle,folder,bgcpackagetype`, { headers: icimsAuth(sim) });
    for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) expect(Number(r.headers.get(h))).toBeGreaterThan(0);
    expect(await r.json()).toEqual({
      jobtitle: 'Warehouse Associate',
      folder: { id: 'D31001', value: 'Approved', formattedvalue: 'Approved' },
      bgcpackagetype: [{ id: expect.stringMatching(/^C\d+$/), value: 'Standard Employment Screen', formattedvalue: 'Standard Employment Screen' }],
    });
    const bad = await fetch(`${icimsBase(sim)}/jobs/2001`);
    expect(bad.headers.get('x-ratelimit-limit')).toBeTruthy();
    const p = (await (await fetch(`${icimsBase(sim)}/people/102?fields=firstname,email`, { headers: icimsAuth(sim) })).json()) as Record<string, unknown>;
    expect(Object.keys(p).sort()).toEqual(['email', 'firstname']);
  });

  it('searches ids only, ascending, 1000 at most, paged with id >', async () => {
    sim = await start({ seed: false });
    const job = await sim.admin.createJob({ jobtitle: 'Bulk', bgcpackagetype: [] });
    const person = await sim.admin.createPerson({ firstname: 'A', lastname: 'B', email: 'a@b.c' });
    for (let i = 0; i < 1005; i++) await sim.admin.createWorkflow({ personId: person.id, jobId: job.id });
    const search = async (filters: unknown[]) => {
      const r = await fetch(`${icimsBase(sim)}/search/applicantworkflows`, { method: 'POST', headers: icimsAuth(sim), body: JSON.stringify({ filters }) });
      expect(r.status).toBe(200);
      return ((await r.json()) as { searchResults: { id: string; self: string }[] }).searchResults.map((h) => ({ ...h, id: Number(h.id) }));
    };
    const page1 = await search([{ name: 'applicantworkflow.id', value: ['0'], operator: '>' }]);
    expect(page1).toHaveLength(1000);
    expect(page1[0]).toEqual({ id: 30001, self: `${icimsBase(sim)}/applicantworkflows/30001` });
    expect(page1.every((r, i) => i === 0 || r.id > page1[i - 1].id)).toBe(true);
    const page2 = await search([{ name: 'applicantworkflow.id', value: [String(page1.at(-1)!.id)], operator: '>' }]);
    expect(page2.map((r) => r.id)).toEqual([31001, 31002, 31003, 31004, 31005]);
    const get = await fetch(`${icimsBase(sim)}/search/people?searchJson=${encodeURIComponent(JSON.stringify({ filters: [{ name: 'person.id', value: [String(person.id)], operator: '=' }] }))}`, { headers: icimsAuth(sim) });
    expect(((await get.json()) as { searchResults: { id: string }[] }).searchResults.map((r) => r.id)).toEqual([String(person.id)]);
    const unsupported = await fetch(`${icimsBase(sim)}/search/jobs`, { method: 'POST', headers: icimsAuth(sim), body: JSON.stringify({ filters: [{ name: 'nope', value: ['1'] }] }) });
    expect(unsupported.status).toBe(400);
  });

  it('creates workflows (201 + Location, empty body) and patches status (204)', async () => {
    sim = await start();
    const r = await fetch(`${icimsBase(sim)}/applicantworkflows`, { method: 'POST', headers: icimsAuth(sim), body: JSON.stringify({ baseprofile: 2001, associatedprofile: { id: 102 } }) });
    expect(r.status).toBe(201);
    expect(await r.text()).toBe('');
    const loc = r.headers.get('location')!;
    expect(loc).toMatch(new RegExp(`^${icimsBase(sim)}/applicantworkflows/\\d+$`));
    const p = await fetch(loc, { method: 'PATCH', headers: icimsAuth(sim), body: JSON.stringify({ status: { id: 'D10900' } }) });
    expect(p.status).toBe(204);
    const wf = (await (await fetch(loc, { headers: icimsAuth(sim) })).json()) as { status: { id: string; value: string }; baseprofile: { id: number } };
    expect(wf.status).toEqual({ id: 'D10900', value: 'Hired', formattedvalue: 'Hired' });
    expect(wf.baseprofile.id).toBe(2001);
    const missing = await fetch(`${icimsBase(sim)}/applicantworkflows`, { method: 'POST', headers: icimsAuth(sim), body: JSON.stringify({ baseprofile: 2001 }) });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: { errorCode: number }[] }).errors[0].errorCode).toBe(1);
  });

  it('fires the event when a status PATCH enters the trigger status', async () => {
    sim = await start();
    await sim.admin.configureEventNotifications({ url: `${sim.certnUrl}/api/external/ats/icims/webhook/`, username: 'x', password: 'y', triggerStatusId: 'C2028' });
    const p = await fetch(`${icimsBase(sim)}/applicantworkflows/30001`, { method: 'PATCH', headers: icimsAuth(sim), body: JSON.stringify({ status: { id: 'C2028' } }) });
    expect(p.status).toBe(204);
    await expect.poll(async () => (await sim.admin.eventLog()).length).toBe(1);
    // No integration exists yet, so Certn refuses the credentials and iCIMS keeps the message.
    const [entry] = await sim.admin.eventLog();
    expect(entry.delivery.httpStatus).toBe(401);
    expect(entry.delivery.userMessage).toBeTruthy();
  });
});
