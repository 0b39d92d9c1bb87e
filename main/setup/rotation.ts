// i18n-pending: its words are moving to the message catalogs.
// Credential rotation after go-live, as a guided flow. One credential at a time: the webhook pair
// (Certn regenerated it, or a handoff leaked), the Certn API key (before it expires) or the iCIMS
// integration credentials. Each rotation says what to do in which portal, captures the new value
// into the vault, links the new handoff (which supersedes the old ones), and finishes with a
// verification: the new credential works, the endpoint probe passes, and the old credential is
// refused. The old value waits in the vault (as ciphertext, kind "<kind>_retired") only until the
// rotation ends, so it can be tried once more and shown to be refused.
//
// [assumed] No public document describes these portal behaviours; the guidance below and the
// simulator (main/simulator/certn-admin.ts, icims-admin.ts) model them, and this is the one place
// they are listed:
//   - Edit next to iCIMS in Certn's Settings → Integrations shows a new webhook pair once, and the
//     old pair stops working at once (Certn documents only that the pair is shown once).
//   - An API key can be revoked on the API Keys page and is refused from then on (Certn documents
//     that several keys may be active at once, for rotation).
//   - iCIMS staff issue a new integration password; the old one is refused from then on.
//   - The iCIMS username and password can be edited in Certn's iCIMS integration settings (Certn
//     documents editing the report type and the group "the same way").
import { AppError } from '../shared/errors';
import { calendarDate } from '../shared/time';
import { createCertnClient, probeWebhookEndpoint } from '../certn';
import type { RotationKind, RotationRow, VerificationCheck } from '../store/rotations';
import type { SecretKind } from '../shared/secret-kinds';
import { stepRef } from '../shared/step-ref';
import type { StepDeps } from './deps';
import type { RotationState, RotationView } from '../ipc/contract/maintenance';
import { saveWebhookField } from './steps/certn';
import { connectCertn } from './steps/connect';
import { saveIcimsCredentials } from './steps/icims';
import { probe } from './steps/golive';

/** What a rotation touches: it re-uses the steps' own save and probe functions, so it needs what they need. */
export type RotationDeps = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'integrations' | 'settings' | 'vault' | 'milestones' | 'groups' | 'rotations' | 'apis' | 'readiness'>;

// The shapes the rotation screen receives are the contract's; the step's id and state come from it.
type RotationStepView = RotationView['steps'][number];
type RotationStepId = RotationStepView['id'];

export const KIND_LABELS: Record<RotationKind, string> = {
  webhook: 'Webhook username and password',
  certn_api_key: 'Certn API key',
  icims: 'iCIMS integration credentials',
};

export const REASONS: Record<RotationKind, readonly string[]> = {
  webhook: ['regenerated', 'leaked', 'routine'],
  certn_api_key: ['expiry', 'leaked', 'routine'],
  icims: ['issued', 'leaked', 'routine'],
};

/** The secrets each kind rotates; the old values are kept as "<kind>_retired" until the end. */
const SECRETS: Record<RotationKind, ('webhook_username' | 'webhook_password' | 'certn_api_key' | 'icims_username' | 'icims_password')[]> = {
  webhook: ['webhook_username', 'webhook_password'],
  certn_api_key: ['certn_api_key'],
  icims: ['icims_username', 'icims_password'],
};
const retired = (kind: (typeof SECRETS)[RotationKind][number]) => `${kind}_retired` as SecretKind;

/** Which steps each kind walks; a step not listed is shown as not needed, with the reason. */
const FLOW: Record<RotationKind, RotationStepId[]> = {
  webhook: ['portal', 'capture', 'handoff', 'apply', 'verify'],
  certn_api_key: ['portal', 'capture', 'revoke', 'verify'],
  icims: ['portal', 'capture', 'apply', 'verify'],
};

