import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { stepNumber } from '../../shared/steps';
import { stepRef } from '../../shared/step-ref';
import type { ReportType, SettingsPatch } from '../../store/settings';
import type { ConnectionStep } from '../../ipc/contract/setup';
import type { Handlers } from '../../ipc/contract';
import type { StepDeps } from '../deps';
import { t } from '../../shared/i18n';

// Step 3, Certn connection: Certn's side (Settings → Integrations → Add next to iCIMS). The webhook
// username and password are shown by Certn once, so each is sealed in the vault as soon as typed.
type D = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'settings' | 'vault' | 'groups' | 'apis' | 'readiness'>;
type Step = z.infer<typeof ConnectionStep>;

export function connectionStep(d: D, id: string): Step {
  const facts = d.readiness.of(id);
  const settings = facts.settings;
  const groups = d.groups.tree(id);
  const reportType = settings.reportType ?? null;
  const defaultGroupId = settings.defaultGroupId ?? null;
  const certnSavedAt = settings.certnSavedAt ?? null;
  const applied = settings.certnApplied;
  const groupName = (gid: string | null) => (gid ? (groups.find((g) => g.id === gid)?.name ?? gid) : null);
  const pendingChanges: { field: string; from: string | null; to: string | null }[] = [];
  if (certnSavedAt && applied) {
    if (applied.reportType !== reportType) pendingChanges.push({ field: t('setup.certn.field.reportType'), from: applied.reportType, to: reportType });
    if (applied.defaultGroupId !== defaultGroupId) pendingChanges.push({ field: t('setup.certn.field.group'), from: groupName(applied.defaultGroupId), to: groupName(defaultGroupId) });
  }
  return {
    hasWebhookUsername: facts.webhook.username,
    hasWebhookPassword: facts.webhook.password,
    webhookSavedAt: settings.webhookSavedAt ?? null,
    reportType,
    defaultGroupId,
    defaultGroupName: groupName(defaultGroupId),
    groups,
    certnSavedAt,
    pendingChanges,
    icimsReady: facts.icims.ready,
    canDoItForMe: d.apis.isSimulator(id),
    // What the last action did that the screen cannot show otherwise (set by "Do it for me").
    notice: null,
  };
}

export async function syncGroups(d: D, id: string): Promise<Step> {
  const client = await d.apis.certn(id);
  const groups = await client.listGroups();
  d.tx(() => {
    const written = d.groups.replace(id, groups);
    d.audit.record('groups.synced', id, { count: groups.length, written });
  });
  return connectionStep(d, id);
}

export function saveWebhookField(d: D, id: string, field: 'username' | 'password', value: string): Step {
  if (field === 'username' && /\s/.test(value.trim())) {
    throw new AppError('webhook_username', t('setup.certn.usernameSpaces'), t('setup.certn.usernameSpaces.hint'));
  }
  d.vault.put(id, field === 'username' ? 'webhook_username' : 'webhook_password', field === 'username' ? value.trim() : value);
  d.settings.set(id, { webhookSavedAt: d.clock.now().toISOString() });
  return connectionStep(d, id);
}

export function setOptions(d: D, id: string, o: { reportType?: ReportType; defaultGroupId?: string }): Step {
  if (o.defaultGroupId !== undefined) {
    const g = d.groups.tree(id).find((x) => x.id === o.defaultGroupId);
    if (!g) throw new AppError('group_unknown', t('setup.certn.groupUnknown'), t('setup.certn.groupUnknown.hint'));
    if (!g.isActive) throw new AppError('group_inactive', t('setup.certn.groupInactive', { name: g.name }), t('setup.certn.groupInactive.hint'));
  }
  const patch: SettingsPatch = {};
  if (o.reportType) patch.reportType = o.reportType;
  if (o.defaultGroupId) patch.defaultGroupId = o.defaultGroupId;
  d.tx(() => {
    d.settings.set(id, patch);
    d.audit.record('connection.options_set', id, { ...patch });
  });
  return connectionStep(d, id);
}

