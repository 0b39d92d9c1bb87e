import { gzipSync } from 'node:zlib';
import { type Simulator, startSimulator, type SimulatorOptions } from '../../../main/simulator/index';
import { ICIMS_WEBHOOK_PATH } from '../../../main/shared/regions';

export const HOUR = 3_600_000;

export async function start(opts: SimulatorOptions = {}): Promise<Simulator> {
  return startSimulator({ eventTimeoutMs: 5_000, ...opts });
}

export const certnAuth = (sim: Simulator) => ({ authorization: `Api-Key ${sim.demo.certnApiKey}` });
export const basic = (u: string, p: string) => 'Basic ' + Buffer.from(`${u}:${p}`).toString('base64');
export const icimsAuth = (sim: Simulator) => ({ authorization: basic(sim.demo.icimsUsername, sim.demo.icimsPassword) });
export const icimsBase = (sim: Simulator) => `${sim.icimsUrl}/customers/${sim.demo.icimsCustomerId}`;

export async function firstGroup(sim: Simulator, name = 'Toronto Stores') {
  const r = await fetch(`${sim.certnUrl}/api/public/groups/?page_size=100`, { headers: certnAuth(sim) });
  const body = (await r.json()) as { results: { id: string; name: string }[] };
  return body.results.find((g) => g.name === name)!;
}

/** Integration + event notifications, wired the way the consultant would, only through HTTP. */
export async function connect(sim: Simulator, reportType: 'PDF' | 'PORTAL' = 'PDF') {
  const group = await firstGroup(sim);
  const created = await sim.admin.createIcimsIntegration({
    icims_customer_id: sim.demo.icimsCustomerId,
    icims_username: sim.demo.icimsUsername,
    icims_password: sim.demo.icimsPassword,
    report_type: reportType,
    default_group_id: group.id,
  });
  await sim.admin.configureEventNotifications({
    url: sim.certnUrl + ICIMS_WEBHOOK_PATH,
    username: created.webhook_username,
    password: created.webhook_password,
    triggerStatusId: 'C2028',
  });
  return { group, created };
}

/** A fresh candidate on a job with the given package, ready to be moved. */
export async function candidate(sim: Simulator, pkg: string[], approved = true) {
  const job = await sim.admin.createJob({ jobtitle: 'Test Job', approved, bgcpackagetype: pkg });
  const person = await sim.admin.createPerson({ firstname: 'Jo', lastname: 'Tester', email: `jo.${job.id}@example.com` });
  const wf = await sim.admin.createWorkflow({ personId: person.id, jobId: job.id, statusId: 'C2020' });
  return { jobId: job.id, personId: person.id, workflowId: wf.id };
}

export function eventBody(sim: Simulator, c: { jobId: number; personId: number; workflowId: number }) {
  return {
    eventType: 'WorkFlowStatusChangeEvent',
    customerId: sim.demo.icimsCustomerId,
    systemId: String(c.workflowId),
    personId: String(c.personId),
    jobId: String(c.jobId),
    userId: '101',
    oldStatus: '2020',
    newStatus: '2028',
    links: [],
  };
}

export async function postEvent(sim: Simulator, user: string, pass: string, body: unknown, gzip: boolean) {
  const raw = Buffer.from(JSON.stringify(body));
  const res = await fetch(sim.certnUrl + ICIMS_WEBHOOK_PATH, {
    method: 'POST',
    headers: {
      authorization: basic(user, pass),
      'content-type': 'application/json',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    },
    body: gzip ? gzipSync(raw) : raw,
  });
  return { status: res.status, body: (await res.json()) as { error?: { userMessage: string; debugErrorMessage: string } } };
}