function instructions(kind: RotationKind, step: RotationStepId): { title: string; lines: string[] } {
  const certnPortal = 'the Certn Client Portal (client.certn.co)';
  switch (`${kind}:${step}`) {
    case 'webhook:portal': return { title: 'Get new webhook credentials from Certn', lines: [
      `In ${certnPortal}, open Settings → Integrations, then Edit next to iCIMS.`,
      'Certn generates a new webhook username and password and shows them once: keep that page open until both are saved here.',
      'From that moment Certn refuses the old pair, so events from iCIMS fail until the consultant enters the new one.',
    ] };
    case 'webhook:capture': return { title: 'Save the new pair in the vault', lines: ['Paste the new webhook username and password exactly as Certn shows them. The old pair is kept (encrypted) only until this rotation ends, to prove Certn refuses it.'] };
    case 'webhook:handoff': return { title: 'Make a new handoff', lines: [
      `In ${stepRef('handoff')}, make a new handoff for the iCIMS consultant and send it as before. It supersedes every earlier handoff: those carry the old pair.`,
    ] };
    case 'webhook:apply': return { title: 'The consultant updates iCIMS', lines: [
      'Ask the iCIMS consultant to enter the new username and password in iCIMS Event Notifications for Certn, then confirm here once they have.',
    ] };
    case 'certn_api_key:portal': return { title: 'Make a new API key in Certn', lines: [
      `In ${certnPortal}, open Settings → Integrations → API Keys and create a new key. It is shown once.`,
      'Several keys can be active at once, so the old key keeps working until you revoke it below.',
    ] };
    case 'certn_api_key:capture': return { title: 'Save the new key in the vault', lines: ['Paste the new key and the day it was made. The console checks it with Certn before saving it; a key Certn refuses is not kept.'] };
    case 'certn_api_key:revoke': return { title: 'Revoke the old key in Certn', lines: [
      `In ${certnPortal}, Settings → Integrations → API Keys, revoke the old key (the console shows its prefix below). Until then anyone holding it can still read your account.`,
    ] };
    case 'certn_api_key:handoff': return { title: 'No new handoff', lines: ['The handoff to the consultant does not carry the Certn API key, so nothing needs to be sent again.'] };
    case 'icims:portal': return { title: 'Get new credentials from iCIMS', lines: [
      'Ask your iCIMS consultant (or iCIMS support) to issue a new password for the Certn integration user. The old password stops working when they do.',
    ] };
    case 'icims:capture': return { title: 'Save the new credentials in the vault', lines: ['Enter the username and the new password exactly as iCIMS gave them. The console checks them with iCIMS before saving; credentials iCIMS refuses are not kept.'] };
    case 'icims:apply': return { title: 'Enter them in Certn', lines: [
      `In ${certnPortal}, open Settings → Integrations, Edit next to iCIMS, and enter the new iCIMS username and password. Until then Certn cannot read candidates from iCIMS, and orders fail.`,
    ] };
    case 'icims:handoff': return { title: 'No new handoff', lines: ['The handoff to the consultant does not carry the iCIMS credentials (the consultant issued them), so nothing needs to be sent again.'] };
    case 'webhook:revoke': case 'icims:revoke': return { title: 'Nothing to revoke', lines: ['The old credential stopped working when the new one was issued.'] };
    default: return { title: 'Check: new accepted, old refused', lines: [
      'The console tries the new credential, re-runs the endpoint probe, and tries the old credential once more: it must be refused.',
    ] };
  }
}

const STEP_ORDER: RotationStepId[] = ['portal', 'capture', 'handoff', 'apply', 'revoke', 'verify'];

function doneAt(r: RotationRow, step: RotationStepId): string | null {
  switch (step) {
    case 'portal': return r.portalDoneAt ?? r.capturedAt;
    case 'capture': return r.capturedAt;
    case 'handoff': return r.handoffId ? r.capturedAt : null;
    case 'apply': return r.appliedAt;
    case 'revoke': return r.oldRevokedAt;
    case 'verify': return r.verification?.every((c) => c.ok) ? r.verifiedAt : null;
  }
}

