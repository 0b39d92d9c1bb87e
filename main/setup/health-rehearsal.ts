// The health watch in the local simulator: each check made to fail the way it fails in real life
// (a package renamed in the portal, a key revoked or past its 365 days, the iCIMS connection removed,
// an invite that bounced, orders that stopped), and put right again, through the simulator's admin API.
import { AppError } from '../shared/errors';
import { calendarDate } from '../shared/time';
import type { Clock } from '../shared/clock';
import { stepRef } from '../shared/step-ref';
import type { AuditLog } from '../store/audit';
import type { HealthRepo } from '../store/health';
import type { SettingsRepo } from '../store/settings';
import type { Vault } from '../vault/vault';
import type { HealthRehearsal } from '../ipc/contract/health';
import type { IntegrationApis } from './apis';
import { t } from '../shared/i18n';

export interface HealthRehearsalDeps {
  apis: IntegrationApis;
  vault: Pick<Vault, 'read' | 'has' | 'put'>;
  settings: Pick<SettingsRepo, 'all' | 'set'>;
  repo: Pick<HealthRepo, 'latestHandoff'>;
  audit: Pick<AuditLog, 'record'>;
  clock: Clock;
}

const DAY = 86_400_000;
const STUCK = new Set(['INVITE_UNDELIVERABLE', 'APPLICANT_ACTION_REQUIRED', 'CLIENT_ACTION_REQUIRED', 'APPLICANT_EXPIRED', 'APPLICANT_INVITED']);
/** What the rename adds: visible in a list, yet enough to break iCIMS's exact match. */
export const RENAME_SUFFIX = ' (renamed)';

export async function rehearseHealth(d: HealthRehearsalDeps, id: string, action: HealthRehearsal, undo: boolean): Promise<void> {
  const sim = await d.apis.simulator(id);
  const handed = d.repo.latestHandoff(id)?.packages ?? [];
  const pkg = (n: number) => {
    const p = handed[Math.min(n, handed.length - 1)];
    if (!p) throw new AppError('handoff_missing', t('setup.healthRehearsal.noHandoff'), t('setup.healthRehearsal.noHandoff.hint', { step: stepRef('handoff') }));
    return p;
  };
  const key = () => d.vault.read(id, 'certn_api_key');
  const { now } = await sim.admin.clock();
  switch (action) {
    case 'rename-package':
      await sim.admin.editPackage(pkg(0).id, { name: undo ? pkg(0).name : pkg(0).name + RENAME_SUFFIX });
      break;
    case 'deactivate-package':
      await sim.admin.editPackage(pkg(1).id, { is_active: undo });
      break;
    case 'ats-off':
      await sim.admin.editPackage(pkg(1).id, { use_for_ats: undo });
      break;
    case 'revoke-key':
      if (undo) {
        // A revoked key never comes back: the admin makes a new one in the portal and enters it.
        const made = await sim.admin.issueApiKey();
        d.vault.put(id, 'certn_api_key', made.api_key);
        d.settings.set(id, { certnKeyCreatedOn: calendarDate(d.clock.now()), certnVerifiedAt: d.clock.now().toISOString() });
      } else {
        await sim.admin.revokeApiKey(key().split('.')[0]);
      }
      break;
    case 'expire-key': {
      // As if the key had been made 366 days ago (or today): in Certn, and as the admin recorded it.
      const made = undo ? now : new Date(Date.parse(now) - 366 * DAY).toISOString();
      await sim.admin.setApiKeyCreated(key(), made);
      d.settings.set(id, { certnKeyCreatedOn: calendarDate(undo ? d.clock.now() : new Date(d.clock.now().getTime() - 366 * DAY)) });
      break;
    }
    case 'drop-webhook':
      if (undo) await restoreConnection(d, id, sim);
      else await sim.admin.removeIcimsIntegration();
      break;
    case 'stuck-case':
      if (undo) {
        for (const c of await sim.admin.listCases()) if (STUCK.has(c.overall_status)) await sim.admin.setCaseStatus(c.id, 'COMPLETE');
      } else {
        const c = await sim.admin.seedCase({ overall_status: 'APPLICANT_INVITED', first_name: 'Robin', last_name: 'Bounce', email_address: 'robin.bounce@example.invalid' });
        await sim.admin.setCaseStatus(c.id, 'INVITE_UNDELIVERABLE');
      }
      break;
    case 'silent-orders':
      if (undo) {
        for (let n = 0; n < 3; n++) await sim.admin.seedCase({ overall_status: 'COMPLETE', created: new Date(Date.parse(now) - n * 3_600_000).toISOString() });
      } else {
        // Two quiet days pass on Certn's clock, after two weeks of steady orders.
        const { now: later } = await sim.admin.advanceClock(2 * DAY + 3_600_000);
        for (let day = 3; day <= 16; day++) {
          for (let n = 0; n < 2; n++) await sim.admin.seedCase({ overall_status: 'COMPLETE', created: new Date(Date.parse(later) - day * DAY - n * 3_600_000).toISOString() });
        }
      }
      break;
  }
  d.audit.record(undo ? 'health.rehearsal_undone' : 'health.rehearsal_broken', id, { action });
}

/** Puts back the iCIMS connection in Certn with the webhook credentials the consultant was given. */
async function restoreConnection(d: HealthRehearsalDeps, id: string, sim: Awaited<ReturnType<IntegrationApis['simulator']>>): Promise<void> {
  if (await sim.admin.getIcimsIntegration()) return;
  const s = d.settings.all(id);
  if (!s.icimsCustomerId || !s.defaultGroupId || !s.reportType) throw new AppError('connection_missing', t('setup.healthRehearsal.noConnection'), t('setup.healthRehearsal.noConnection.hint', { step: stepRef('certn') }));
  await sim.admin.createIcimsIntegration({
    icims_customer_id: s.icimsCustomerId,
    icims_username: d.vault.read(id, 'icims_username'),
    icims_password: d.vault.read(id, 'icims_password'),
    report_type: s.reportType,
    default_group_id: s.defaultGroupId,
    webhook_username: d.vault.read(id, 'webhook_username'),
    webhook_password: d.vault.read(id, 'webhook_password'),
  });
}
