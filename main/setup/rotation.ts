// Credential rotation after go-live, as a guided flow. One credential at a time: the webhook pair
// (Certn regenerated it, or a handoff leaked), the Certn API key (before it expires) or the iCIMS
// integration credentials. Each rotation says what to do in which portal, captures the new value
// into the vault, links the new handoff (which supersedes the old ones), and finishes with a
// verification: the new credential works, the endpoint probe passes, and the old credential is
// refused. The old value waits in the vault (as ciphertext, kind "<kind>_retired") only until the
// rotation ends, so it can be tried once more and shown to be refused.
//
// [assumed] No public document describes these portal behaviours; the step instructions
// (rotation-text.ts, worded in the rotation catalog) and the simulator (main/simulator/certn-admin.ts,
// icims-admin.ts) model them, and this is the one place they are listed:
//   - Edit next to iCIMS in Certn's Settings → Integrations shows a new webhook pair once, and the
//     old pair stops working at once (Certn documents only that the pair is shown once).
//   - An API key can be revoked on the API Keys page and is refused from then on (Certn documents
//     that several keys may be active at once, for rotation).
//   - iCIMS staff issue a new integration password; the old one is refused from then on.
//   - The iCIMS username and password can be edited in Certn's iCIMS integration settings (Certn
//     documents editing the report type and the group "the same way").
import { AppError } from '../shared/errors';
import { calendarDate } from '../shared/time';
import { t } from '../shared/i18n';
import { msg, text } from '../shared/health-words';
import { createCertnClient, probeWebhookEndpoint } from '../certn';
import type { RotationKind, RotationRow, VerificationCheck } from '../store/rotations';
import type { SecretKind } from '../shared/secret-kinds';
import { stepRef } from '../shared/step-ref';
import type { StepDeps } from './deps';
import type { RotationState, RotationView } from '../ipc/contract/maintenance';
import { check, instructions, kindLabel, probeDetail, rewordCheck, SETUP_STEP, type RotationStepId } from './rotation-text';
import { saveWebhookField } from './steps/certn';
import { connectCertn } from './steps/connect';
import { saveIcimsCredentials } from './steps/icims';
import { probe } from './steps/golive';

/** What a rotation touches: it re-uses the steps' own save and probe functions, so it needs what they need. */
export type RotationDeps = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'integrations' | 'settings' | 'vault' | 'milestones' | 'groups' | 'rotations' | 'apis' | 'readiness'>;

