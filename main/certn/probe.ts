// Best-effort check of the webhook credentials against Certn's iCIMS event endpoint. Certn offers
// no "test" call for it, so we send an empty event: a 401 means the credentials are wrong, a 400
// means they were accepted and only the (deliberately empty) event was refused. Anything else
// proves nothing either way and is reported as inconclusive. Nothing is ordered by this call.
import { certnIcimsEndpoint, type Environment } from '../shared/regions';
import { certnBaseUrl } from './client';
import { regionPhrase } from './errors';
import { TransportFailure, basicAuth, fetchRaw, hostOf } from './net';

export interface ProbeOptions {
  environment: Environment;
  /** Required for the simulator; overrides the region's host otherwise. */
  baseUrl?: string;
  username: string;
  password: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface ProbeResult {
  outcome: 'accepted' | 'rejected' | 'inconclusive';
  httpStatus?: number;
  title: string;
  explanation: string;
}

const BEST_EFFORT = 'This is a best-effort check: Certn has no official test for these credentials.';

export async function probeWebhookEndpoint(o: ProbeOptions): Promise<ProbeResult> {
  const endpoint = certnIcimsEndpoint(certnBaseUrl(o.environment, o.baseUrl));
  const where = regionPhrase(o.environment);
  const host = hostOf(endpoint);
  let status: number;
  try {
    const res = await fetchRaw(
      endpoint,
      {
        method: 'POST',
        headers: { Authorization: basicAuth(o.username, o.password), 'Content-Type': 'application/json', Accept: 'application/json' },
        body: '{}',
      },
      { timeoutMs: o.timeoutMs ?? 15_000, signal: o.signal },
    );
    status = res.status;
  } catch (e) {
    const kind = e instanceof TransportFailure ? e.kind : 'other';
    return {
      outcome: 'inconclusive',
      title: kind === 'cancelled' ? 'Check cancelled' : 'Could not reach the endpoint',
      explanation: `${describeFailure(kind, host)} The credentials were not checked. ${BEST_EFFORT}`,
    };
  }
  if (status === 401) {
    return {
      outcome: 'rejected',
      httpStatus: 401,
      title: 'Webhook credentials rejected',
      explanation: `Certn's iCIMS endpoint for ${where} refused this webhook username and password (HTTP 401). Check them against what Certn showed when the integration was saved; if they were lost, regenerate them in Certn (Settings → Integrations → iCIMS). ${BEST_EFFORT}`,
    };
  }
  if (status === 400) {
    return {
      outcome: 'accepted',
      httpStatus: 400,
      title: 'Endpoint reached, credentials accepted',
      explanation: `Certn's iCIMS endpoint for ${where} accepted the webhook credentials and refused the empty test event, as expected (HTTP 400). Nothing was ordered. ${BEST_EFFORT}`,
    };
  }
  return {
    outcome: 'inconclusive',
    httpStatus: status,
    title: 'Inconclusive',
    explanation: `Certn's iCIMS endpoint for ${where} answered HTTP ${status}, which says nothing about the credentials. Try again later. ${BEST_EFFORT}`,
  };
}

function describeFailure(kind: string, host: string): string {
  switch (kind) {
    case 'cancelled': return 'The check was cancelled.';
    case 'timeout': return `${host} did not answer in time.`;
    case 'dns': return `The server ${host} could not be found.`;
    case 'offline': return 'This computer seems to be offline.';
    case 'refused': return `Nothing is answering at ${host}.`;
    case 'tls': return `The secure connection to ${host} could not be verified.`;
    default: return `The connection to ${host} failed.`;
  }
}