export function rotationView(r: RotationRow, simulator: boolean): RotationView {
  const flow = FLOW[r.kind];
  const steps = STEP_ORDER.filter((s) => flow.includes(s) || s === 'handoff').map((s): RotationStepView => {
    const text = instructions(r.kind, s);
    const needed = flow.includes(s);
    const at = needed ? doneAt(r, s) : null;
    return {
      id: s,
      title: text.title,
      instructions: text.lines,
      state: needed ? (at ? 'done' : 'todo') : 'not_needed',
      doneAt: at,
      canDoItForMe: simulator && needed && (s === 'portal' || s === 'apply' || s === 'revoke'),
    };
  });
  const remaining = steps.filter((s) => s.state === 'todo').map((s) => s.title);
  const open = !r.completedAt && !r.cancelledAt;
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind],
    reason: r.reason,
    startedAt: r.startedAt,
    completedAt: r.completedAt,
    cancelledAt: r.cancelledAt,
    steps,
    verification: r.verification,
    canComplete: open && remaining.length === 0,
    remaining,
  };
}

/**
 * Called inside the transaction that records a new handoff: during a webhook rotation whose new
 * pair is saved, that handoff is the rotation's, and every earlier one is marked superseded.
 */
export function linkHandoffToRotation(d: Pick<StepDeps, 'clock' | 'audit' | 'handoffs' | 'rotations'>, integrationId: string, handoffId: string): void {
  const r = d.rotations.open(integrationId);
  if (!r || r.kind !== 'webhook' || !r.capturedAt || r.handoffId) return;
  const superseded = d.handoffs.supersedeAllBut(integrationId, handoffId, d.clock.now().toISOString());
  d.rotations.update(r.id, { handoffId });
  for (const old of superseded) d.audit.record('handoff.superseded', integrationId, { handoffId: old, supersededBy: handoffId, rotationId: r.id });
  d.audit.record('rotation.handoff_made', integrationId, { rotationId: r.id, handoffId, superseded: superseded.length });
}

export class RotationService {
  constructor(private readonly d: RotationDeps) {}

  private get repo() {
    return this.d.rotations;
  }

  state(integrationId: string): RotationState {
    this.d.integrations.get(integrationId);
    const sim = this.d.apis.isSimulator(integrationId);
    const all = this.repo.list(integrationId);
    const open = all.find((r) => !r.completedAt && !r.cancelledAt);
    return { current: open ? rotationView(open, sim) : null, history: all.filter((r) => r !== open).map((r) => rotationView(r, sim)) };
  }

  start(integrationId: string, kind: RotationKind, reason: string) {
    this.d.integrations.get(integrationId);
    if (!REASONS[kind].includes(reason)) throw new AppError('rotation_invalid', `“${reason}” is not a reason for rotating the ${KIND_LABELS[kind].toLowerCase()}.`, `Choose one of: ${REASONS[kind].join(', ')}.`);
    const open = this.repo.open(integrationId);
    if (open) {
      throw new AppError('rotation_open', `A rotation of the ${KIND_LABELS[open.kind].toLowerCase()} is still under way.`, 'Finish it or cancel it first: one credential at a time.');
    }
    const missing = SECRETS[kind].filter((k) => !this.d.vault.has(integrationId, k));
    if (missing.length) {
      throw new AppError('rotation_nothing_to_rotate', `There is no saved ${KIND_LABELS[kind].toLowerCase()} to rotate yet.`, 'Save them in their setup step first; rotation replaces a credential already in use.');
    }
    this.d.tx(() => {
      const r = this.repo.start(integrationId, kind, reason);
      this.d.audit.record('rotation.started', integrationId, { rotationId: r.id, credential: kind, reason });
    });
    return this.state(integrationId);
  }

  cancel(integrationId: string) {
    const r = this.requireOpen(integrationId);
    this.d.tx(() => {
      this.repo.update(r.id, { cancelledAt: this.now() });
      this.dropRetired(integrationId, r.kind);
      this.d.audit.record('rotation.cancelled', integrationId, { rotationId: r.id, credential: r.kind, afterCapture: !!r.capturedAt });
    });
    return this.state(integrationId);
  }