// The shapes the rotation screen receives are the contract's; the step's id and state come from it.
type RotationStepView = RotationView['steps'][number];

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
    const words = instructions(r.kind, s);
    const needed = flow.includes(s);
    const at = needed ? doneAt(r, s) : null;
    return {
      id: s,
      title: words.title,
      instructions: words.lines,
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
    kindLabel: kindLabel(r.kind),
    reason: r.reason,
    startedAt: r.startedAt,
    completedAt: r.completedAt,
    cancelledAt: r.cancelledAt,
    steps,
    verification: r.verification?.map(rewordCheck) ?? null,
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
    if (!REASONS[kind].includes(reason)) throw new AppError('rotation_invalid', t('rotation.invalidReason', { reason, kind }), t('rotation.invalidReason.hint', { reasons: REASONS[kind].join(', ') }));
    const open = this.repo.open(integrationId);
    if (open) {
      throw new AppError('rotation_open', t('rotation.alreadyOpen', { kind: open.kind }), t('rotation.alreadyOpen.hint'));
    }
    const missing = SECRETS[kind].filter((k) => !this.d.vault.has(integrationId, k));
    if (missing.length) {
      throw new AppError('rotation_nothing_to_rotate', t('rotation.nothingToRotate', { kind }), t('rotation.nothingToRotate.hint', { kind, step: stepRef(SETUP_STEP[kind]) }));
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
    if (r.capturedAt) throw new AppError('rotation_step_done', t('rotation.alreadySaved'), t('rotation.alreadySaved.hint'));
    const v = this.d.vault;
    const old = Object.fromEntries(SECRETS[r.kind].map((k) => [k, v.read(integrationId, k)]));
    if (r.kind === 'webhook') {
      const username = values.username?.trim() ?? '';
      const password = values.password ?? '';
      if (!username || !password) throw new AppError('rotation_invalid', t('rotation.webhook.bothNeeded'), t('rotation.webhook.bothNeeded.hint'));
      if (password === old.webhook_password) throw new AppError('rotation_same_credential', t('rotation.webhook.same'), t('rotation.webhook.same.hint'));
      this.retire(integrationId, old);
      saveWebhookField(this.d, integrationId, 'username', username);
      saveWebhookField(this.d, integrationId, 'password', password);
    } else if (r.kind === 'certn_api_key') {
      const key = values.apiKey?.trim() ?? '';
      if (!key) throw new AppError('rotation_invalid', t('rotation.apiKey.missing'), t('rotation.apiKey.missing.hint'));
      if (key === old.certn_api_key) throw new AppError('rotation_same_credential', t('rotation.apiKey.same'), t('rotation.apiKey.same.hint'));
      // Verified with Certn before anything is saved; a refused key leaves the old one in place.
      await this.d.apis.certn(integrationId, key).then((c) => c.testConnection());
      this.retire(integrationId, old);
      await connectCertn(this.d, integrationId, key, values.keyCreatedOn ?? calendarDate(this.d.clock.now()));
    } else {
      const username = values.username?.trim() || old.icims_username;
      const password = values.password ?? '';
      if (!password) throw new AppError('rotation_invalid', t('rotation.icims.passwordMissing'), t('rotation.icims.passwordMissing.hint'));
      if (password === old.icims_password && username === old.icims_username) throw new AppError('rotation_same_credential', t('rotation.icims.same'), t('rotation.icims.same.hint'));
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
    if (!FLOW[r.kind].includes(step)) throw new AppError('rotation_invalid', t('rotation.notInFlow'), t('rotation.notInFlow.hint'));
    if (!r.capturedAt) throw new AppError('rotation_order', t('rotation.saveFirst'), t('rotation.saveFirst.hint'));
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
      if (r.capturedAt) throw new AppError('rotation_step_done', t('rotation.alreadySaved'), t('rotation.alreadySaved.nextHint'));
      this.d.audit.record('rotation.done_in_simulator', integrationId, { rotationId: r.id, step });
      if (r.kind === 'webhook') {
        const made = await sim.admin.regenerateWebhook();
        return this.capture(integrationId, { username: made.webhook_username, password: made.webhook_password });
      }
      if (r.kind === 'certn_api_key') return this.capture(integrationId, { apiKey: (await sim.admin.issueApiKey()).api_key });
      return this.capture(integrationId, { password: (await sim.admin.issueIcimsCredentials(v.read(integrationId, 'icims_username'))).password });
    }
    if (!r.capturedAt) throw new AppError('rotation_order', t('rotation.saveFirst'), t('rotation.saveFirst.hint'));
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
      throw new AppError('rotation_invalid', t('rotation.notInFlow'), t('rotation.notInFlow.hint'));
    }
    this.d.audit.record('rotation.done_in_simulator', integrationId, { rotationId: r.id, step });
    return this.confirm(integrationId, step);
  }

  /** New accepted, endpoint probe re-run, old refused. Kept on the rotation, and audited. */
  async verify(integrationId: string) {
    const r = this.requireOpen(integrationId);
    if (!r.capturedAt) throw new AppError('rotation_order', t('rotation.saveFirst'), t('rotation.saveFirst.hint'));
    const pending = rotationView(r, false).steps.filter((s) => s.state === 'todo' && s.id !== 'verify');
    if (pending.length) throw new AppError('rotation_order', t('rotation.finishFirst', { steps: pending.map((s) => s.title).join('; ') }), t('rotation.finishFirst.hint'));
    const checks: VerificationCheck[] = [];
    const v = this.d.vault;
    const env = this.d.apis.environment(integrationId);
    const baseUrl = env === 'simulator' ? await this.d.apis.certnBaseUrl(integrationId) : undefined;
    if (r.kind === 'webhook') {
      const old = await probeWebhookEndpoint({ environment: env, baseUrl, username: v.read(integrationId, retired('webhook_username')), password: v.read(integrationId, retired('webhook_password')) });
      checks.push(check(msg('rotation.check.webhook.old'), old.outcome === 'rejected', probeDetail(old)));
    } else if (r.kind === 'certn_api_key') {
      checks.push(await this.expectRefused(r.kind, async (which) => {
        const key = v.read(integrationId, which === 'new' ? 'certn_api_key' : retired('certn_api_key'));
        await createCertnClient({ environment: env, apiKey: key, baseUrl }).testConnection();
      }, checks));
    } else {
      const s = this.d.settings.all(integrationId);
      checks.push(await this.expectRefused(r.kind, async (which) => {
        const username = v.read(integrationId, which === 'new' ? 'icims_username' : retired('icims_username'));
        const password = v.read(integrationId, which === 'new' ? 'icims_password' : retired('icims_password'));
        await (await this.d.apis.icims(integrationId, { customerId: s.icimsCustomerId as string, username, password, hosting: s.icimsHosting as 'us' | 'eu' | 'simulator' })).checkCredentials();
      }, checks));
    }
    // The endpoint probe with the credentials now in the vault (also what go-live shows).
    const p = await probe(this.d, integrationId);
    checks.unshift(check(msg('rotation.check.probe'), p.outcome === 'accepted', probeDetail(p)));
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
    if (!view.canComplete) throw new AppError('rotation_order', t('rotation.notFinished', { steps: view.remaining.join('; ') }), t('rotation.notFinished.hint'));
    this.d.tx(() => {
      this.repo.update(r.id, { completedAt: this.now() });
      this.dropRetired(integrationId, r.kind);
      this.d.audit.record('rotation.completed', integrationId, { rotationId: r.id, credential: r.kind, handoffId: r.handoffId });
    });
    return this.state(integrationId);
  }

  private async expectRefused(kind: 'certn_api_key' | 'icims', attempt: (which: 'new' | 'old') => Promise<void>, checks: VerificationCheck[]): Promise<VerificationCheck> {
    const newLabel = msg(`rotation.check.${kind}.new`);
    const oldLabel = msg(`rotation.check.${kind}.old`);
    try {
      await attempt('new');
      checks.push(check(newLabel, true, msg('rotation.check.accepted', { kind })));
    } catch (e) {
      checks.push(check(newLabel, false, e instanceof AppError ? text(e.message) : msg('rotation.check.couldNotRun')));
    }
    try {
      await attempt('old');
      return check(oldLabel, false, msg('rotation.check.stillWorks'));
    } catch (e) {
      const refused = e instanceof AppError && (e.status === 401 || e.code === 'certn_unauthorized' || e.code === 'icims_unauthorized');
      if (refused) return check(oldLabel, true, msg('rotation.check.refused', { kind }));
      return check(oldLabel, false, e instanceof AppError ? msg('rotation.check.notRefused', { message: e.message }) : msg('rotation.check.couldNotRun'));
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
    if (!r) throw new AppError('rotation_none', t('rotation.none'), t('rotation.none.hint'));
    return r;
  }

  private now(): string {
    return this.d.clock.now().toISOString();
  }
}
