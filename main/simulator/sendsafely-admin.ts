// Typed client for the SendSafely simulator's admin API, over real HTTP like the other admin clients.
import { AppError } from '../shared/errors';
import type { FaultSpec } from './faults';
import type { RecordedRequest, SendSafelyAccount } from './sendsafely-server';

export interface SimPackageView {
  packageId: string;
  state: string;
  life: number;
  deleted: boolean;
  checksum: string | null;
  hasMessage: boolean;
  recipients: { recipientId: string; email: string; confirmations: { ipAddress: string; timestamp: string }[] }[];
  keycodes: Record<string, string>;
  notified: { to: string[]; link: string }[];
}

export class SendSafelySimAdmin {
  constructor(readonly url: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.url}/__simulator${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new AppError('simulator_unreachable', 'The local SendSafely simulator did not answer.', 'Restart the local simulator and try again.');
    }
    const data = (await res.json().catch(() => null)) as T;
    if (!res.ok) throw new AppError('simulator_rejected', `The local SendSafely simulator refused (HTTP ${res.status}).`, 'Check the values and try again.', { status: res.status });
    return data;
  }

  requests(): Promise<RecordedRequest[]> {
    return this.call<{ requests: RecordedRequest[] }>('GET', '/requests').then((r) => r.requests);
  }
  clearRequests(): Promise<void> {
    return this.call('DELETE', '/requests').then(() => undefined);
  }
  /** The codes "sent by e-mail" to recipients of the receive page. */
  codes(email?: string): Promise<{ email: string; packageId: string; code: string }[]> {
    return this.call<{ codes: { email: string; packageId: string; code: string }[] }>('GET', `/codes${email ? `?email=${encodeURIComponent(email)}` : ''}`).then((r) => r.codes);
  }
  setAccount(a: Partial<SendSafelyAccount>): Promise<SendSafelyAccount> {
    return this.call('POST', '/accounts', a);
  }
  setClockOffset(offsetMs: number): Promise<void> {
    return this.call('POST', '/clock', { offsetMs }).then(() => undefined);
  }
  pkg(packageId: string): Promise<SimPackageView> {
    return this.call('GET', `/packages/${encodeURIComponent(packageId)}`);
  }
  orgKey(): Promise<{ id: string; publicArmored: string; privateArmored: string }> {
    return this.call('GET', '/org-key');
  }
  addFault(f: FaultSpec): Promise<void> {
    return this.call('POST', '/faults', f).then(() => undefined);
  }
  clearFaults(): Promise<void> {
    return this.call('DELETE', '/faults').then(() => undefined);
  }
}
