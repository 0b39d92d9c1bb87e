import { STEPS, stepNumber, type StepId, type StepState } from '../shared/steps';
import { stepRef } from '../shared/step-ref';
import { t } from '../shared/i18n';
import type { SecretKind } from '../shared/secret-kinds';
import type { SettingsRepo, Settings } from '../store/settings';
import type { PackageView } from '../ipc/contract/setup';
import type { StepStatus } from '../ipc/contract/foundation';

// Every "is X done, what is missing, where is it fixed" fact about one integration, derived here
// once from what is stored (never stored itself, so it cannot drift). Progress, the handoff
// preview, go-live, the rehearsal, the Certn connection and the simulator's restore all read it.

export interface ReadinessDeps {
  settings: Pick<SettingsRepo, 'all'>;
  vault: { has(integrationId: string, kind: SecretKind): boolean };
  handoffs: { count(integrationId: string): number };
  /** The selected packages with their verdicts (look-alikes judged against the whole account). */
  selectedPackages: (integrationId: string) => PackageView[];
}

/** A handoff holds at most this many packages. */
export const MAX_HANDOFF_PACKAGES = 200;

// Functions, not constants: each is worded in the console's language at the moment it is shown.
export const missingWebhook = () => t('setup.readiness.missingWebhook', { step: stepRef('certn') });
export const missingWebhookUsername = () => t('setup.readiness.missingWebhookUsername', { step: stepRef('certn') });
export const missingWebhookPassword = () => t('setup.readiness.missingWebhookPassword', { step: stepRef('certn') });
export const missingPackages = () => t('setup.readiness.missingPackages', { step: stepRef('packages') });
export const missingCustomerId = () => t('setup.readiness.missingCustomerId', { step: stepRef('icims') });

export interface Problem {
  message: string;
  /** The step that fixes it, or null when no step does (the environment itself). */
  step: StepId | null;
}

/** The facts of one integration at one moment. Packages are judged only when asked for. */
export class IntegrationFacts {
  readonly settings: Settings;
  private selectedCache: PackageView[] | undefined;

  constructor(private readonly d: ReadinessDeps, readonly integrationId: string) {
    this.settings = d.settings.all(integrationId);
  }

  private has(kind: SecretKind): boolean {
    return this.d.vault.has(this.integrationId, kind);
  }

  /** Step 0: a key is saved and Certn accepted it. */
  get certnKeyVerified(): boolean {
    return this.has('certn_api_key') && !!this.settings.certnVerifiedAt;
  }

  get selectedPackages(): PackageView[] {
    return (this.selectedCache ??= this.d.selectedPackages(this.integrationId));
  }

  /** Selected packages that will fail when ordered and have no recorded override. */
  get failingPackages(): PackageView[] {
    return this.selectedPackages.filter((p) => p.verification.verdict.level === 'blocked' && !p.override);
  }

  /** The saved iCIMS Customer ID (older data may hold it as a number), trimmed, or null. */
  get icimsCustomerId(): string | null {
    const raw: unknown = this.settings.icimsCustomerId;
    return typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() || null : null;
  }

  get icims(): { customerId: boolean; username: boolean; password: boolean; verified: boolean; ready: boolean } {
    const customerId = typeof this.settings.icimsCustomerId === 'string';
    const username = this.has('icims_username');
    const password = this.has('icims_password');
    return { customerId, username, password, verified: !!this.settings.icimsVerifiedAt, ready: customerId && username && password };
  }

  get webhook(): { username: boolean; password: boolean; ready: boolean } {
    const username = this.has('webhook_username');
    const password = this.has('webhook_password');
    return { username, password, ready: username && password };
  }

  /** Step 3 is filled in and confirmed as saved in Certn. */
  get savedInCertn(): boolean {
    const s = this.settings;
    return !!s.certnSavedAt && !!s.reportType && !!s.defaultGroupId && this.icims.ready && this.webhook.ready;
  }

  get handoffCount(): number {
    return this.d.handoffs.count(this.integrationId);
  }

  /** What step 3 still needs before it can be confirmed as saved in Certn. */
  missingForCertn(): string[] {
    const missing: string[] = [];
    if (!this.icims.ready) missing.push(t('setup.readiness.forCertn.icims', { number: stepNumber('icims') }));
    if (!this.webhook.username) missing.push(t('setup.readiness.forCertn.webhookUsername'));
    if (!this.webhook.password) missing.push(t('setup.readiness.forCertn.webhookPassword'));
    if (!this.settings.reportType) missing.push(t('setup.readiness.forCertn.reportType'));
    if (!this.settings.defaultGroupId) missing.push(t('setup.readiness.forCertn.defaultGroup'));
    return missing;
  }

