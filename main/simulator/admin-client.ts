// Typed HTTP client for the simulator's admin API (/__simulator/ on both servers). The console's
// "Do it for me" uses it, so it goes over real HTTP like any other client would.
import { AppError } from '../shared/errors';
import type { FaultSpec } from './faults';
import type { BackgroundScreenRow, Case, Delivery, EventLogEntry, Package, ReportType, Status, WebhookLogEntry, WritebackState } from './state';

export type SimSide = 'certn' | 'icims';

export interface IntegrationSettings {
  icims_customer_id: string;
  icims_username: string;
  report_type: ReportType;
  default_group_id: string;
  webhook_username: string;
  created: string;
  modified: string;
}

export interface CreatedIntegration {
  webhook_username: string;
  webhook_password: string;
  report_type: ReportType;
  default_group_id: string;
}

export type AdminCase = Case & { writeback: WritebackState; next: { at: string; status: string } | null };

export interface WorkflowView {
  id: number;
  personId: number;
  jobId: number;
  statusId: string;
  status: { id: string; value: string; formattedvalue: string };
  baseprofile: { profile: string; id: number; value: string };
  associatedprofile: { profile: string; id: number; value: string };
  backgroundscreens: BackgroundScreenRow[];
}

export class SimulatorAdmin {
  constructor(
    readonly certnUrl: string,
    readonly icimsUrl: string,
    /** A simulator that accepts the connection and never answers must not hang the console. */
    readonly timeoutMs = 30_000,
  ) {}

