import { z } from 'zod';
import { LOCALES } from '../../shared/i18n/locales';
import { ICIMS_HOSTINGS } from '../../shared/regions';
import { channel, ErrorBody, Id, refusal } from './define';

// Channels behind the wizard's steps 0–3 and 5 (the handoff step has its own module).
// Secrets go in and never come back out, except through explicit, audited reveal/copy channels.

const integrationId = Id;
const Secret = z.string().min(1).max(4096);
/**
 * The language of the request e-mail in the step this channel answers with (the iCIMS consultant may
 * not read the console's language); the console's when absent.
 */
const requestLanguage = { language: z.enum(LOCALES).optional() };
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, refusal('date'));

export const CertnStatus = z.object({
  environment: z.string(),
  baseUrl: z.string().nullable(),
  endpointUrl: z.string().nullable(),
  hasKey: z.boolean(),
  verifiedAt: z.string().nullable(),
  keyCreatedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  daysLeft: z.number().nullable(),
  reminder: z.string().nullable(),
  groupCount: z.number().nullable(),
  portNotice: z.string().nullable(),
});
export type CertnStatus = z.infer<typeof CertnStatus>;

export const Verdict = z.object({
  level: z.enum(['ready', 'caution', 'blocked']),
  label: z.string(),
  blockers: z.array(z.string()),
  cautions: z.array(z.string()),
});
export type Verdict = z.infer<typeof Verdict>;

export const Verification = z.object({
  exists: z.boolean(),
  active: z.boolean().nullable(),
  ats: z.enum(['on', 'off', 'unknown', 'confirmed']),
  regionMatches: z.boolean(),
  nameIssues: z.array(z.string()),
  lookalikes: z.array(z.string()),
  ready: z.boolean(),
  verdict: Verdict,
});
export type Verification = z.infer<typeof Verification>;

export const PackageView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  isActive: z.boolean().nullable(),
  useForAts: z.boolean().nullable(),
  tags: z.array(z.string()),
  checkTypes: z.array(z.string()),
  selected: z.boolean(),
  source: z.enum(['sync', 'url']),
  syncedAt: z.string().nullable(),
  verification: Verification,
  /** Selected although it will fail when ordered: when and why, as recorded. */
  override: z.object({ at: z.string(), reasons: z.array(z.string()) }).nullable(),
});
export type PackageView = z.infer<typeof PackageView>;

export const SyncStatus = z.object({
  running: z.boolean(),
  loaded: z.number(),
  total: z.number(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: ErrorBody.nullable(),
  /** While running: calls the console's own rate window lets start now (its limit, not Certn's). */
  callsLeft: z.number().int().nullable(),
  /** While running: when the remaining pages should be in (ISO). */
  etaAt: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const PackagePlan = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  checkTypes: z.array(z.string()),
  tags: z.array(z.string()),
  createdAt: z.string(),
  packageId: z.string().nullable(),
  portalUrl: z.string(),
  checklist: z.array(z.string()),
});
export type PackagePlan = z.infer<typeof PackagePlan>;

export const Milestone = z.object({ kind: z.string(), at: z.string(), on: z.string(), data: z.record(z.string(), z.string()) });
export type Milestone = z.infer<typeof Milestone>;

export const IcimsStep = z.object({
  company: z.string(),
  /** The language the request e-mail (subject, text, mailto) is worded in. */
  requestLanguage: z.enum(LOCALES),
  requestSubject: z.string(),
  requestText: z.string(),
  mailto: z.string(),
  endpointUrl: z.string().nullable(),
  milestones: z.array(Milestone),
  expectedFrom: z.string().nullable(),
  expectedTo: z.string().nullable(),
  overdue: z.boolean(),
  weeksWaiting: z.number().nullable(),
  customerId: z.string().nullable(),
  hosting: z.enum([...ICIMS_HOSTINGS, 'simulator']).nullable(),
  hasUsername: z.boolean(),
  hasPassword: z.boolean(),
  verifiedAt: z.string().nullable(),
  verifyError: ErrorBody.nullable(),
});
export type IcimsStep = z.infer<typeof IcimsStep>;

export const Group = z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable(), shortId: z.string().nullable(), depth: z.number(), isActive: z.boolean() });
export type Group = z.infer<typeof Group>;

