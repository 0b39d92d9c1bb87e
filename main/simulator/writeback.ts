// [assumed] iCIMS background-screen write-back. iCIMS does not publish the field names Certn writes
// to; we model a collection on the applicant workflow, `backgroundscreens`, shaped like the public
// `assessmentresults` one (POST → 201 + Location, then PATCH <Location> → 204). This file is the ONE
// place holding that model, its status ids and the Certn → iCIMS status mapping.
//
// The status ids are the simulator's own. iCIMS's public list ids D37002019001–004 belong to
// assessment statuses, not background screens, and no public page lists background-screen ids, so
// the simulator does not borrow them: its ids say "SIM" so nobody mistakes them for iCIMS's.
import { basicHeader } from './auth';
import type { Case, CaseRecord, Integration } from './state';
import type { SimClock } from './clock';

export const BACKGROUND_SCREENS_FIELD = 'backgroundscreens';

// The words are the order statuses iCIMS users see for background screens; the ids are invented.
export const BG_STATUS = {
  Sent: { id: 'SIM-BGS-SENT', value: 'Sent' },
  CandidateInProgress: { id: 'SIM-BGS-CANDIDATE', value: 'In-Progress Candidate' },
  VendorInProgress: { id: 'SIM-BGS-VENDOR', value: 'In-Progress Vendor' },
  Incomplete: { id: 'SIM-BGS-INCOMPLETE', value: 'Incomplete' },
  Complete: { id: 'SIM-BGS-COMPLETE', value: 'Complete' },
} as const;

export const BG_STATUS_IDS: string[] = Object.values(BG_STATUS).map((s) => s.id);

/** What the console says wherever these statuses are shown. */
export const BG_STATUS_NOTE = 'Assumed model: iCIMS does not publish its background-screen fields or status ids; these are the simulator’s own.';

/** Certn overall_status → the status the recruiter sees on Screen → Background Screen. */
export function mapStatus(overallStatus: string): { id: string; value: string } {
  switch (overallStatus) {
    case 'DRAFT':
    case 'CASE_ORDERED':
    case 'APPLICANT_INVITED':
      return BG_STATUS.Sent;
    case 'APPLICANT_OPENED':
    case 'APPLICANT_STARTED':
      return BG_STATUS.CandidateInProgress;
    case 'APPLICANT_SUBMITTED':
    case 'IN_PROGRESS':
    case 'IN_DISPUTE':
      return BG_STATUS.VendorInProgress;
    case 'COMPLETE':
      return BG_STATUS.Complete;
    default: // INVITE_UNDELIVERABLE, APPLICANT_EXPIRED, *_ACTION_REQUIRED, CANCELLED
      return BG_STATUS.Incomplete;
  }
}

/** iCIMS DATETIME: "yyyy-MM-dd hh:mm a", UTC. */
export function icimsDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  const h = d.getUTCHours();
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(h % 12 || 12)}:${p(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`;
}

export function backgroundScreenRow(c: Case, nowMs: number) {
  return {
    package: c.package.name,
    status: mapStatus(c.overall_status),
    result: c.overall_score,
    url: c.report_url,
    date: icimsDate(nowMs),
    vendororderid: c.short_id,
  };
}

export interface WritebackDeps {
  icimsUrl: string;
  integration: Integration | null;
  clock: SimClock;
}

/** Writes one status to iCIMS; never throws (the outcome is recorded on the case record). */
export async function writeBack(deps: WritebackDeps, rec: CaseRecord, snapshot: Case): Promise<void> {
  const wb = rec.writeback;
  const i = deps.integration;
  wb.attempts += 1;
  if (!i) {
    wb.error = 'No iCIMS integration is configured.';
    return;
  }
  const headers = { authorization: basicHeader(i.icims_username, i.icims_password), 'content-type': 'application/json' };
  const row = backgroundScreenRow(snapshot, deps.clock.now());
  const body = JSON.stringify({ ...row, status: { id: row.status.id } });
  const wf = snapshot.icims.workflow_id;
  try {
    const creating = wb.location === null;
    const url = creating
      ? `${deps.icimsUrl}/customers/${encodeURIComponent(snapshot.icims.customer_id)}/applicantworkflows/${encodeURIComponent(wf)}/fields/${BACKGROUND_SCREENS_FIELD}`
      : wb.location!;
    const res = await fetch(url, { method: creating ? 'POST' : 'PATCH', headers, body, signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    if (!res.ok) {
      wb.error = `iCIMS answered ${res.status}: ${describeIcimsError(text)}`;
      return;
    }
    if (creating) {
      const loc = res.headers.get('location');
      if (!loc) {
        wb.error = 'iCIMS created the row but sent no Location header.';
        return;
      }
      wb.location = new URL(loc, deps.icimsUrl).toString();
    }
    wb.lastStatus = mapStatus(snapshot.overall_status).value;
    wb.error = null;
  } catch (e) {
    wb.error = `Could not reach iCIMS: ${(e as Error).name === 'TimeoutError' ? 'timed out' : 'connection failed'}.`;
  }
}

function describeIcimsError(text: string): string {
  try {
    const j = JSON.parse(text) as { errors?: { errorMessage?: string }[] };
    return j.errors?.[0]?.errorMessage ?? 'no error message';
  } catch {
    return 'unreadable answer';
  }
}
