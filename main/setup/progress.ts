import type { Services } from '../app';
import { STEPS, type StepId, type StepState } from '../shared/steps';
import { listPackages } from './packages';

export interface StepStatusInfo {
  id: StepId;
  state: StepState;
  summary: string;
  missing: string[];
}

/**
 * Each step's state, derived from what is stored (never stored itself, so it cannot drift).
 * Steps report what is still missing so Go-live can point at it.
 */
export function stepStatuses(s: Services, integrationId: string): StepStatusInfo[] {
  const settings = s.settings.all(integrationId);
  const has = (kind: string) => s.vault.has(integrationId, kind);
  const selected = listPackages(s.setup, integrationId, { selected: true });
  // A package that will fail when ordered counts only with an explicit, recorded override.
  const failing = selected.filter((p) => p.verification.verdict.level === 'blocked' && !p.override);
  const checks: Record<StepId, { label: string; done: boolean }[]> = {
    connect: [
      { label: 'Certn API key verified', done: has('certn_api_key') && !!settings.certnVerifiedAt },
    ],
    packages: [
      { label: 'At least one package selected for iCIMS', done: selected.length > 0 },
      ...failing.map((p) => ({ label: `“${p.name.trim()}” will fail when ordered (${p.verification.verdict.blockers.join(', ')}): unselect it, fix it in Certn, or override`, done: false })),
    ],
    icims: [
      { label: 'iCIMS Customer ID', done: typeof settings.icimsCustomerId === 'string' },
      { label: 'iCIMS username', done: has('icims_username') },
      { label: 'iCIMS password', done: has('icims_password') },
      { label: 'iCIMS credentials verified', done: !!settings.icimsVerifiedAt },
    ],
    certn: [
      { label: 'Webhook username', done: has('webhook_username') },
      { label: 'Webhook password', done: has('webhook_password') },
      { label: 'Report URL type', done: !!settings.reportType },
      { label: 'Default group', done: !!settings.defaultGroupId },
      { label: 'Saved in Certn confirmed', done: !!settings.certnSavedAt },
    ],
    handoff: [{ label: 'Handoff sent to the iCIMS consultant', done: countHandoffs(s, integrationId) > 0 }],
    golive: [{ label: 'Endpoint probe or rehearsal succeeded', done: !!settings.liveVerifiedAt }],
  };
  return STEPS.map(({ id }) => {
    const items = checks[id];
    const missing = items.filter((c) => !c.done).map((c) => c.label);
    const doneCount = items.length - missing.length;
    const state: StepState = id === 'packages' && failing.length ? 'attention' : missing.length === 0 ? 'done' : doneCount > 0 ? 'in_progress' : 'todo';
    return { id, state, summary: `${doneCount} of ${items.length} done`, missing };
  });
}

function countHandoffs(s: Services, id: string): number {
  return (s.db.prepare('SELECT COUNT(*) AS n FROM handoffs WHERE integration_id = ?').get(id) as { n: number }).n;
}