export const ConnectionStep = z.object({
  hasWebhookUsername: z.boolean(),
  hasWebhookPassword: z.boolean(),
  webhookSavedAt: z.string().nullable(),
  reportType: z.enum(['PDF', 'PORTAL']).nullable(),
  defaultGroupId: z.string().nullable(),
  defaultGroupName: z.string().nullable(),
  groups: z.array(Group),
  certnSavedAt: z.string().nullable(),
  pendingChanges: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
  icimsReady: z.boolean(),
  canDoItForMe: z.boolean(),
  notice: z.string().nullable(),
});
export type ConnectionStep = z.infer<typeof ConnectionStep>;

export const ProbeResult = z.object({
  outcome: z.enum(['accepted', 'rejected', 'inconclusive']),
  httpStatus: z.number().optional(),
  title: z.string(),
  explanation: z.string(),
  at: z.string(),
});
export type ProbeResult = z.infer<typeof ProbeResult>;

export const CaseView = z.object({
  id: z.string(),
  shortId: z.string().nullable(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  score: z.string().nullable(),
  created: z.string().nullable(),
  modified: z.string().nullable(),
  reportUrl: z.string().nullable(),
  stuck: z.string().nullable(),
});
export type CaseView = z.infer<typeof CaseView>;

export const BackgroundScreen = z.object({ package: z.string().nullable(), status: z.string().nullable(), result: z.string().nullable(), url: z.string().nullable(), date: z.string().nullable() });
export type BackgroundScreen = z.infer<typeof BackgroundScreen>;

const FieldCheck = z.object({ field: z.string(), ok: z.boolean(), value: z.string().nullable(), message: z.string().nullable() });
export const InspectorCheck = z.object({ parsed: z.boolean(), message: z.string().nullable(), fields: z.array(FieldCheck) });
export type InspectorCheck = z.infer<typeof InspectorCheck>;

export const RehearsalState = z.object({
  running: z.boolean(),
  eventsConfigured: z.boolean(),
  simulatedNow: z.string().nullable(),
  jobs: z.array(z.object({ id: z.string(), title: z.string(), approved: z.boolean(), packages: z.array(z.string()) })),
  candidates: z.array(z.object({ workflowId: z.string(), personId: z.string(), name: z.string(), jobTitle: z.string(), status: z.string(), backgroundScreens: z.array(BackgroundScreen) })),
  cases: z.array(CaseView),
  events: z.array(z.object({ at: z.string(), workflowId: z.string(), httpStatus: z.number().nullable(), userMessage: z.string().nullable() })),
  triggerStatus: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The simulated iCIMS account's customer ID (chosen to replay a real event verbatim), when running. */
  icimsCustomerId: z.string().nullable(),
});
export type RehearsalState = z.infer<typeof RehearsalState>;

export const setup = {
  certn: {
    status: channel({ integrationId }, CertnStatus),
    connect: channel({ integrationId, apiKey: Secret, keyCreatedOn: IsoDate.optional() }, CertnStatus),
    /** Local simulator only: verify and store the simulator's demo key without showing it. */
    connectSimulator: channel({ integrationId }, CertnStatus),
  },
  packages: {
    sync: channel({ integrationId }, SyncStatus),
    syncStatus: channel({ integrationId }, SyncStatus),
    /** One window of the list as shown: filtered and searched here, so a big account is never sent whole. */
    list: channel(
      {
        integrationId,
        filter: z.enum(['all', 'ready', 'selected', 'problems']).optional(),
        query: z.string().max(200).optional(),
        offset: z.number().int().min(0).max(1_000_000).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      },
      z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(PackageView) }),
    ),
    /** How many packages each filter of the list shows, and how many came from a sync. */
    counts: channel({ integrationId }, z.object({ all: z.number().int(), ready: z.number().int(), selected: z.number().int(), problems: z.number().int(), synced: z.number().int() })),
    addByUrl: channel({ integrationId, url: z.string().max(2000) }, PackageView),
    /** A package that will fail when ordered is selected only with `override`, which is recorded. */
    select: channel({ integrationId, packageId: Id, selected: z.boolean(), override: z.boolean().optional() }, PackageView),
    confirmAts: channel({ integrationId, packageId: Id }, PackageView),
    offeredChecks: channel({ integrationId }, z.array(z.string())),
    plans: channel({ integrationId }, z.array(PackagePlan)),
    plan: channel(
      {
        integrationId,
        name: z.string().min(1, refusal('package.name')).max(200),
        description: z.string().max(2000),
        checkTypes: z.array(z.string().min(1).max(100)).min(1, refusal('package.checks')).max(50),
        tags: z.array(z.string().min(1).max(60)).max(20),
      },
      PackagePlan,
    ),
    completePlan: channel({ integrationId, planId: Id, url: z.string().max(2000) }, PackageView),
    /** Local simulator only: create the planned package through the simulator's portal API. */
    createPlanInSimulator: channel({ integrationId, planId: Id }, PackageView),
  },
  icims: {
    get: channel({ integrationId, ...requestLanguage }, IcimsStep),
    setCompany: channel({ integrationId, company: z.string().max(200), ...requestLanguage }, IcimsStep),
    setMilestone: channel(
      { integrationId, kind: z.enum(['requested', 'consultant', 'credentials']), on: IsoDate, name: z.string().max(200).optional(), email: z.string().max(320).optional(), ...requestLanguage },
      IcimsStep,
    ),
    clearMilestone: channel({ integrationId, kind: z.enum(['requested', 'consultant', 'credentials']), ...requestLanguage }, IcimsStep),
    saveCredentials: channel(
      { integrationId, customerId: z.string().max(40), username: z.string().max(200).optional(), password: z.string().max(4096).optional(), hosting: z.enum([...ICIMS_HOSTINGS, 'simulator']), ...requestLanguage },
      IcimsStep,
    ),
    verify: channel({ integrationId, ...requestLanguage }, IcimsStep),
    /** Local simulator only: take the simulated iCIMS account's credentials, as a consultant would hand them over. */
    useSimulatorAccount: channel({ integrationId, ...requestLanguage }, IcimsStep),
  },
  connection: {
    get: channel({ integrationId }, ConnectionStep),
    syncGroups: channel({ integrationId }, ConnectionStep),
    saveWebhookField: channel({ integrationId, field: z.enum(['username', 'password']), value: Secret }, ConnectionStep),
    setOptions: channel({ integrationId, reportType: z.enum(['PDF', 'PORTAL']).optional(), defaultGroupId: Id.optional() }, ConnectionStep),
    confirmSaved: channel({ integrationId }, ConnectionStep),
    /** The three iCIMS values for the Certn form; audited as copies. */
    copyIcimsValue: channel({ integrationId, field: z.enum(['customerId', 'username', 'password']) }, z.object({ value: z.string() })),
    doItForMe: channel({ integrationId }, ConnectionStep),
  },
  golive: {
    probe: channel({ integrationId }, ProbeResult),
    cases: channel({ integrationId, silentDays: z.number().int().min(1).max(90).optional() }, z.array(CaseView)),
  },
  rehearsal: {
    state: channel({ integrationId }, RehearsalState),
    configureEvents: channel({ integrationId }, RehearsalState),
    createCandidate: channel(
      { integrationId, firstName: z.string().min(1).max(100), lastName: z.string().min(1).max(100), email: z.email(refusal('email')), jobId: Id.optional() },
      RehearsalState,
    ),
    moveToTrigger: channel({ integrationId, workflowId: Id }, z.object({ state: RehearsalState, delivery: z.object({ httpStatus: z.number().nullable(), userMessage: z.string().nullable() }) })),
    advance: channel({ integrationId, hours: z.number().min(0.1).max(24 * 30) }, RehearsalState),
    /** The simulated iCIMS account's customer ID, so a real event can be replayed with its own ids. */
    setCustomerId: channel(
      { integrationId, customerId: z.string().regex(/^[1-9]\d{0,11}$/, refusal('customerId')) },
      RehearsalState,
    ),
    /** Event inspector: check a pasted iCIMS event field by field against the documented shape. */
    inspectEvent: channel({ integrationId, eventJson: z.string().max(100_000) }, InspectorCheck),
    /** Event inspector: replay it to the local simulator only (refused for any Certn region). */
    sendEvent: channel(
      { integrationId, eventJson: z.string().min(1).max(100_000) },
      z.object({ fields: z.array(FieldCheck), httpStatus: z.number(), answer: z.string(), case: CaseView.nullable() }),
    ),
  },
};