  /** Why a handoff cannot be made from what is stored (the endpoint is checked by the handoff itself). */
  handoffProblems(): Problem[] {
    const problems: Problem[] = [];
    const need = (message: string, step: StepId | null) => problems.push({ message, step });
    const { username, password } = this.webhook;
    if (!username && !password) need(missingWebhook(), 'certn');
    else if (!username) need(missingWebhookUsername(), 'certn');
    else if (!password) need(missingWebhookPassword(), 'certn');

    const rows = this.selectedPackages;
    const packages = stepRef('packages');
    if (rows.length === 0) need(missingPackages(), 'packages');
    if (rows.length > MAX_HANDOFF_PACKAGES) need(t('setup.readiness.tooManyPackages', { count: rows.length, max: MAX_HANDOFF_PACKAGES, step: packages }), 'packages');
    for (const r of rows) {
      if (!r.name.trim()) need(t('setup.readiness.packageNoName', { id: r.id, step: packages }), 'packages');
      else if (r.name.length > 200) need(t('setup.readiness.packageNameLong', { name: r.name.slice(0, 40), step: packages }), 'packages');
      if (!/^\S{1,100}$/.test(r.id)) need(t('setup.readiness.packageIdBad', { name: r.name.trim(), step: packages }), 'packages');
      const v = r.verification.verdict;
      if (v.level === 'blocked' && !r.override) need(t('setup.readiness.packageWillFail', { name: r.name.trim(), reasons: v.blockers.join(', '), step: packages }), 'packages');
    }

    const customerId = this.icimsCustomerId;
    if (!customerId) need(missingCustomerId(), 'icims');
    else if (!/^\S{1,100}$/.test(customerId)) need(t('setup.readiness.customerIdBad', { step: stepRef('icims') }), 'icims');
    return problems;
  }

  /** Each step's state and what it still misses, in the sidebar's order. */
  steps(): StepStatus[] {
    const s = this.settings;
    const failing = this.failingPackages;
    const icims = this.icims;
    const webhook = this.webhook;
    const checks: Record<StepId, { label: string; done: boolean }[]> = {
      connect: [{ label: t('setup.readiness.check.keyVerified'), done: this.certnKeyVerified }],
      packages: [
        { label: t('setup.readiness.check.packageSelected'), done: this.selectedPackages.length > 0 },
        // A package that will fail when ordered counts only with an explicit, recorded override.
        ...failing.map((p) => ({ label: t('setup.readiness.check.packageWillFail', { name: p.name.trim(), reasons: p.verification.verdict.blockers.join(', ') }), done: false })),
      ],
      icims: [
        { label: t('setup.readiness.check.customerId'), done: icims.customerId },
        { label: t('setup.readiness.check.icimsUsername'), done: icims.username },
        { label: t('setup.readiness.check.icimsPassword'), done: icims.password },
        { label: t('setup.readiness.check.icimsVerified'), done: icims.verified },
      ],
      certn: [
        { label: t('setup.readiness.check.webhookUsername'), done: webhook.username },
        { label: t('setup.readiness.check.webhookPassword'), done: webhook.password },
        { label: t('setup.readiness.check.reportType'), done: !!s.reportType },
        { label: t('setup.readiness.check.defaultGroup'), done: !!s.defaultGroupId },
        { label: t('setup.readiness.check.savedInCertn'), done: !!s.certnSavedAt },
      ],
      handoff: [{ label: t('setup.readiness.check.handoffSent'), done: this.handoffCount > 0 }],
      golive: [{ label: t('setup.readiness.check.live'), done: !!s.liveVerifiedAt }],
    };
    return STEPS.map(({ id }) => {
      const items = checks[id];
      const missing = items.filter((c) => !c.done).map((c) => c.label);
      const doneCount = items.length - missing.length;
      const state: StepState = id === 'packages' && failing.length ? 'attention' : missing.length === 0 ? 'done' : doneCount > 0 ? 'in_progress' : 'todo';
      return { id, state, summary: t('setup.readiness.summary', { done: doneCount, total: items.length }), missing };
    });
  }
}

/** Reads an integration's facts; one instance per app. */
export class Readiness {
  constructor(private readonly d: ReadinessDeps) {}

  of(integrationId: string): IntegrationFacts {
    return new IntegrationFacts(this.d, integrationId);
  }
}