  /** Saves the new credential; the old value is kept as "retired" until the rotation ends. */
  async capture(integrationId: string, values: { username?: string; password?: string; apiKey?: string; keyCreatedOn?: string }) {
    const r = this.requireOpen(integrationId);
    if (r.capturedAt) throw new AppError('rotation_step_done', 'The new credential is already saved for this rotation.', 'Go on with the next step, or cancel and start again.');
    const v = this.d.vault;
    const old = Object.fromEntries(SECRETS[r.kind].map((k) => [k, v.read(integrationId, k)]));
    if (r.kind === 'webhook') {
      const username = values.username?.trim() ?? '';
      const password = values.password ?? '';
      if (!username || !password) throw new AppError('rotation_invalid', 'Enter both the new webhook username and the new password.', 'Certn shows both on the same page, once.');
      if (password === old.webhook_password) throw new AppError('rotation_same_credential', 'That is the webhook password being replaced.', 'Copy the new password Certn shows after Edit.');
      this.retire(integrationId, old);
      saveWebhookField(this.d, integrationId, 'username', username);
      saveWebhookField(this.d, integrationId, 'password', password);
    } else if (r.kind === 'certn_api_key') {
      const key = values.apiKey?.trim() ?? '';
      if (!key) throw new AppError('rotation_invalid', 'Enter the new API key.', 'Certn shows it once, when it is created.');
      if (key === old.certn_api_key) throw new AppError('rotation_same_credential', 'That is the API key being replaced.', 'Create a new key in the Client Portal and paste that one.');
      // Verified with Certn before anything is saved; a refused key leaves the old one in place.
      await this.d.apis.certn(integrationId, key).then((c) => c.testConnection());
      this.retire(integrationId, old);
      await connectCertn(this.d, integrationId, key, values.keyCreatedOn ?? calendarDate(this.d.clock.now()));
    } else {
      const username = values.username?.trim() || old.icims_username;
      const password = values.password ?? '';
      if (!password) throw new AppError('rotation_invalid', 'Enter the new iCIMS password.', 'iCIMS issues it for the Certn integration user.');
      if (password === old.icims_password && username === old.icims_username) throw new AppError('rotation_same_credential', 'Those are the iCIMS credentials being replaced.', 'Enter the new password iCIMS issued.');
      const s = this.d.settings.all(integrationId);
      const hosting = s.icimsHosting as 'us' | 'eu' | 'simulator';
      const customerId = s.icimsCustomerId as string;
      // Checked with iCIMS first (saveIcimsCredentials refuses and keeps nothing when iCIMS says no).
      await (await this.d.apis.icims(integrationId, { customerId, username, password, hosting })).checkCredentials();
      this.retire(integrationId, old);
      await saveIcimsCredentials(this.d, integrationId, { customerId, username, password, hosting });
    }
    this.d.tx(() => {
      this.repo.update(r.id, { capturedAt: this.now(), portalDoneAt: r.portalDoneAt ?? this.now() });
      this.d.audit.record('rotation.captured', integrationId, { rotationId: r.id, credential: r.kind });
    });
    return this.state(integrationId);
  }

  /** The admin says the portal part is done (the consultant updated iCIMS; the new iCIMS values are in Certn; the old key is revoked). */
  confirm(integrationId: string, step: 'apply' | 'revoke') {
    const r = this.requireOpen(integrationId);
    if (!FLOW[r.kind].includes(step)) throw new AppError('rotation_invalid', 'That step is not part of this rotation.', 'Follow the steps shown.');
    if (!r.capturedAt) throw new AppError('rotation_order', 'Save the new credential first.', 'The steps go in order: portal, vault, then the rest.');
    this.d.tx(() => {
      this.repo.update(r.id, step === 'apply' ? { appliedAt: this.now() } : { oldRevokedAt: this.now() });
      this.d.audit.record(step === 'apply' ? 'rotation.applied' : 'rotation.old_revoked', integrationId, { rotationId: r.id, credential: r.kind });
    });
    return this.state(integrationId);
  }

