// Test plumbing shared by the Certn, iCIMS and probe tests: admin calls to the simulator over
// real HTTP, and loopback addresses that are guaranteed not to answer.
import { createServer } from 'node:net';
import { AppError } from '../../../main/shared/errors';
import { ICIMS_WEBHOOK_PATH } from '../../../main/shared/regions';

export async function adminCall<T = unknown>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface FaultSpec {
  route: string;
  kind: 'latency' | '429' | '500' | '503' | 'malformed' | 'drop';
  count?: number;
  latencyMs?: number;
  retryAfterSeconds?: number;
}

export const injectFault = (base: string, f: FaultSpec) => adminCall(base, 'POST', '/__simulator/faults', f);
export const clearFaults = (base: string) => adminCall(base, 'DELETE', '/__simulator/faults');

/** A loopback port that was just free: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** Runs the promise and returns the AppError it rejects with (fails the test if it resolves). */
export async function appErrorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw new Error(`expected an AppError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a rejection, but the call succeeded');
}

interface SimLike {
  certnUrl: string;
  icimsUrl: string;
  demo: { icimsCustomerId: string; icimsUsername: string; icimsPassword: string };
}

/** Sets up the iCIMS integration in simulated Certn, as an admin would in the portal; returns the webhook credentials. */
export async function connectIntegration(sim: SimLike, defaultGroupId: string) {
  const creds = await adminCall<{ webhook_username: string; webhook_password: string }>(sim.certnUrl, 'POST', '/__simulator/icims-integration', {
    icims_customer_id: sim.demo.icimsCustomerId,
    icims_username: sim.demo.icimsUsername,
    icims_password: sim.demo.icimsPassword,
    report_type: 'PDF',
    default_group_id: defaultGroupId,
  });
  await adminCall(sim.icimsUrl, 'PUT', '/__simulator/event-notifications', {
    url: sim.certnUrl + ICIMS_WEBHOOK_PATH,
    username: creds.webhook_username,
    password: creds.webhook_password,
    triggerStatusId: 'C2028',
  });
  return creds;
}

/** Orders a case the way production does: a candidate moved to the trigger status in iCIMS. */
export async function orderCase(sim: SimLike, who: { firstname: string; lastname: string; email: string }, packageName: string) {
  const person = await adminCall<{ id: number }>(sim.icimsUrl, 'POST', '/__simulator/people', who);
  const job = await adminCall<{ id: number }>(sim.icimsUrl, 'POST', '/__simulator/jobs', { jobtitle: 'Test Job', approved: true, bgcpackagetype: [packageName] });
  const wf = await adminCall<{ id: number }>(sim.icimsUrl, 'POST', '/__simulator/applicantworkflows', { personId: person.id, jobId: job.id });
  const moved = await adminCall<{ delivery: { httpStatus: number } | null }>(sim.icimsUrl, 'POST', `/__simulator/applicantworkflows/${wf.id}/move`, { statusId: 'C2028' });
  return { personId: person.id, jobId: job.id, workflowId: wf.id, delivery: moved.delivery };
}
