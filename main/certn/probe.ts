// Best-effort check of the webhook credentials against Certn's iCIMS event endpoint. Certn offers
// no "test" call for it and no public document says how that private endpoint answers one, so we
// send an empty event the way iCIMS sends events (POST, JSON, gzip) and read the answer as a guess:
// 401 most likely means the credentials are wrong; 400 most likely means they were accepted and
// only the empty event was refused. Anything else is inconclusive. Nothing is ordered by this call.
import { gzipSync } from 'node:zlib';
import { certnIcimsEndpoint, type Environment } from '../shared/regions';
import { certnBaseUrl } from './client';
import { msg, word, type Message } from '../shared/health-words';
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
  /** Worded in the console's language at the time of the probe. */
  title: string;
  explanation: string;
  /** What title and explanation were worded from, so a stored probe (a health run) reads in its reader's language. */
  words: { title: Message; explanation: Message };
}

const BEST_EFFORT = msg('probe.bestEffort');

function reading(outcome: ProbeResult['outcome'], httpStatus: number | undefined, title: Message, explanation: Message): ProbeResult {
  return { outcome, ...(httpStatus === undefined ? {} : { httpStatus }), title: word(title), explanation: word(explanation), words: { title, explanation } };
}

export async function probeWebhookEndpoint(o: ProbeOptions): Promise<ProbeResult> {
  const endpoint = certnIcimsEndpoint(certnBaseUrl(o.environment, o.baseUrl));
  const where = msg('errors.certn.where', { env: o.environment });
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
    const failure = msg('probe.failure', { kind, host });
    return reading('inconclusive', undefined, msg(kind === 'cancelled' ? 'probe.title.cancelled' : 'probe.title.unreachable'), msg('probe.unreachable', { failure, bestEffort: BEST_EFFORT }));
  }
  if (status === 401) return reading('rejected', 401, msg('probe.title.rejected'), msg('probe.rejected', { where, bestEffort: BEST_EFFORT }));
  if (status === 400) return reading('accepted', 400, msg('probe.title.accepted'), msg('probe.accepted', { where, bestEffort: BEST_EFFORT }));
  return reading('inconclusive', status, msg('probe.title.inconclusive'), msg('probe.inconclusive', { where, status: String(status), bestEffort: BEST_EFFORT }));
}