export function confirmSaved(d: D, id: string): Step {
  const facts = d.readiness.of(id);
  const missing = facts.missingForCertn();
  if (missing.length) throw new AppError('connection_incomplete', t('setup.certn.incomplete', { missing: missing.join(', ') }), t('setup.certn.incomplete.hint'));
  const s = facts.settings;
  const applied = { reportType: s.reportType ?? null, defaultGroupId: s.defaultGroupId ?? null };
  d.tx(() => {
    d.settings.set(id, { certnSavedAt: d.clock.now().toISOString(), certnApplied: applied });
    d.audit.record('connection.saved_in_certn', id, { reportType: s.reportType, defaultGroupId: s.defaultGroupId });
  });
  return connectionStep(d, id);
}

export function copyIcimsValue(d: D, id: string, field: 'customerId' | 'username' | 'password'): { value: string } {
  if (field === 'customerId') {
    const v = d.settings.get(id, 'icimsCustomerId');
    if (!v) throw new AppError('icims_missing', t('setup.certn.customerIdMissing'), t('setup.certn.customerIdMissing.hint', { step: stepRef('icims') }));
    d.audit.record('icims.customer_id_copied', id);
    return { value: v };
  }
  return { value: d.vault.reveal(id, field === 'username' ? 'icims_username' : 'icims_password', 'copy') };
}

/** Local simulator: perform the portal form through the simulator's admin API. */
export async function doItForMe(d: D, id: string): Promise<Step> {
  const sim = await d.apis.simulator(id);
  const step = connectionStep(d, id);
  if (!step.icimsReady) throw new AppError('icims_missing', t('setup.certn.icimsMissing'), t('setup.certn.icimsMissing.hint', { number: stepNumber('icims') }));
  if (!step.groups.length) await syncGroups(d, id);
  const groups = d.groups.tree(id);
  const reportType = step.reportType ?? 'PDF';
  const groupId = step.defaultGroupId ?? groups.find((g) => g.isActive)!.id;
  setOptions(d, id, { reportType, defaultGroupId: groupId });
  // Webhook credentials the admin already typed are the ones the simulated portal uses, as in the
  // real flow where the admin copies what Certn showed; only what is missing is generated.
  const typed = {
    username: step.hasWebhookUsername ? d.vault.read(id, 'webhook_username') : undefined,
    password: step.hasWebhookPassword ? d.vault.read(id, 'webhook_password') : undefined,
  };
  const created = await sim.admin.createIcimsIntegration({
    icims_customer_id: d.settings.get(id, 'icimsCustomerId')!,
    icims_username: d.vault.read(id, 'icims_username'),
    icims_password: d.vault.read(id, 'icims_password'),
    report_type: reportType,
    default_group_id: groupId,
    ...(typed.username ? { webhook_username: typed.username } : {}),
    ...(typed.password ? { webhook_password: typed.password } : {}),
  });
  const generated: ('username' | 'password')[] = [];
  for (const field of ['username', 'password'] as const) {
    if (typed[field]) continue;
    saveWebhookField(d, id, field, field === 'username' ? created.webhook_username : created.webhook_password);
    generated.push(field);
  }
  d.audit.record('connection.done_in_simulator', id, { reportType, generated });
  const done = confirmSaved(d, id);
  done.notice =
    generated.length === 0
      ? t('setup.certn.simulated.typed')
      : generated.length === 2
        ? t('setup.certn.simulated.generatedBoth')
        : t('setup.certn.simulated.generatedOne', { generated: generated[0] });
  return done;
}

/** Step 3's service: the `connection` domain of the contract. */
export function certnStep(d: D): Handlers['connection'] {
  return {
    get: ({ integrationId }) => connectionStep(d, integrationId),
    syncGroups: ({ integrationId }) => syncGroups(d, integrationId),
    saveWebhookField: ({ integrationId, field, value }) => saveWebhookField(d, integrationId, field, value),
    setOptions: ({ integrationId, ...o }) => setOptions(d, integrationId, o),
    confirmSaved: ({ integrationId }) => confirmSaved(d, integrationId),
    copyIcimsValue: ({ integrationId, field }) => copyIcimsValue(d, integrationId, field),
    doItForMe: ({ integrationId }) => doItForMe(d, integrationId),
  };
}
