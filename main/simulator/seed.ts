// The demo company both systems start with: enough realism to rehearse every trap the console guards
// against (a non-ATS package, an inactive one, a name with a trailing space, an unapproved job).
import { randomUUID } from 'node:crypto';
import { type CertnState, type Group, type IcimsState, newPackage } from './state';
import { shortId, stableShortId, stableUuid } from './ids';

export const TRIGGER_STATUS = { id: 'C2028', value: 'Certn Background Check' };

export const SEED_STATUSES = [
  { id: 'D10100', value: 'New Submission' },
  { id: 'D10200', value: 'Reviewed by Recruiter' },
  { id: 'C2010', value: 'Phone Screen' },
  { id: 'C2020', value: 'Offer Extended' },
  TRIGGER_STATUS,
  { id: 'D10900', value: 'Hired' },
  { id: 'D10800', value: 'Not Selected' },
];

/** `seedKey` makes every id reproducible (same key, same ids); without it ids are random. */
export function seedCertn(s: CertnState, nowIso: string, seedKey?: string): void {
  const region = s.region.toUpperCase();
  const group = (name: string, parent: Group | null, is_active = true): Group => {
    const id = seedKey ? stableUuid(seedKey, `group:${name}`) : randomUUID();
    const short_id = seedKey ? stableShortId(seedKey, name, `CG_${region}_`) : shortId(`CG_${region}_`);
    const g = { id, short_id, parent_id: parent?.id ?? null, name, is_active };
    s.groups.push(g);
    return g;
  };
  const root = group('Northwind Holdings', null);
  const retail = group('Northwind Retail', root);
  group('Toronto Stores', retail);
  group('Vancouver Stores', retail);
  const logistics = group('Northwind Logistics', root);
  group('Calgary Warehouse', logistics);
  group('Corporate Office', root);
  group('Legacy Contractors', root, false);

  const pkgs: Parameters<typeof newPackage>[0][] = [
    { name: 'Standard Employment Screen', description: 'Identity, criminal record and employment.', use_for_ats: true, tags: ['retail'],
      check_types: ['IDENTITY_VERIFICATION_1', 'BASIC_CANADIAN_CRIMINAL_RECORD_REPORT_1', 'EMPLOYMENT_VERIFICATIONS_1'] },
    { name: 'Driver Screen', description: 'Identity, criminal record and references.', use_for_ats: true, tags: ['logistics'],
      check_types: ['IDENTITY_VERIFICATION_1', 'CRIMINAL_RECORD_REPORT_1', 'REFERENCE_1'] },
    { name: 'Executive Screen ', description: 'Everything, plus credit and adverse media.', use_for_ats: true, tags: ['executive'],
      check_types: ['IDENTITY_VERIFICATION_1', 'CRIMINAL_RECORD_REPORT_1', 'CREDIT_REPORT_1', 'ADVERSE_MEDIA_1', 'CREDENTIAL_VERIFICATIONS_1'] },
    { name: 'Volunteer Basic', description: 'Identity only; ordered by hand.', use_for_ats: false, tags: [],
      check_types: ['IDENTITY_VERIFICATION_1'] },
    { name: 'Legacy Criminal Check', description: 'Retired package.', use_for_ats: true, is_active: false, tags: [],
      check_types: ['BASIC_CANADIAN_CRIMINAL_RECORD_REPORT_1'] },
  ];
  for (const p of pkgs) s.packages.push(newPackage(seedKey ? { ...p, id: stableUuid(seedKey, `package:${p.name}`) } : p, nowIso));
}

/** What every iCIMS account has: its workflow statuses and the user who moves candidates. */
export function seedIcimsAccount(s: IcimsState): void {
  s.statuses = SEED_STATUSES.map((x) => ({ ...x }));
  s.userId = addPerson(s, { firstname: 'Rita', lastname: 'Recruiter', email: 'rita.recruiter@example.com' });
}

export function seedIcimsDemo(s: IcimsState): void {
  const people = [
    ['Ava', 'Thompson', 'ava.thompson@example.com'],
    ['Liam', 'Nguyen', 'liam.nguyen@example.com'],
    ['Sofia', 'Martin', 'sofia.martin@example.com'],
    ['Noah', 'Singh', 'noah.singh@example.com'],
    ['Chloé', 'Tremblay', 'chloe.tremblay@example.com'],
  ];
  const personIds = people.map(([firstname, lastname, email]) => addPerson(s, { firstname, lastname, email }));
  const jobIds = [
    addJob(s, { jobtitle: 'Warehouse Associate', joblocation: 'Calgary, AB', approved: true, bgcpackagetype: ['Standard Employment Screen'] }),
    addJob(s, { jobtitle: 'Delivery Driver', joblocation: 'Toronto, ON', approved: true, bgcpackagetype: ['Driver Screen'] }),
    addJob(s, { jobtitle: 'VP Finance', joblocation: 'Toronto, ON', approved: true, bgcpackagetype: ['Executive Screen '] }),
    addJob(s, { jobtitle: 'Community Volunteer', joblocation: 'Vancouver, BC', approved: true, bgcpackagetype: ['Volunteer Basic'] }),
    addJob(s, { jobtitle: 'Store Manager', joblocation: 'Vancouver, BC', approved: false, bgcpackagetype: ['Standard Employment Screen'] }),
  ];
  personIds.forEach((pid, i) => addWorkflow(s, pid, jobIds[i], 'C2020'));
}

/** The caller's id when given (replaying a real event), else the next free one; later ids skip past it. */
function takeId(s: IcimsState, kind: 'person' | 'job' | 'workflow', wanted?: number): number {
  const id = wanted ?? s.nextId[kind]++;
  if (id >= s.nextId[kind]) s.nextId[kind] = id + 1;
  return id;
}

export function addPerson(s: IcimsState, p: { firstname: string; lastname: string; email: string }, wantedId?: number): number {
  const id = takeId(s, 'person', wantedId);
  s.people.set(id, {
    id,
    ...p,
    addresses: [{ addressstreet1: `${100 + id} King St W`, addresscity: 'Toronto', addresszip: 'M5H 1A1', addresscountry: 'Canada' }],
    phones: [{ phonetype: 'Mobile', phonenumber: `416-555-${String(id).padStart(4, '0')}` }],
  });
  return id;
}

export function addJob(s: IcimsState, j: { jobtitle: string; joblocation?: string; approved?: boolean; bgcpackagetype?: string[] }, wantedId?: number): number {
  const id = takeId(s, 'job', wantedId);
  const approved = j.approved ?? true;
  s.jobs.set(id, {
    id,
    jobtitle: j.jobtitle,
    joblocation: j.joblocation ?? 'Toronto, ON',
    approved,
    folder: approved ? 'Approved' : 'Pending Approval',
    bgcpackagetype: j.bgcpackagetype ?? [],
  });
  return id;
}

export function addWorkflow(s: IcimsState, personId: number, jobId: number, statusId = 'D10100', wantedId?: number): number {
  const id = takeId(s, 'workflow', wantedId);
  s.workflows.set(id, { id, personId, jobId, statusId, backgroundscreens: [] });
  return id;
}
