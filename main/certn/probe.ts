// i18n-pending: being moved to the catalogs
// Best-effort check of the webhook credentials against Certn's iCIMS event endpoint. Certn offers
// no "test" call for it and no public document says how that private endpoint answers one, so we
// send an empty event the way iCIMS sends events (POST, JSON, gzip) and read the answer as a guess:
// 401 most likely means the credentials are wrong; 400 most likely means they were accepted and
// only the empty event was refused. Anything else is inconclusive. Nothing is ordered by this call.
import { gzipSync } from 'node:zlib';
import { certnIcimsEndpoint, type Environment } from '../shared/regions';
import { certnBaseUrl } from './client';
import { regionPhrase } from './errors';
import { TransportFailure, basicAuth, fetchRaw, hostOf } from '../net/transport';

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

const BEST_EFFORT = 'This is a best-effort reading: Certn has no official test for these credentials and does not document how its iCIMS endpoint answers one.';

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
        headers: { Authorization: basicAuth(o.username, o.password), 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', Accept: 'application/json' },
        body: new Uint8Array(gzipSync(Buffer.from('{}'))),
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
      title: 'Webhook credentials probably rejected',
      explanation: `Certn's iCIMS endpoint for ${where} answered HTTP 401, which most likely means it refused this webhook username and password. Check them against what Certn showed when the integration was saved; if they were lost, regenerate them in Certn (Settings → Integrations → iCIMS). ${BEST_EFFORT}`,
    };
  }
  if (status === 400) {
    return {
      outcome: 'accepted',
      httpStatus: 400,
      title: 'Endpoint reached, credentials probably accepted',
      explanation: `Certn's iCIMS endpoint for ${where} answered HTTP 400 to the empty test event, which most likely means it accepted the webhook credentials and refused only the event. Nothing was ordered. ${BEST_EFFORT}`,
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
