import type { z } from 'zod';
import { AppError, toErrorInfo, type ErrorInfo } from '../../shared/errors';
import { ENVIRONMENT_LABEL_IDS, endpointNote, type IcimsHosting } from '../../shared/regions';
import { toWellFormedText } from '../../ipc/contract/define';
import { packageVerdict, verdictSentence } from '../../shared/package-verdict';
import { currentLocale, t, translator, type Translator } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n/locales';
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

/** `language`: the request e-mail's language, the console's when absent (the consultant may not read it). */
export async function icimsStep(d: D, id: string, language?: Locale): Promise<Step> {
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
  const tr = translator(language ?? currentLocale());
  // The verdict is judged again from its facts so its reasons read in the e-mail's language, not the console's.
  const packages = facts.selectedPackages.map((p) => {
    const v = p.verification;
    const verdict = packageVerdict({ name: p.name, exists: v.exists, active: v.active, ats: v.ats, lookalikes: v.lookalikes }, tr.t);
    return { id: p.id, name: p.name, note: verdictSentence(verdict, !!p.override, tr.t) };
  });
  const { subject, text } = requestText(tr, company || integration.name, tr.t(ENVIRONMENT_LABEL_IDS[integration.environment]), endpointUrl, packages, endpointNote(integration.environment, tr.t));
  return {
    company,
    requestLanguage: tr.locale,
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

function requestText(tr: Translator, company: string, region: string, endpoint: string | null, packages: { id: string; name: string; note: string | null }[], endpointCaveat: string | null) {
  const lines = [
    tr.t('email.greeting'),
    '',
    tr.t('email.intro', { company }),
    tr.t('email.ask'),
    '',
    tr.t('email.region', { region }),
    endpoint ? tr.t('email.endpoint', { endpoint }) : tr.t('email.endpointPending'),
    ...(endpoint && endpointCaveat ? [endpointCaveat] : []),
    '',
    tr.t(packages.length ? 'email.packagesHeading' : 'email.packagesPending'),
    // The name in straight quotes, escaped as JSON, so the consultant sees exactly where it starts and ends.
    ...packages.map((p) => (p.note ? tr.t('email.packageLineNote', { name: JSON.stringify(p.name), id: p.id, note: p.note }) : tr.t('email.packageLine', { name: JSON.stringify(p.name), id: p.id }))),
    '',
    tr.t('email.credentials'),
    '',
    tr.t('email.closing'),
  ];
  return { subject: tr.t('email.subject', { company }), text: lines.join('\n') };
}

export function setCompany(d: D, id: string, company: string, language?: Locale) {
  // The change and its audit entry commit together.
  d.tx(() => {
    d.integrations.get(id);
    d.settings.set(id, { company: company.trim() || null });
    d.audit.record('icims.company_set', id, { company: company.trim() });
  });
  return icimsStep(d, id, language);
}

export function setMilestone(d: D, id: string, m: { kind: MilestoneKind; on: string; name?: string; email?: string }, language?: Locale) {
  d.integrations.get(id);
  const at = new Date(`${m.on}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.on) || Number.isNaN(at.getTime())) throw new AppError('invalid_date', t('setup.icims.dateInvalid'), t('setup.icims.dateInvalid.hint'));
  if (m.on > calendarDate(d.clock.now())) throw new AppError('invalid_date', t('setup.icims.dateFuture'), t('setup.icims.dateFuture.hint'));
  const data: Record<string, string> = {};
  if (m.kind === 'consultant') {
    const name = m.name?.trim() ?? '';
    const email = m.email?.trim() ?? '';
    if (!name) throw new AppError('consultant_name', t('setup.icims.consultantName'), t('setup.icims.consultantName.hint'));
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError('consultant_email', t('setup.icims.consultantEmail'), t('setup.icims.consultantEmail.hint'));
    data.name = name;
    if (email) data.email = email;
  }
  d.tx(() => {
    d.milestones.put(id, { kind: m.kind, at: at.toISOString(), data });
    d.audit.record('icims.milestone', id, { kind: m.kind, on: m.on });
  });
  return icimsStep(d, id, language);
}

export function clearMilestone(d: D, id: string, kind: MilestoneKind, language?: Locale) {
  d.tx(() => {
    d.milestones.delete(id, kind);
    d.audit.record('icims.milestone_cleared', id, { kind });
  });
  return icimsStep(d, id, language);
}

export async function saveIcimsCredentials(d: D, id: string, c: { customerId: string; username?: string; password?: string; hosting: Hosting }, language?: Locale) {
  const customerId = c.customerId.trim();
  if (!/^\d{1,12}$/.test(customerId)) {
    throw new AppError('icims_customer_id', t('setup.icims.customerId'), t('setup.icims.customerId.hint'));
  }
  const simulator = d.apis.isSimulator(id);
  if (simulator !== (c.hosting === 'simulator')) {
    throw new AppError(
      'icims_hosting',
      simulator ? t('setup.icims.hostingSimulator') : t('setup.icims.hostingChoose'),
      simulator ? t('setup.icims.hostingSimulator.hint') : t('setup.icims.hostingChoose.hint'),
    );
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
        throw new AppError(e.code, t('setup.icims.refusedNothingSaved', { message: e.message }), e.hint);
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
  return icimsStep(d, id, language);
}

/** Checks the saved credentials with a call that reads no candidate data; the outcome is kept. */
export async function verifyIcims(d: D, id: string, language?: Locale) {
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
  return icimsStep(d, id, language);
}

export async function useSimulatorAccount(d: D, id: string, language?: Locale) {
  const sim = await d.apis.simulator(id);
  return saveIcimsCredentials(d, id, { customerId: sim.demo.icimsCustomerId, username: sim.demo.icimsUsername, password: sim.demo.icimsPassword, hosting: 'simulator' }, language);
}

/** Step 2's service: the `icims` domain of the contract. */
export function icimsRequestStep(d: D): Handlers['icims'] {
  return {
    get: ({ integrationId, language }) => icimsStep(d, integrationId, language),
    setCompany: ({ integrationId, company, language }) => setCompany(d, integrationId, company, language),
    setMilestone: ({ integrationId, language, ...m }) => setMilestone(d, integrationId, m, language),
    clearMilestone: ({ integrationId, kind, language }) => clearMilestone(d, integrationId, kind, language),
    saveCredentials: ({ integrationId, language, ...c }) => saveIcimsCredentials(d, integrationId, c, language),
    verify: ({ integrationId, language }) => verifyIcims(d, integrationId, language),
    useSimulatorAccount: ({ integrationId, language }) => useSimulatorAccount(d, integrationId, language),
  };
}