  /** Local simulator: plays the portal part of a step through the simulator's admin API. */
  async doItForMe(integrationId: string, step: 'portal' | 'apply' | 'revoke') {
    const r = this.requireOpen(integrationId);
    const sim = await this.d.apis.simulator(integrationId);
    const v = this.d.vault;
    if (step === 'portal') {
      if (r.capturedAt) throw new AppError('rotation_step_done', 'The new credential is already saved for this rotation.', 'Go on with the next step.');
      this.d.audit.record('rotation.done_in_simulator', integrationId, { rotationId: r.id, step });
      if (r.kind === 'webhook') {
        const made = await sim.admin.regenerateWebhook();
        return this.capture(integrationId, { username: made.webhook_username, password: made.webhook_password });
      }
      if (r.kind === 'certn_api_key') return this.capture(integrationId, { apiKey: (await sim.admin.issueApiKey()).api_key });
      return this.capture(integrationId, { password: (await sim.admin.issueIcimsCredentials(v.read(integrationId, 'icims_username'))).password });
    }
    if (!r.capturedAt) throw new AppError('rotation_order', 'Save the new credential first.', 'The steps go in order: portal, vault, then the rest.');
    if (step === 'apply' && r.kind === 'webhook') {
      const statuses = await sim.admin.statuses();
      await sim.admin.configureEventNotifications({
        url: await this.d.apis.endpointUrl(integrationId),
        username: v.read(integrationId, 'webhook_username'),
        password: v.read(integrationId, 'webhook_password'),
        triggerStatusId: statuses.triggerStatusId ?? statuses.suggestedTriggerStatusId,
      });
    } else if (step === 'apply' && r.kind === 'icims') {
      await sim.admin.updateIcimsIntegration({ icims_username: v.read(integrationId, 'icims_username'), icims_password: v.read(integrationId, 'icims_password') });
    } else if (step === 'revoke' && r.kind === 'certn_api_key') {
      await sim.admin.revokeApiKey(v.read(integrationId, retired('certn_api_key')).split('.')[0]);
    } else {
      throw new AppError('rotation_invalid', 'That step is not part of this rotation.', 'Follow the steps shown.');
    }
    this.d.audit.record('rotation.done_in_simulator', integrationId, { rotationId: r.id, step });
    return this.confirm(integrationId, step);
  }

