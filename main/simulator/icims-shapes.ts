// Records rendered the way iCIMS renders them: lowercase field names, list values
// {id,value,formattedvalue}, profile references {profile,id,value}, collection rows with `entry`.
import type { IcimsState, Job, Person, Workflow } from './state';
import { BACKGROUND_SCREENS_FIELD } from './writeback';

export const listValue = (id: string, value: string) => ({ id, value, formattedvalue: value });

const FOLDER_IDS: Record<string, string> = { Approved: 'D31001', 'Pending Approval': 'D31002', Draft: 'D31003' };

/** Stable list-value id for a package name (iCIMS list ids are opaque strings starting with C). */
function packageListId(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `C${40000 + (h % 10000)}`;
}

export function customerBase(base: string, s: IcimsState): string {
  return `${base}/customers/${s.customerId}`;
}

function pick(obj: Record<string, unknown>, fields: string[] | null): Record<string, unknown> {
  if (!fields) return obj;
  return Object.fromEntries(Object.entries(obj).filter(([k]) => fields.includes(k)));
}

export function renderPerson(p: Person, fields: string[] | null): Record<string, unknown> {
  return pick(
    {
      firstname: p.firstname,
      middlename: p.middlename,
      lastname: p.lastname,
      email: p.email,
      addresses: (p.addresses ?? []).map((a, i) => ({
        entry: i + 1,
        addressstreet1: a.addressstreet1,
        addresscity: a.addresscity,
        addresszip: a.addresszip,
        addresscountry: { id: 'D41001039', abbrev: 'CA', value: a.addresscountry, formattedvalue: a.addresscountry },
        addresstype: listValue('D84002', 'Home'),
      })),
      phones: (p.phones ?? []).map((ph, i) => ({ entry: i + 1, phonetype: listValue('D83002', ph.phonetype), phonenumber: ph.phonenumber })),
    },
    fields,
  );
}

export function renderJob(j: Job, fields: string[] | null): Record<string, unknown> {
  return pick(
    {
      jobtitle: j.jobtitle,
      joblocation: { id: 1, value: j.joblocation },
      folder: listValue(FOLDER_IDS[j.folder] ?? 'D31009', j.folder),
      bgcpackagetype: j.bgcpackagetype.map((n) => listValue(packageListId(n), n)),
    },
    fields,
  );
}

export function renderWorkflow(w: Workflow, s: IcimsState, base: string, fields: string[] | null): Record<string, unknown> {
  const cb = customerBase(base, s);
  const person = s.people.get(w.personId);
  const job = s.jobs.get(w.jobId);
  const status = s.statuses.find((x) => x.id === w.statusId);
  return pick(
    {
      baseprofile: { profile: `${cb}/jobs/${w.jobId}`, id: w.jobId, value: job?.jobtitle ?? '' },
      associatedprofile: { profile: `${cb}/people/${w.personId}`, id: w.personId, value: person ? `${person.firstname} ${person.lastname}` : '' },
      status: listValue(w.statusId, status?.value ?? w.statusId),
      [BACKGROUND_SCREENS_FIELD]: w.backgroundscreens.map((r) => ({ ...r })),
    },
    fields,
  );
}

export function parseFields(q: URLSearchParams): string[] | null {
  const f = q.get('fields');
  // iCIMS field names are lowercase; "FirstName" is not a spelling of "firstname", so it names nothing.
  return f ? f.split(',').map((x) => x.trim()).filter(Boolean) : null;
}
