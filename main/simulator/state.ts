// In-memory state of both simulated systems. Nothing is persisted: every start is a fresh company.
import { randomUUID } from 'node:crypto';

export type Region = 'ca' | 'uk' | 'au';
export type ReportType = 'PDF' | 'PORTAL';

// ---- Certn ----
export interface Group {
  id: string;
  short_id: string;
  parent_id: string | null;
  name: string;
  is_active: boolean;
}

export interface Package {
  id: string;
  name: string;
  description: string;
  is_active: boolean;
  use_for_ats: boolean;
  tags: string[];
  check_types: string[];
  created: string;
  modified: string;
}

export interface Case {
  id: string;
  short_id: string;
  email_address: string;
  first_name: string;
  last_name: string;
  overall_status: string;
  overall_score: string | null;
  group: { id: string; name: string };
  package: { id: string; name: string };
  check_types: string[];
  created: string;
  modified: string;
  report_url: string | null;
  source: 'ICIMS';
  icims: { customer_id: string; workflow_id: string; person_id: string; job_id: string };
}

export interface WritebackState {
  location: string | null;
  lastStatus: string | null;
  error: string | null;
  attempts: number;
}

export interface CaseRecord {
  pub: Case;
  /** Status transitions still to come, in time order (simulated clock, ms). */
  schedule: { at: number; status: string }[];
  reportToken: string;
  writeback: WritebackState;
  chain: Promise<void>;
}

export interface Integration {
  icims_customer_id: string;
  icims_username: string;
  icims_password: string;
  report_type: ReportType;
  default_group_id: string;
  webhook_username: string;
  webhook_password: string;
  created: string;
  modified: string;
}

export interface WebhookLogEntry {
  at: string;
  httpStatus: number;
  userMessage?: string;
  debugErrorMessage?: string;
  contentEncoding: string | null;
  /** The request's Link header, parsed (either form). */
  links: { url: string; rel: string | null; title: string | null }[];
  event: unknown;
  caseId?: string;
}

export interface CertnState {
  region: Region;
  apiKeys: Set<string>;
  /** When each API key was made (simulated clock): Certn keys stop working 365 days later. */
  apiKeyCreated: Map<string, string>;
  groups: Group[];
  packages: Package[];
  cases: CaseRecord[];
  integration: Integration | null;
  webhookLog: WebhookLogEntry[];
  reportFiles: Map<string, string>; // report file id → case id
}

export function newCertnState(region: Region): CertnState {
  return { region, apiKeys: new Set(), apiKeyCreated: new Map(), groups: [], packages: [], cases: [], integration: null, webhookLog: [], reportFiles: new Map() };
}

/** Certn API keys expire 365 days after they are made (certn.md, [doc]). */
export const API_KEY_LIFETIME_DAYS = 365;

/** A key the account has and that has not yet reached its expiry on the simulated clock. */
export function apiKeyValid(state: CertnState, key: string, nowMs: number): boolean {
  if (!state.apiKeys.has(key)) return false;
  const created = state.apiKeyCreated.get(key);
  return !created || nowMs < Date.parse(created) + API_KEY_LIFETIME_DAYS * 86_400_000;
}

export function newPackage(p: Partial<Package> & { name: string }, nowIso: string): Package {
  return {
    id: p.id ?? randomUUID(),
    name: p.name,
    description: p.description ?? '',
    is_active: p.is_active ?? true,
    use_for_ats: p.use_for_ats ?? false,
    tags: p.tags ?? [],
    check_types: p.check_types ?? [],
    created: nowIso,
    modified: nowIso,
  };
}

// ---- iCIMS ----
export interface Person {
  id: number;
  firstname: string;
  lastname: string;
  middlename?: string;
  email: string;
  addresses?: { addressstreet1: string; addresscity: string; addresszip: string; addresscountry: string }[];
  phones?: { phonetype: string; phonenumber: string }[];
}

export interface Job {
  id: number;
  jobtitle: string;
  joblocation: string;
  approved: boolean;
  folder: string;
  bgcpackagetype: string[];
}

export interface BackgroundScreenRow {
  entry: number;
  package: string;
  status: { id: string; value: string };
  result: string | null;
  url: string | null;
  date: string;
  vendororderid: string;
}

export interface Workflow {
  id: number;
  personId: number;
  jobId: number;
  statusId: string;
  backgroundscreens: BackgroundScreenRow[];
}

export interface Status {
  id: string;
  value: string;
}

export interface EventNotifications {
  url: string;
  username: string;
  password: string;
  triggerStatusId: string;
}

export interface Delivery {
  httpStatus: number;
  userMessage?: string;
  debugErrorMessage?: string;
  error?: string;
}

export interface EventLogEntry {
  at: string;
  workflowId: number;
  url: string;
  oldStatus: string;
  newStatus: string;
  delivery: Delivery;
}

export interface IcimsState {
  customerId: string;
  username: string;
  password: string;
  people: Map<number, Person>;
  jobs: Map<number, Job>;
  workflows: Map<number, Workflow>;
  statuses: Status[];
  notifications: EventNotifications | null;
  eventLog: EventLogEntry[];
  /** The iCIMS user who "moves" candidates in the simulator (events carry it as userId). */
  userId: number;
  nextId: { person: number; job: number; workflow: number; entry: number };
}

export function newIcimsState(customerId: string, username: string, password: string): IcimsState {
  return {
    customerId,
    username,
    password,
    people: new Map(),
    jobs: new Map(),
    workflows: new Map(),
    statuses: [],
    notifications: null,
    eventLog: [],
    userId: 0,
    nextId: { person: 101, job: 2001, workflow: 30001, entry: 1 },
  };
}