  private async call<T>(side: SimSide, method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
    const base = side === 'certn' ? this.certnUrl : this.icimsUrl;
    let res: Response;
    try {
      res = await fetch(`${base}/__simulator${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      if ((e as Error).name === 'TimeoutError') {
        throw new AppError('simulator_timeout', `The local ${side === 'certn' ? 'Certn' : 'iCIMS'} simulator did not answer within ${Math.round(this.timeoutMs / 1000)} seconds.`, 'Restart the local simulator and try again.');
      }
      throw new AppError('simulator_unreachable', `The local ${side === 'certn' ? 'Certn' : 'iCIMS'} simulator did not answer.`, 'Restart the local simulator and try again.');
    }
    let text: string;
    try {
      text = await res.text();
    } catch {
      throw new AppError('simulator_timeout', `The local ${side === 'certn' ? 'Certn' : 'iCIMS'} simulator stopped answering part-way.`, 'Restart the local simulator and try again.');
    }
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      throw new AppError('simulator_bad_answer', `The local ${side} simulator sent an unreadable answer (HTTP ${res.status}).`, 'Clear injected faults and try again.', { status: res.status });
    }
    if (!res.ok && res.status !== 404) throw new AppError('simulator_rejected', describe(data, res.status), 'Check the values and try again.', { status: res.status });
    return { status: res.status, data: data as T };
  }

  private async must<T>(side: SimSide, method: string, path: string, body?: unknown): Promise<T> {
    const r = await this.call<T>(side, method, path, body);
    if (r.status === 404) throw new AppError('simulator_not_found', describe(r.data, 404), 'Create it first.', { status: 404 });
    return r.data;
  }

  // ---- Certn ----
  createPackage(p: { id?: string; name: string; description?: string; use_for_ats: boolean; tags?: string[]; check_types: string[]; is_active?: boolean }): Promise<Package> {
    return this.must('certn', 'POST', '/packages', p);
  }
  createPackagesBulk(count: number, prefix?: string): Promise<{ created: number }> {
    return this.must('certn', 'POST', '/packages/bulk', { count, prefix });
  }
  /** What an admin does by editing a package in the portal. */
  updatePackage(id: string, patch: { name?: string; description?: string; use_for_ats?: boolean; is_active?: boolean; tags?: string[]; check_types?: string[] }): Promise<Package> {
    return this.must('certn', 'PATCH', `/packages/${encodeURIComponent(id)}`, patch);
  }
  createGroupsBulk(count: number, o: { prefix?: string; parentId?: string } = {}): Promise<{ created: number }> {
    return this.must('certn', 'POST', '/groups/bulk', { count, prefix: o.prefix, parent_id: o.parentId });
  }
  /** `webhook_username`/`webhook_password` only to restore a connection the console saved before. */
  createIcimsIntegration(i: {
    icims_customer_id: string; icims_username: string; icims_password: string; report_type: ReportType; default_group_id: string;
    webhook_username?: string; webhook_password?: string;
  }): Promise<CreatedIntegration> {
    return this.must('certn', 'POST', '/icims-integration', i);
  }
  /** The portal's Edit of the iCIMS integration: a new webhook pair, shown once; the old one stops working. */
  regenerateWebhook(): Promise<{ webhook_username: string; webhook_password: string }> {
    return this.must('certn', 'POST', '/icims-integration/regenerate-webhook');
  }
  /** A new API key, shown once; the others stay active until revoked. */
  issueApiKey(): Promise<{ api_key: string; prefix: string }> {
    return this.must('certn', 'POST', '/api-keys');
  }
  revokeApiKey(prefix: string): Promise<{ revoked: number }> {
    return this.must('certn', 'POST', '/api-keys/revoke', { prefix });
  }
  /** iCIMS staff issue a new integration password; the old one is refused from then on. */
  issueIcimsCredentials(username?: string): Promise<{ username: string; password: string }> {
    return this.must('icims', 'POST', '/credentials', username ? { username } : {});
  }
  updateIcimsIntegration(patch: { report_type?: ReportType; default_group_id?: string; icims_username?: string; icims_password?: string }): Promise<IntegrationSettings> {
    return this.must('certn', 'PATCH', '/icims-integration', patch);
  }
  async getIcimsIntegration(): Promise<IntegrationSettings | null> {
    const r = await this.call<IntegrationSettings>('certn', 'GET', '/icims-integration');
    return r.status === 404 ? null : r.data;
  }
  /** The simulated time, read without moving it. */
  clock(): Promise<{ now: string }> {
    return this.must('certn', 'GET', '/clock');
  }
  /** What an admin changes on a package in the portal after go-live. */
  editPackage(id: string, patch: { name?: string; is_active?: boolean; use_for_ats?: boolean }): Promise<Package> {
    return this.must('certn', 'PATCH', `/packages/${encodeURIComponent(id)}`, patch);
  }
  /** Moves a key's creation date, so its 365-day expiry can be reached on the simulated clock. */
  setApiKeyCreated(key: string, created: string): Promise<{ created: string; expires: string }> {
    return this.must('certn', 'PATCH', `/api-keys/${encodeURIComponent(key)}`, { created });
  }
  /** Removes the iCIMS connection in Certn, and with it the webhook credentials. */
  async removeIcimsIntegration(): Promise<boolean> {
    return (await this.call('certn', 'DELETE', '/icims-integration')).status === 200;
  }
  seedCase(c: { overall_status?: string; created?: string; modified?: string; email_address?: string; first_name?: string; last_name?: string; package_id?: string }): Promise<Case> {
    return this.must('certn', 'POST', '/cases', c);
  }
  setCaseStatus(id: string, overall_status: string): Promise<Case> {
    return this.must('certn', 'PATCH', `/cases/${encodeURIComponent(id)}`, { overall_status });
  }
  advanceClock(ms: number): Promise<{ now: string }> {
    return this.must('certn', 'POST', '/clock/advance', { ms });
  }
  advanceCase(id: string): Promise<Case> {
    return this.must('certn', 'POST', `/cases/${encodeURIComponent(id)}/advance`);
  }
  async listCases(): Promise<AdminCase[]> {
    return (await this.must<{ cases: AdminCase[] }>('certn', 'GET', '/cases')).cases;
  }
  async webhookLog(): Promise<WebhookLogEntry[]> {
    return (await this.must<{ entries: WebhookLogEntry[] }>('certn', 'GET', '/webhook-log')).entries;
  }

  // ---- both ----
  injectFault(fault: FaultSpec, side: SimSide = 'certn'): Promise<FaultSpec> {
    return this.must(side, 'POST', '/faults', fault);
  }
  async clearFaults(side?: SimSide): Promise<void> {
    for (const s of side ? [side] : (['certn', 'icims'] as const)) await this.must(s, 'DELETE', '/faults');
  }

  // ---- iCIMS ----
  createJob(j: { id?: number | string; jobtitle: string; approved?: boolean; bgcpackagetype: string[]; joblocation?: string }): Promise<{ id: number }> {
    return this.must('icims', 'POST', '/jobs', j);
  }
  createPerson(p: { id?: number | string; firstname: string; lastname: string; email: string }): Promise<{ id: number }> {
    return this.must('icims', 'POST', '/people', p);
  }
  createWorkflow(w: { id?: number | string; personId: number; jobId: number; statusId?: string }): Promise<{ id: number }> {
    return this.must('icims', 'POST', '/applicantworkflows', w);
  }
  moveWorkflow(id: number, statusId: string): Promise<{ delivery: Delivery | null }> {
    return this.must('icims', 'POST', `/applicantworkflows/${id}/move`, { statusId });
  }
  configureEventNotifications(c: { url: string; username: string; password: string; triggerStatusId: string }): Promise<{ url: string; username: string; triggerStatusId: string }> {
    return this.must('icims', 'PUT', '/event-notifications', c);
  }
  async eventLog(): Promise<EventLogEntry[]> {
    return (await this.must<{ entries: EventLogEntry[] }>('icims', 'GET', '/event-log')).entries;
  }
  getWorkflow(id: number): Promise<WorkflowView> {
    return this.must('icims', 'GET', `/applicantworkflows/${id}`);
  }
  statuses(): Promise<{ statuses: Status[]; suggestedTriggerStatusId: string; triggerStatusId: string | null }> {
    return this.must('icims', 'GET', '/statuses');
  }
}

function describe(data: unknown, status: number): string {
  const d = data as { errors?: { detail?: string; errorMessage?: string; attr?: string | null }[]; error?: { detail?: string } } | null;
  const e = d?.errors?.[0];
  const msg = e?.detail ?? e?.errorMessage ?? d?.error?.detail;
  if (!msg) return `The simulator refused the request (HTTP ${status}).`;
  return e?.attr ? `${e.attr}: ${msg}` : msg;
}
