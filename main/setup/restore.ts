import { AppError } from '../shared/errors';
import type { Simulator, SimulatorOptions } from '../simulator';
import type { SetupContext } from './context';

/**
 * The credentials a simulator integration already saved, so a restarted simulator accepts them
 * again (read only while the vault is open; otherwise the simulator starts with fresh ones).
 */
export function savedSimulatorCredentials(ctx: SetupContext, id: string): SimulatorOptions['credentials'] {
  const v = ctx.s.vault;
  if (v.status().locked) return {};
  const settings = ctx.s.settings.all(id);
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
export async function restoreSimulator(ctx: SetupContext, id: string, sim: Simulator): Promise<void> {
  const s = ctx.s;
  if (s.vault.status().locked) return;
  const settings = s.settings.all(id);
  const planned = s.db.prepare('SELECT p.package_id AS id, p.name, p.description, p.check_types, p.tags FROM package_plans p WHERE p.integration_id = ? AND p.package_id IS NOT NULL').all(id) as {
    id: string; name: string; description: string; check_types: string; tags: string;
  }[];
  for (const p of planned) {
    await sim.admin
      .createPackage({ id: p.id, name: p.name, description: p.description, use_for_ats: true, check_types: JSON.parse(p.check_types), tags: JSON.parse(p.tags) })
      .catch((e) => {
        if (!(e instanceof AppError && e.status === 422)) throw e;
      });
  }
  const has = (k: string) => s.vault.has(id, k);
  if (settings.certnSavedAt && settings.reportType && settings.defaultGroupId && typeof settings.icimsCustomerId === 'string' && has('icims_username') && has('icims_password') && has('webhook_username') && has('webhook_password')) {
    await sim.admin.createIcimsIntegration({
      icims_customer_id: settings.icimsCustomerId,
      icims_username: s.vault.read(id, 'icims_username'),
      icims_password: s.vault.read(id, 'icims_password'),
      report_type: settings.reportType as 'PDF' | 'PORTAL',
      default_group_id: settings.defaultGroupId as string,
      webhook_username: s.vault.read(id, 'webhook_username'),
      webhook_password: s.vault.read(id, 'webhook_password'),
    });
    if (settings.simEventsConfiguredAt) {
      const statuses = await sim.admin.statuses();
      await sim.admin.configureEventNotifications({
        url: `${sim.certnUrl}/api/external/ats/icims/webhook/`,
        username: s.vault.read(id, 'webhook_username'),
        password: s.vault.read(id, 'webhook_password'),
        triggerStatusId: statuses.suggestedTriggerStatusId,
      });
    }
  }
}
