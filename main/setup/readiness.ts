// i18n-pending: its words are moving to the message catalogs.
import { STEPS, stepNumber, type StepId, type StepState } from '../shared/steps';
import { stepRef } from '../shared/step-ref';
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

export const MISSING_WEBHOOK = `The webhook username and password from Certn are not saved: go to ${stepRef('certn')}.`;
export const MISSING_WEBHOOK_USERNAME = `The webhook username from Certn is not saved: go to ${stepRef('certn')}.`;
export const MISSING_WEBHOOK_PASSWORD = `The webhook password from Certn is not saved: go to ${stepRef('certn')}.`;
export const MISSING_PACKAGES = `No package is selected for iCIMS: go to ${stepRef('packages')}, and select at least one.`;
export const MISSING_CUSTOMER_ID = `The iCIMS Customer ID is not saved: go to ${stepRef('icims')}.`;

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
    if (!this.icims.ready) missing.push(`the three iCIMS values (step ${stepNumber('icims')})`);
    if (!this.webhook.username) missing.push('the webhook username');
    if (!this.webhook.password) missing.push('the webhook password');
    if (!this.settings.reportType) missing.push('the Report URL Type');
    if (!this.settings.defaultGroupId) missing.push('the default group');
    return missing;
  }

  /** Why a handoff cannot be made from what is stored (the endpoint is checked by the handoff itself). */
  handoffProblems(): Problem[] {
    const problems: Problem[] = [];
    const need = (message: string, step: StepId | null) => problems.push({ message, step });
    const { username, password } = this.webhook;
    if (!username && !password) need(MISSING_WEBHOOK, 'certn');
    else if (!username) need(MISSING_WEBHOOK_USERNAME, 'certn');
    else if (!password) need(MISSING_WEBHOOK_PASSWORD, 'certn');

    const rows = this.selectedPackages;
    const packages = stepRef('packages');
    if (rows.length === 0) need(MISSING_PACKAGES, 'packages');
    if (rows.length > MAX_HANDOFF_PACKAGES) need(`${rows.length} packages are selected; a handoff holds at most ${MAX_HANDOFF_PACKAGES}: unselect some in ${packages}.`, 'packages');
    for (const r of rows) {
      if (!r.name.trim()) need(`A selected package (ID ${r.id}) has no name: check it in ${packages}.`, 'packages');
      else if (r.name.length > 200) need(`The package “${r.name.slice(0, 40)}…” has a name longer than 200 characters: check it in ${packages}.`, 'packages');
      if (!/^\S{1,100}$/.test(r.id)) need(`The package “${r.name.trim()}” has an ID with spaces or over 100 characters: check it in ${packages}.`, 'packages');
      const v = r.verification.verdict;
      if (v.level === 'blocked' && !r.override) need(`The package “${r.name.trim()}” will fail when ordered (${v.blockers.join(', ')}): in ${packages}, unselect it, fix it in Certn, or select it anyway with an override.`, 'packages');
    }

    const customerId = this.icimsCustomerId;
    if (!customerId) need(MISSING_CUSTOMER_ID, 'icims');
    else if (!/^\S{1,100}$/.test(customerId)) need(`The iCIMS Customer ID contains spaces or is over 100 characters: correct it in ${stepRef('icims')}.`, 'icims');
    return problems;
  }

  /** Each step's state and what it still misses, in the sidebar's order. */
  steps(): StepStatus[] {
    const s = this.settings;
    const failing = this.failingPackages;
    const icims = this.icims;
    const webhook = this.webhook;
    const checks: Record<StepId, { label: string; done: boolean }[]> = {
      connect: [{ label: 'Certn API key verified', done: this.certnKeyVerified }],
      packages: [
        { label: 'At least one package selected for iCIMS', done: this.selectedPackages.length > 0 },
        // A package that will fail when ordered counts only with an explicit, recorded override.
        ...failing.map((p) => ({ label: `“${p.name.trim()}” will fail when ordered (${p.verification.verdict.blockers.join(', ')}): unselect it, fix it in Certn, or override`, done: false })),
      ],
      icims: [
        { label: 'iCIMS Customer ID', done: icims.customerId },
        { label: 'iCIMS username', done: icims.username },
        { label: 'iCIMS password', done: icims.password },
        { label: 'iCIMS credentials verified', done: icims.verified },
      ],
      certn: [
        { label: 'Webhook username', done: webhook.username },
        { label: 'Webhook password', done: webhook.password },
        { label: 'Report URL type', done: !!s.reportType },
        { label: 'Default group', done: !!s.defaultGroupId },
        { label: 'Saved in Certn confirmed', done: !!s.certnSavedAt },
      ],
      handoff: [{ label: 'Handoff sent to the iCIMS consultant', done: this.handoffCount > 0 }],
      golive: [{ label: 'Endpoint probe or rehearsal succeeded', done: !!s.liveVerifiedAt }],
    };
    return STEPS.map(({ id }) => {
      const items = checks[id];
      const missing = items.filter((c) => !c.done).map((c) => c.label);
      const doneCount = items.length - missing.length;
      const state: StepState = id === 'packages' && failing.length ? 'attention' : missing.length === 0 ? 'done' : doneCount > 0 ? 'in_progress' : 'todo';
      return { id, state, summary: `${doneCount} of ${items.length} done`, missing };
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
