// i18n-pending: its words are moving to the message catalogs.
import type { z } from 'zod';
import { AppError, toErrorInfo, type ErrorInfo } from '../../shared/errors';
import { ENVIRONMENT_LABELS, endpointNote, type IcimsHosting } from '../../shared/regions';
import { toWellFormedText } from '../../ipc/contract/define';
import { verdictSentence } from '../../shared/package-verdict';
import { addDays, calendarDate, daysBetween } from '../../shared/time';
import type { MilestoneKind } from '../../store/milestones';
import type { IcimsStep } from '../../ipc/contract/setup';
import type { Handlers } from '../../ipc/contract';
import type { StepDeps } from '../deps';

// Step 2, iCIMS request: the request to iCIMS, the wait for a consultant (iCIMS quotes 6–12 weeks
// or more) and the three values the consultant sends back.
const EXPECTED_WEEKS = [6, 12] as const;
type Hosting = IcimsHosting | 'simulator';
type D = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'integrations' | 'settings' | 'vault' | 'milestones' | 'apis' | 'readiness'>;
type Step = z.infer<typeof IcimsStep>;
/** Answers that mean "these values are wrong", as opposed to "iCIMS could not be asked". */
const ICIMS_REFUSALS = new Set(['icims_unauthorized', 'icims_access_denied', 'icims_forbidden', 'icims_not_found']);

export async function icimsStep(d: D, id: string): Promise<Step> {
  const integration = d.integrations.get(id);
  const facts = d.readiness.of(id);
  const settings = facts.settings;
  const company = settings.company ?? '';
  // A milestone is a calendar day (stored at noon UTC so the day survives any zone).
  const milestones = d.milestones.list(id).map((m) => ({ kind: m.kind, at: m.at, on: calendarDate(m.at, { timeZone: 'UTC' }), data: m.data }));
  const requested = milestones.find((m) => m.kind === 'requested');
  const received = milestones.some((m) => m.kind === 'credentials');
  const from = requested ? addDays(requested.on, EXPECTED_WEEKS[0] * 7) : null;
  const to = requested ? addDays(requested.on, EXPECTED_WEEKS[1] * 7) : null;
  const today = calendarDate(d.clock.now());
  const endpointUrl = await d.apis.liveEndpointUrl(id);
  const packages = facts.selectedPackages.map((p) => ({ id: p.id, name: p.name, note: verdictSentence(p.verification.verdict, !!p.override) }));
  const { subject, text } = requestText(company || integration.name, ENVIRONMENT_LABELS[integration.environment], endpointUrl, packages, endpointNote(integration.environment));
  return {
    company,
    requestSubject: subject,
    requestText: text,
    mailto: `mailto:?subject=${encodeURIComponent(toWellFormedText(subject))}&body=${encodeURIComponent(toWellFormedText(text))}`,
    endpointUrl,
    milestones,
    expectedFrom: from,
    expectedTo: to,
    overdue: !!to && !received && today > to,
    weeksWaiting: requested && !received ? Math.max(0, Math.floor(daysBetween(requested.on, today) / 7)) : null,
    customerId: settings.icimsCustomerId ?? null,
    hosting: settings.icimsHosting ?? null,
    hasUsername: facts.icims.username,
    hasPassword: facts.icims.password,
    verifiedAt: settings.icimsVerifiedAt ?? null,
    verifyError: settings.icimsVerifyError ?? null,
  };
}

function requestText(company: string, region: string, endpoint: string | null, packages: { id: string; name: string; note: string | null }[], endpointCaveat: string | null) {
  const subject = `Request: Certn background screening integration for ${company}`;
  const lines = [
    'Hello,',
    '',
    `${company} uses Certn for background checks and would like the Certn integration enabled in iCIMS.`,
    'Please assign a Customer Integration Consultant. We will need the iCIMS Customer ID, and an integration username and password for Certn.',
    '',
    `Certn region: ${region}`,
    `Certn endpoint for iCIMS events: ${endpoint ?? '(shown in the console once connected)'}`,
    ...(endpoint && endpointCaveat ? [endpointCaveat] : []),
    '',
    packages.length ? 'Certn packages to offer in iCIMS (exact full names, in quotes, and IDs):' : 'Certn packages: to follow.',
    ...packages.map((p) => `  - ${JSON.stringify(p.name)}  ID ${p.id}${p.note ? ` (${p.note})` : ''}`),
    '',
    'The webhook credentials will be sent to the consultant separately through a secure channel.',
    '',
    'Thank you,',
  ];
  return { subject, text: lines.join('\n') };
}

export function setCompany(d: D, id: string, company: string) {
  // The change and its audit entry commit together.
  d.tx(() => {
    d.integrations.get(id);
    d.settings.set(id, { company: company.trim() || null });
    d.audit.record('icims.company_set', id, { company: company.trim() });
  });
  return icimsStep(d, id);
}