  /** New accepted, endpoint probe re-run, old refused. Kept on the rotation, and audited. */
  async verify(integrationId: string) {
    const r = this.requireOpen(integrationId);
    if (!r.capturedAt) throw new AppError('rotation_order', 'Save the new credential first.', 'The steps go in order: portal, vault, then the rest.');
    const pending = rotationView(r, false).steps.filter((s) => s.state === 'todo' && s.id !== 'verify');
    if (pending.length) throw new AppError('rotation_order', `Before checking, finish: ${pending.map((s) => s.title).join('; ')}.`, 'The check proves the whole chain works with the new credential.');
    const checks: VerificationCheck[] = [];
    const v = this.d.vault;
    const env = this.d.apis.environment(integrationId);
    const baseUrl = env === 'simulator' ? await this.d.apis.certnBaseUrl(integrationId) : undefined;
    if (r.kind === 'webhook') {
      const old = await probeWebhookEndpoint({ environment: env, baseUrl, username: v.read(integrationId, retired('webhook_username')), password: v.read(integrationId, retired('webhook_password')) });
      checks.push({ label: 'Old webhook credentials refused by Certn', ok: old.outcome === 'rejected', detail: `${old.title}${old.httpStatus ? ` (HTTP ${old.httpStatus})` : ''}` });
    } else if (r.kind === 'certn_api_key') {
      checks.push(await this.expectRefused('New API key accepted by Certn', 'Old API key refused by Certn', async (which) => {
        const key = v.read(integrationId, which === 'new' ? 'certn_api_key' : retired('certn_api_key'));
        await createCertnClient({ environment: env, apiKey: key, baseUrl }).testConnection();
      }, checks));
    } else {
      const s = this.d.settings.all(integrationId);
      checks.push(await this.expectRefused('New iCIMS credentials accepted by iCIMS', 'Old iCIMS credentials refused by iCIMS', async (which) => {
        const username = v.read(integrationId, which === 'new' ? 'icims_username' : retired('icims_username'));
        const password = v.read(integrationId, which === 'new' ? 'icims_password' : retired('icims_password'));
        await (await this.d.apis.icims(integrationId, { customerId: s.icimsCustomerId as string, username, password, hosting: s.icimsHosting as 'us' | 'eu' | 'simulator' })).checkCredentials();
      }, checks));
    }
    // The endpoint probe with the credentials now in the vault (also what go-live shows).
    const p = await probe(this.d, integrationId);
    checks.unshift({ label: 'Endpoint probe with the saved webhook credentials', ok: p.outcome === 'accepted', detail: `${p.title}${p.httpStatus ? ` (HTTP ${p.httpStatus})` : ''}` });
    const ok = checks.every((c) => c.ok);
    this.d.tx(() => {
      this.repo.update(r.id, { verifiedAt: this.now(), verification: checks });
      this.d.audit.record('rotation.verified', integrationId, { rotationId: r.id, credential: r.kind, ok, failed: checks.filter((c) => !c.ok).map((c) => c.label) });
    });
    return this.state(integrationId);
  }

  /** Ends the rotation: the retired secret is removed from the vault. */
  complete(integrationId: string) {
    const r = this.requireOpen(integrationId);
    const view = rotationView(r, false);
    if (!view.canComplete) throw new AppError('rotation_order', `The rotation is not finished: ${view.remaining.join('; ')}.`, 'Each step must be done, and the check must pass.');
    this.d.tx(() => {
      this.repo.update(r.id, { completedAt: this.now() });
      this.dropRetired(integrationId, r.kind);
      this.d.audit.record('rotation.completed', integrationId, { rotationId: r.id, credential: r.kind, handoffId: r.handoffId });
    });
    return this.state(integrationId);
  }

  private async expectRefused(newLabel: string, oldLabel: string, attempt: (which: 'new' | 'old') => Promise<void>, checks: VerificationCheck[]): Promise<VerificationCheck> {
    try {
      await attempt('new');
      checks.push({ label: newLabel, ok: true, detail: 'Accepted.' });
    } catch (e) {
      checks.push({ label: newLabel, ok: false, detail: e instanceof AppError ? e.message : 'The check could not run.' });
    }
    try {
      await attempt('old');
      return { label: oldLabel, ok: false, detail: 'The old credential still works: revoke it, then check again.' };
    } catch (e) {
      const refused = e instanceof AppError && (e.status === 401 || e.code === 'certn_unauthorized' || e.code === 'icims_unauthorized');
      return { label: oldLabel, ok: refused, detail: refused ? 'Refused (HTTP 401).' : e instanceof AppError ? `Not refused as expected: ${e.message}` : 'The check could not run.' };
    }
  }

  private retire(integrationId: string, old: Record<string, string>): void {
    for (const [k, value] of Object.entries(old)) this.d.vault.put(integrationId, retired(k as (typeof SECRETS)[RotationKind][number]), value);
  }

  private dropRetired(integrationId: string, kind: RotationKind): void {
    for (const k of SECRETS[kind]) if (this.d.vault.has(integrationId, retired(k))) this.d.vault.remove(integrationId, retired(k));
  }

  private requireOpen(integrationId: string): RotationRow {
    this.d.integrations.get(integrationId);
    const r = this.repo.open(integrationId);
    if (!r) throw new AppError('rotation_none', 'No rotation is under way for this integration.', 'Start one: choose which credential to rotate.');
    return r;
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }
}
