// iCIMS Event Notifications: when a workflow enters the configured trigger status, POST the
// WorkFlowStatusChangeEvent (gzip, all values strings, links in the body and in a Link header).
import { gzipSync } from 'node:zlib';
import { basicHeader } from './auth';
import type { Delivery, IcimsState, Workflow } from './state';
import { customerBase } from './icims-shapes';
import { formatIcimsLinkHeader } from './link-header';

/** Events carry status ids as bare numbers ("C2028" → "2028"). */
const bareStatus = (id: string) => id.replace(/^[A-Za-z]+/, '');

export function buildEvent(s: IcimsState, base: string, w: Workflow, oldStatus: string, newStatus: string) {
  const cb = customerBase(base, s);
  return {
    eventType: 'WorkFlowStatusChangeEvent',
    customerId: s.customerId,
    systemId: String(w.id),
    personId: String(w.personId),
    jobId: String(w.jobId),
    userId: String(s.userId),
    oldStatus: bareStatus(oldStatus),
    newStatus: bareStatus(newStatus),
    links: [
      { rel: 'applicantWorkflow', title: 'Applicant Workflow', url: `${cb}/applicantworkflows/${w.id}` },
      { rel: 'job', title: 'Job Profile', url: `${cb}/jobs/${w.jobId}` },
      { rel: 'person', title: 'Person Profile', url: `${cb}/people/${w.personId}` },
      { rel: 'user', title: 'Posting User', url: `${cb}/people/${s.userId}` },
    ],
  };
}

export async function deliverEvent(
  s: IcimsState,
  base: string,
  w: Workflow,
  oldStatus: string,
  newStatus: string,
  timeoutMs: number,
  nowIso: () => string,
): Promise<Delivery | null> {
  const n = s.notifications;
  if (!n || newStatus !== n.triggerStatusId) return null;
  const event = buildEvent(s, base, w, oldStatus, newStatus);
  const link = formatIcimsLinkHeader(event.links);
  let delivery: Delivery;
  try {
    const res = await fetch(n.url, {
      method: 'POST',
      headers: {
        authorization: basicHeader(n.username, n.password),
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        link,
      },
      body: gzipSync(Buffer.from(JSON.stringify(event))),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    delivery = { httpStatus: res.status };
    try {
      const err = (JSON.parse(text) as { error?: { userMessage?: string; debugErrorMessage?: string } }).error;
      if (err?.userMessage) delivery.userMessage = err.userMessage;
      if (err?.debugErrorMessage) delivery.debugErrorMessage = err.debugErrorMessage;
    } catch {
      // a non-JSON answer is kept as a bare status
    }
  } catch (e) {
    const timedOut = (e as Error).name === 'TimeoutError';
    delivery = { httpStatus: 0, error: timedOut ? `No answer within ${timeoutMs / 1000} s.` : 'Could not connect to the vendor URL.' };
  }
  s.eventLog.push({ at: nowIso(), workflowId: w.id, url: n.url, oldStatus, newStatus, delivery });
  return delivery;
}