export function setMilestone(d: D, id: string, m: { kind: MilestoneKind; on: string; name?: string; email?: string }) {
  d.integrations.get(id);
  const at = new Date(`${m.on}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.on) || Number.isNaN(at.getTime())) throw new AppError('invalid_date', 'That date is not valid.', 'Use a date like 2026-11-27.');
  if (m.on > calendarDate(d.clock.now())) throw new AppError('invalid_date', 'That date is in the future.', 'Record a milestone when it has happened.');
  const data: Record<string, string> = {};
  if (m.kind === 'consultant') {
    const name = m.name?.trim() ?? '';
    const email = m.email?.trim() ?? '';
    if (!name) throw new AppError('consultant_name', 'Enter the consultant’s name.', 'It is in the iCIMS email that introduced them.');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError('consultant_email', 'That email address does not look right.', 'Use the form name@company.com.');
    data.name = name;
    if (email) data.email = email;
  }
  d.tx(() => {
    d.milestones.put(id, { kind: m.kind, at: at.toISOString(), data });
    d.audit.record('icims.milestone', id, { kind: m.kind, on: m.on });
  });
  return icimsStep(d, id);
}

export function clearMilestone(d: D, id: string, kind: MilestoneKind) {
  d.tx(() => {
    d.milestones.delete(id, kind);
    d.audit.record('icims.milestone_cleared', id, { kind });
  });
  return icimsStep(d, id);
}

export async function saveIcimsCredentials(d: D, id: string, c: { customerId: string; username?: string; password?: string; hosting: Hosting }) {
  const customerId = c.customerId.trim();
  if (!/^\d{1,12}$/.test(customerId)) {
    throw new AppError('icims_customer_id', 'The iCIMS Customer ID is digits only (for example 1234).', 'Copy it from the consultant’s email, without letters or spaces.');
  }
  const simulator = d.apis.isSimulator(id);
  if (simulator !== (c.hosting === 'simulator')) {
    throw new AppError('icims_hosting', simulator ? 'A simulator integration uses the simulated iCIMS.' : 'Choose where this customer’s iCIMS is hosted: US or EU.', simulator ? 'Choose “Local simulator”.' : 'The consultant can tell you; EU-hosted customers use api-eu.icims.com.');
  }
  const username = c.username?.trim() || (d.vault.has(id, 'icims_username') ? d.vault.read(id, 'icims_username') : '');
  const password = c.password || (d.vault.has(id, 'icims_password') ? d.vault.read(id, 'icims_password') : '');
  // Like the Certn key, credentials iCIMS refuses are not kept: the screen must never list them as saved.
  let checked: { verifiedAt: string | null; error: ErrorInfo | null } = { verifiedAt: null, error: null };
  if (username && password) {
    try {
      await (await d.apis.icims(id, { customerId, username, password, hosting: c.hosting })).checkCredentials();
      checked = { verifiedAt: d.clock.now().toISOString(), error: null };
    } catch (e) {
      if (e instanceof AppError && ICIMS_REFUSALS.has(e.code)) {
        d.audit.record('icims.credentials_refused', id, { customerId, hosting: c.hosting, code: e.code });
        throw new AppError(e.code, `${e.message} Nothing was saved.`, e.hint);
      }
      if (e instanceof AppError && e.code === 'vault_locked') throw e;
      // iCIMS could not answer (network, outage): keep what was typed and say it is not verified yet.
      checked = { verifiedAt: null, error: toErrorInfo(e) };
    }
  }
  d.settings.set(id, { icimsCustomerId: customerId, icimsHosting: c.hosting, icimsVerifiedAt: checked.verifiedAt, icimsVerifyError: checked.error });
  if (c.username?.trim()) d.vault.put(id, 'icims_username', c.username.trim());
  if (c.password) d.vault.put(id, 'icims_password', c.password);
  d.audit.record('icims.credentials_saved', id, { customerId, hosting: c.hosting });
  if (username && password) d.audit.record('icims.verified', id, checked.error ? { ok: false, code: checked.error.code } : { ok: true });
  return icimsStep(d, id);
}

/** Checks the saved credentials with a call that reads no candidate data; the outcome is kept. */
export async function verifyIcims(d: D, id: string) {
  try {
    const client = await d.apis.icims(id);
    await client.checkCredentials();
    d.settings.set(id, { icimsVerifiedAt: d.clock.now().toISOString(), icimsVerifyError: null });
    d.audit.record('icims.verified', id, { ok: true });
  } catch (e) {
    if (e instanceof AppError && (e.code === 'vault_locked' || e.code === 'icims_missing' || e.code === 'secret_missing')) throw e;
    d.settings.set(id, { icimsVerifiedAt: null, icimsVerifyError: toErrorInfo(e) });
    d.audit.record('icims.verified', id, { ok: false, code: toErrorInfo(e).code });
  }
  return icimsStep(d, id);
}

export async function useSimulatorAccount(d: D, id: string) {
  const sim = await d.apis.simulator(id);
  return saveIcimsCredentials(d, id, { customerId: sim.demo.icimsCustomerId, username: sim.demo.icimsUsername, password: sim.demo.icimsPassword, hosting: 'simulator' });
}

/** Step 2's service: the `icims` domain of the contract. */
export function icimsRequestStep(d: D): Handlers['icims'] {
  return {
    get: ({ integrationId }) => icimsStep(d, integrationId),
    setCompany: ({ integrationId, company }) => setCompany(d, integrationId, company),
    setMilestone: ({ integrationId, ...m }) => setMilestone(d, integrationId, m),
    clearMilestone: ({ integrationId, kind }) => clearMilestone(d, integrationId, kind),
    saveCredentials: ({ integrationId, ...c }) => saveIcimsCredentials(d, integrationId, c),
    verify: ({ integrationId }) => verifyIcims(d, integrationId),
    useSimulatorAccount: ({ integrationId }) => useSimulatorAccount(d, integrationId),
  };
}
