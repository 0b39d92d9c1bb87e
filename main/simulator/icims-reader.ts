// How the simulated Certn reads a candidate and a job from iCIMS: real HTTP, with the iCIMS
// credentials stored in the integration (never with anything the event carried).
import { basicHeader } from './auth';
import type { Integration } from './state';

export type IcimsRead<T> =
  | { ok: true; body: T }
  | { ok: false; kind: 'auth' | 'not_found' | 'unavailable' | 'other'; status: number; detail: string };

export async function readIcims<T>(icimsUrl: string, i: Integration, path: string): Promise<IcimsRead<T>> {
  const url = `${icimsUrl}/customers/${encodeURIComponent(i.icims_customer_id)}${path}`;
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { authorization: basicHeader(i.icims_username, i.icims_password), accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return { ok: false, kind: 'unavailable', status: 0, detail: 'iCIMS could not be reached.' };
  }
  const text = await res.text();
  if (res.ok) {
    try {
      return { ok: true, body: JSON.parse(text) as T };
    } catch {
      return { ok: false, kind: 'unavailable', status: res.status, detail: 'iCIMS sent a malformed answer.' };
    }
  }
  let detail = `HTTP ${res.status}`;
  try {
    const e = (JSON.parse(text) as { errors?: { errorMessage?: string; errorCode?: number }[] }).errors?.[0];
    if (e) detail = `errorCode ${e.errorCode}: ${e.errorMessage}`;
  } catch {
    // keep the status-only detail
  }
  const kind = res.status === 401 ? 'auth' : res.status === 404 ? 'not_found' : res.status >= 500 || res.status === 429 ? 'unavailable' : 'other';
  return { ok: false, kind, status: res.status, detail };
}
