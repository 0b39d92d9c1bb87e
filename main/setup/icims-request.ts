import { AppError, toErrorInfo, type ErrorInfo } from '../shared/errors';
import { ENVIRONMENT_LABELS, endpointNote } from '../shared/regions';
import { toWellFormedText } from '../ipc/contract/define';
import type { SetupContext } from './context';
import { listPackages } from './packages';
import { verdictSentence } from '../shared/package-verdict';
import { addDays, calendarDate, daysBetween } from '../shared/time';

// Step 2: the request to iCIMS, the wait for a consultant (iCIMS quotes 6–12 weeks or more,
// certn.md [doc]) and the three values the consultant sends back.
const EXPECTED_WEEKS = [6, 12] as const;
type Hosting = 'us' | 'eu' | 'simulator';
type MilestoneKind = 'requested' | 'consultant' | 'credentials';
/** Answers that mean "these values are wrong", as opposed to "iCIMS could not be asked". */
const ICIMS_REFUSALS = new Set(['icims_unauthorized', 'icims_access_denied', 'icims_forbidden', 'icims_not_found']);

export async function icimsStep(ctx: SetupContext, id: string) {
  const integration = ctx.s.integrations.get(id);
  const settings = ctx.s.settings.all(id);
  const company = (settings.company as string | undefined) ?? '';
  // A milestone is a calendar day (stored at noon UTC so the day survives any zone).
  const milestones = (ctx.s.db.prepare('SELECT kind, at, data FROM milestones WHERE integration_id = ? ORDER BY at').all(id) as { kind: string; at: string; data: string }[]).map((m) => ({
    kind: m.kind,
    at: m.at,
    on: calendarDate(m.at, { timeZone: 'UTC' }),
    data: JSON.parse(m.data) as Record<string, string>,
  }));
  const requested = milestones.find((m) => m.kind === 'requested');
  const received = milestones.some((m) => m.kind === 'credentials');
  const from = requested ? addDays(requested.on, EXPECTED_WEEKS[0] * 7) : null;
  const to = requested ? addDays(requested.on, EXPECTED_WEEKS[1] * 7) : null;
  const today = calendarDate(ctx.now());
  const endpointUrl = integration.environment !== 'simulator' || ctx.simulators.isRunning(id) ? await ctx.endpointUrl(id) : null;
  const packages = listPackages(ctx, id, { selected: true }).map((p) => ({ id: p.id, name: p.name, note: verdictSentence(p.verification.verdict, !!p.override) }));
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
    customerId: (settings.icimsCustomerId as string | undefined) ?? null,
    hosting: (settings.icimsHosting as Hosting | undefined) ?? null,
    hasUsername: ctx.s.vault.has(id, 'icims_username'),
    hasPassword: ctx.s.vault.has(id, 'icims_password'),
    verifiedAt: (settings.icimsVerifiedAt as string | undefined) ?? null,
    verifyError: (settings.icimsVerifyError as ErrorInfo | undefined) ?? null,
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

export function setCompany(ctx: SetupContext, id: string, company: string) {
  // The change and its audit entry commit together.
  ctx.s.db.transaction(() => {
    ctx.s.integrations.get(id);
    ctx.s.settings.set(id, { company: company.trim() || null });
    ctx.record('icims.company_set', id, { company: company.trim() });
  })();
  return icimsStep(ctx, id);
}

export function setMilestone(ctx: SetupContext, id: string, m: { kind: MilestoneKind; on: string; name?: string; email?: string }) {
  ctx.s.integrations.get(id);
  const at = new Date(`${m.on}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(m.on) || Number.isNaN(at.getTime())) throw new AppError('invalid_date', 'That date is not valid.', 'Use a date like 2026-11-27.');
  if (m.on > calendarDate(ctx.now())) throw new AppError('invalid_date', 'That date is in the future.', 'Record a milestone when it has happened.');
  const data: Record<string, string> = {};
  if (m.kind === 'consultant') {
    const name = m.name?.trim() ?? '';
    const email = m.email?.trim() ?? '';
    if (!name) throw new AppError('consultant_name', 'Enter the consultant’s name.', 'It is in the iCIMS email that introduced them.');
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError('consultant_email', 'That email address does not look right.', 'Use the form name@company.com.');
    data.name = name;
    if (email) data.email = email;
  }
  ctx.s.db.transaction(() => {
    ctx.s.db
      .prepare('INSERT INTO milestones (integration_id, kind, at, data) VALUES (?, ?, ?, ?) ON CONFLICT (integration_id, kind) DO UPDATE SET at = excluded.at, data = excluded.data')
      .run(id, m.kind, at.toISOString(), JSON.stringify(data));
    ctx.record('icims.milestone', id, { kind: m.kind, on: m.on });
  })();
  return icimsStep(ctx, id);
}

export function clearMilestone(ctx: SetupContext, id: string, kind: MilestoneKind) {
  ctx.s.db.transaction(() => {
    ctx.s.db.prepare('DELETE FROM milestones WHERE integration_id = ? AND kind = ?').run(id, kind);
    ctx.record('icims.milestone_cleared', id, { kind });
  })();
  return icimsStep(ctx, id);
}

export async function saveIcimsCredentials(ctx: SetupContext, id: string, c: { customerId: string; username?: string; password?: string; hosting: Hosting }) {
  const customerId = c.customerId.trim();
  if (!/^\d{1,12}$/.test(customerId)) {
    throw new AppError('icims_customer_id', 'The iCIMS Customer ID is digits only (for example 1234).', 'Copy it from the consultant’s email, without letters or spaces.');
  }
  const simulator = ctx.isSimulator(id);
  if (simulator !== (c.hosting === 'simulator')) {
    throw new AppError('icims_hosting', simulator ? 'A simulator integration uses the simulated iCIMS.' : 'Choose where this customer’s iCIMS is hosted: US or EU.', simulator ? 'Choose “Local simulator”.' : 'The consultant can tell you; EU-hosted customers use api-eu.icims.com.');
  }
  const username = c.username?.trim() || (ctx.s.vault.has(id, 'icims_username') ? ctx.s.vault.read(id, 'icims_username') : '');
  const password = c.password || (ctx.s.vault.has(id, 'icims_password') ? ctx.s.vault.read(id, 'icims_password') : '');
  // Like the Certn key, credentials iCIMS refuses are not kept: the screen must never list them as saved.
  let checked: { verifiedAt: string | null; error: ErrorInfo | null } = { verifiedAt: null, error: null };
  if (username && password) {
    try {
      await (await ctx.icims(id, { customerId, username, password, hosting: c.hosting })).checkCredentials();
      checked = { verifiedAt: ctx.now().toISOString(), error: null };
    } catch (e) {
      if (e instanceof AppError && ICIMS_REFUSALS.has(e.code)) {
        ctx.record('icims.credentials_refused', id, { customerId, hosting: c.hosting, code: e.code });
        throw new AppError(e.code, `${e.message} Nothing was saved.`, e.hint);
      }
      if (e instanceof AppError && e.code === 'vault_locked') throw e;
      // iCIMS could not answer (network, outage): keep what was typed and say it is not verified yet.
      checked = { verifiedAt: null, error: toErrorInfo(e) };
    }
  }
  ctx.s.settings.set(id, { icimsCustomerId: customerId, icimsHosting: c.hosting, icimsVerifiedAt: checked.verifiedAt, icimsVerifyError: checked.error });
  if (c.username?.trim()) ctx.s.vault.put(id, 'icims_username', c.username.trim());
  if (c.password) ctx.s.vault.put(id, 'icims_password', c.password);
  ctx.record('icims.credentials_saved', id, { customerId, hosting: c.hosting });
  if (username && password) ctx.record('icims.verified', id, checked.error ? { ok: false, code: checked.error.code } : { ok: true });
  return icimsStep(ctx, id);
}

/** Checks the saved credentials with a call that reads no candidate data; the outcome is kept. */
export async function verifyIcims(ctx: SetupContext, id: string) {
  try {
    const client = await ctx.icims(id);
    await client.checkCredentials();
    ctx.s.settings.set(id, { icimsVerifiedAt: ctx.now().toISOString(), icimsVerifyError: null });
    ctx.record('icims.verified', id, { ok: true });
  } catch (e) {
    if (e instanceof AppError && (e.code === 'vault_locked' || e.code === 'icims_missing' || e.code === 'secret_missing')) throw e;
    ctx.s.settings.set(id, { icimsVerifiedAt: null, icimsVerifyError: toErrorInfo(e) });
    ctx.record('icims.verified', id, { ok: false, code: toErrorInfo(e).code });
  }
  return icimsStep(ctx, id);
}

export async function useSimulatorAccount(ctx: SetupContext, id: string) {
  const sim = await ctx.simulator(id);
  return saveIcimsCredentials(ctx, id, { customerId: sim.demo.icimsCustomerId, username: sim.demo.icimsUsername, password: sim.demo.icimsPassword, hosting: 'simulator' });
}
