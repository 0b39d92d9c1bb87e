import { AppError } from '../shared/errors';
import type { Simulator, SimulatorOptions } from '../simulator';
import type { SettingsRepo } from '../store/settings';
import type { PlansRepo } from '../store/plans';
import type { Vault } from '../vault/vault';
import type { Readiness } from './readiness';

export interface RestoreDeps {
  vault: Pick<Vault, 'status' | 'has' | 'read'>;
  settings: Pick<SettingsRepo, 'all'>;
  plans: Pick<PlansRepo, 'made'>;
  readiness: Readiness;
}

/**
 * The credentials a simulator integration already saved, so a restarted simulator accepts them
 * again (read only while the vault is open; otherwise the simulator starts with fresh ones).
 */
export function savedSimulatorCredentials(d: RestoreDeps, id: string): SimulatorOptions['credentials'] {
  const v = d.vault;
  if (v.status().locked) return {};
  const settings = d.settings.all(id);
  const creds: NonNullable<SimulatorOptions['credentials']> = {};
  if (v.has(id, 'certn_api_key')) creds.certnApiKey = v.read(id, 'certn_api_key');
  // A SendSafely account connected to this simulator keeps working after a restart (new port, same key).
  if (settings.sendsafelyHost === 'simulator' && v.has(id, 'sendsafely_api_key') && v.has(id, 'sendsafely_api_secret')) {
    creds.sendsafelyApiKey = v.read(id, 'sendsafely_api_key');
    creds.sendsafelyApiSecret = v.read(id, 'sendsafely_api_secret');
  }
  if (settings.icimsHosting === 'simulator' && typeof settings.icimsCustomerId === 'string') {
    creds.icimsCustomerId = settings.icimsCustomerId;
    if (v.has(id, 'icims_username')) creds.icimsUsername = v.read(id, 'icims_username');
    if (v.has(id, 'icims_password')) creds.icimsPassword = v.read(id, 'icims_password');
  }
  // An id chosen in the rehearsal settings (to replay a real event) wins over the seeded one.
  if (typeof settings.simIcimsCustomerId === 'string') creds.icimsCustomerId = settings.simIcimsCustomerId;
  return creds;
}

/**
 * Brings a freshly started simulator back to what the admin already did in its "portals", from the
 * console's own records: packages made through the console, the iCIMS connection in Certn with the
 * saved webhook credentials, report type and group, and the iCIMS event notifications. Candidates
 * and cases are rehearsal data and start empty.
 */
export async function restoreSimulator(d: RestoreDeps, id: string, sim: Simulator): Promise<void> {
  if (d.vault.status().locked) return;
  for (const p of d.plans.made(id)) {
    await sim.admin
      .createPackage({ id: p.packageId!, name: p.name, description: p.description, use_for_ats: true, check_types: p.checkTypes, tags: p.tags })
      .catch((e) => {
        if (!(e instanceof AppError && e.status === 422)) throw e;
      });
  }
  const facts = d.readiness.of(id);
  const settings = facts.settings;
  if (!facts.savedInCertn) return;
  await sim.admin.createIcimsIntegration({
    icims_customer_id: settings.icimsCustomerId!,
    icims_username: d.vault.read(id, 'icims_username'),
    icims_password: d.vault.read(id, 'icims_password'),
    report_type: settings.reportType!,
    default_group_id: settings.defaultGroupId!,
    webhook_username: d.vault.read(id, 'webhook_username'),
    webhook_password: d.vault.read(id, 'webhook_password'),
  });
  if (settings.simEventsConfiguredAt) {
    const statuses = await sim.admin.statuses();
    await sim.admin.configureEventNotifications({
      url: `${sim.certnUrl}/api/external/ats/icims/webhook/`,
      username: d.vault.read(id, 'webhook_username'),
      password: d.vault.read(id, 'webhook_password'),
      triggerStatusId: statuses.suggestedTriggerStatusId,
    });
  }
}
