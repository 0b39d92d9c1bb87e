import { afterEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator/index';
import { ICIMS_WEBHOOK_PATH } from '../../../main/shared/regions';
import { basic, candidate, connect, eventBody, postEvent, start } from './helpers';

let sim: Simulator;
afterEach(async () => sim?.stop());

async function ready() {
  sim = await start();
  const { created } = await connect(sim);
  return created;
}

describe('iCIMS event endpoint', () => {
  it('accepts gzip and plain JSON bodies', async () => {
    const cred = await ready();
    const a = await candidate(sim, ['Standard Employment Screen']);
    const b = await candidate(sim, ['Standard Employment Screen']);
    expect((await postEvent(sim, cred.webhook_username, cred.webhook_password, eventBody(sim, a), true)).status).toBe(200);
    expect((await postEvent(sim, cred.webhook_username, cred.webhook_password, eventBody(sim, b), false)).status).toBe(200);
    const log = await sim.admin.webhookLog();
    expect(log.map((e) => [e.httpStatus, e.contentEncoding])).toEqual([[200, 'gzip'], [200, null]]);
    expect(await sim.admin.listCases()).toHaveLength(2);
  });

  it('treats a repeated event as a duplicate: 400, friendly message, exactly one case', async () => {
    const cred = await ready();
    const c = await candidate(sim, ['Standard Employment Screen']);
    const first = await sim.admin.moveWorkflow(c.workflowId, 'C2028');
    expect(first.delivery?.httpStatus).toBe(200);
    const again = await sim.admin.moveWorkflow(c.workflowId, 'C2028');
    expect(again.delivery?.httpStatus).toBe(400);
    expect(again.delivery?.userMessage).toMatch(/already been ordered/);
    const direct = await postEvent(sim, cred.webhook_username, cred.webhook_password, eventBody(sim, c), false);
    expect(direct.status).toBe(400);
    expect(await sim.admin.listCases()).toHaveLength(1);
    expect((await sim.admin.eventLog()).at(-1)?.delivery.userMessage).toMatch(/already been ordered/);
  });

  it('names a missing personId in both messages', async () => {
    const cred = await ready();
    const c = await candidate(sim, ['Standard Employment Screen']);
    const { personId: _omit, ...body } = eventBody(sim, c);
    const r = await postEvent(sim, cred.webhook_username, cred.webhook_password, body, true);
    expect(r.status).toBe(400);
    expect(r.body.error?.userMessage).toContain('personId');
    expect(r.body.error?.debugErrorMessage).toContain('personId');
    expect(await sim.admin.listCases()).toHaveLength(0);
  });

  it('answers 401 to a wrong webhook password, and before any integration exists', async () => {
    sim = await start();
    const c = await candidate(sim, ['Standard Employment Screen']);
    expect((await postEvent(sim, 'anyone', 'anything', eventBody(sim, c), true)).status).toBe(401);
    await connect(sim);
    const cred = (await sim.admin.getIcimsIntegration())!;
    const r = await postEvent(sim, cred.webhook_username, 'wrong-password', eventBody(sim, c), true);
    expect(r.status).toBe(401);
    expect(r.body.error?.userMessage).toBeTruthy();
    expect(JSON.stringify(r.body)).not.toContain('wrong-password');
    expect(await sim.admin.listCases()).toHaveLength(0);
  });

  it('refuses a package not marked for ATS use with a recruiter-facing message', async () => {
    await ready();
    const c = await candidate(sim, ['Volunteer Basic']);
    const r = await sim.admin.moveWorkflow(c.workflowId, 'C2028');
    expect(r.delivery?.httpStatus).toBe(400);
    expect(r.delivery?.userMessage).toBe(
      'The Certn package "Volunteer Basic" is not set up for iCIMS orders. Ask your Certn administrator to switch on "Mark this package for ATS use" for it, or choose another package on the job.',
    );
    expect(await sim.admin.listCases()).toHaveLength(0);
  });

  it('refuses an inactive package and a name that differs by a trailing space', async () => {
    await ready();
    const inactive = await candidate(sim, ['Legacy Criminal Check']);
    expect((await sim.admin.moveWorkflow(inactive.workflowId, 'C2028')).delivery?.userMessage).toMatch(/no longer active/);
    const trimmed = await candidate(sim, ['Executive Screen']);
    expect((await sim.admin.moveWorkflow(trimmed.workflowId, 'C2028')).delivery?.userMessage).toMatch(/does not match any Certn package exactly/);
    const exact = await candidate(sim, ['Executive Screen ']);
    expect((await sim.admin.moveWorkflow(exact.workflowId, 'C2028')).delivery?.httpStatus).toBe(200);
    expect((await sim.admin.listCases()).map((c) => c.package.name)).toEqual(['Executive Screen ']);
  });

  it('rejects an unreadable body and an unknown event type with 400', async () => {
    const cred = await ready();
    const res = await fetch(sim.certnUrl + ICIMS_WEBHOOK_PATH, {
      method: 'POST',
      headers: { authorization: basic(cred.webhook_username, cred.webhook_password), 'content-encoding': 'gzip' },
      body: Buffer.from([0x1f, 0x8b, 1, 2, 3]),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { userMessage: string } }).error.userMessage).toBeTruthy();
    const c = await candidate(sim, ['Standard Employment Screen']);
    const r = await postEvent(sim, cred.webhook_username, cred.webhook_password, { ...eventBody(sim, c), eventType: 'NewHireEvent' }, false);
    expect(r.status).toBe(400);
    expect(r.body.error?.debugErrorMessage).toContain('NewHireEvent');
  });

  it('shows the webhook password only once and lets report type and group be edited', async () => {
    const cred = await ready();
    const settings = await sim.admin.getIcimsIntegration();
    expect(settings?.webhook_username).toBe(cred.webhook_username);
    expect(JSON.stringify(settings)).not.toContain(cred.webhook_password);
    expect(JSON.stringify(settings)).not.toContain(sim.demo.icimsPassword);
    const updated = await sim.admin.updateIcimsIntegration({ report_type: 'PORTAL' });
    expect(updated.report_type).toBe('PORTAL');
    await expect(sim.admin.updateIcimsIntegration({ default_group_id: 'nope' })).rejects.toMatchObject({ status: 422 });
  });

  it('records a vendor that does not answer within the timeout', async () => {
    await sim?.stop();
    sim = await start({ eventTimeoutMs: 200 });
    const { createServer } = await import('node:http');
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    await sim.admin.configureEventNotifications({ url: `http://127.0.0.1:${port}/`, username: 'u', password: 'p', triggerStatusId: 'C2028' });
    const c = await candidate(sim, ['Standard Employment Screen']);
    const r = await sim.admin.moveWorkflow(c.workflowId, 'C2028');
    silent.closeAllConnections();
    silent.close();
    expect(r.delivery).toMatchObject({ httpStatus: 0, error: expect.stringContaining('No answer') });
  });

  it('refuses a job that is not Approved with 400', async () => {
    await ready();
    const c = await candidate(sim, ['Standard Employment Screen'], false);
    const r = await sim.admin.moveWorkflow(c.workflowId, 'C2028');
    expect(r.delivery?.httpStatus).toBe(400);
    expect(r.delivery?.userMessage).toMatch(/not approved/);
    expect(await sim.admin.listCases()).toHaveLength(0);
  });

  it('sends the documented event: gzip, string values, links in body and Link header', async () => {
    sim = await start();
    let seen: { headers: Headers; body: Record<string, unknown> } | null = null;
    const { createServer } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    const sink = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (d: Buffer) => chunks.push(d));
      req.on('end', () => {
        seen = { headers: new Headers(req.headers as Record<string, string>), body: JSON.parse(gunzipSync(Buffer.concat(chunks)).toString()) };
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { userMessage: 'Try later', debugErrorMessage: 'maintenance' } }));
      });
    });
    await new Promise<void>((r) => sink.listen(0, '127.0.0.1', r));
    const port = (sink.address() as { port: number }).port;
    await sim.admin.configureEventNotifications({ url: `http://127.0.0.1:${port}${ICIMS_WEBHOOK_PATH}`, username: 'u', password: 'p', triggerStatusId: 'C2028' });
    const c = await candidate(sim, ['Standard Employment Screen']);
    const r = await sim.admin.moveWorkflow(c.workflowId, 'C2028');
    sink.close();
    expect(r.delivery).toEqual({ httpStatus: 503, userMessage: 'Try later', debugErrorMessage: 'maintenance' });
    const got = seen!;
    expect(got.headers.get('content-encoding')).toBe('gzip');
    expect(got.headers.get('authorization')).toBe('Basic ' + Buffer.from('u:p').toString('base64'));
    expect(got.headers.get('link')).toContain('rel="applicantWorkflow"');
    expect(got.body).toMatchObject({ eventType: 'WorkFlowStatusChangeEvent', systemId: String(c.workflowId), personId: String(c.personId), newStatus: '2028', oldStatus: '2020' });
    for (const [k, v] of Object.entries(got.body)) if (k !== 'links') expect(typeof v).toBe('string');
    expect((got.body.links as { rel: string }[]).map((l) => l.rel)).toEqual(['applicantWorkflow', 'job', 'person', 'user']);
    // Moving to a status that is not the trigger sends nothing.
    expect((await sim.admin.moveWorkflow(c.workflowId, 'D10900')).delivery).toBeNull();
  });
});
