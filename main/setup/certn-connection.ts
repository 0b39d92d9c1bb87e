import { AppError } from '../shared/errors';
import type { SetupContext } from './context';
import { groupTree, storeGroups } from './groups';

// Step 3: Certn's side of the connection (Settings → Integrations → Add next to iCIMS). The webhook
// username and password are shown by Certn once, so each is sealed in the vault as soon as typed.
type ReportType = 'PDF' | 'PORTAL';
interface Applied {
  reportType: ReportType | null;
  defaultGroupId: string | null;
}

export function connectionStep(ctx: SetupContext, id: string) {
  const settings = ctx.s.settings.all(id);
  const groups = groupTree(ctx.s.db, id);
  const reportType = (settings.reportType as ReportType | undefined) ?? null;
  const defaultGroupId = (settings.defaultGroupId as string | undefined) ?? null;
  const certnSavedAt = (settings.certnSavedAt as string | undefined) ?? null;
  const applied = settings.certnApplied as Applied | undefined;
  const groupName = (gid: string | null) => (gid ? (groups.find((g) => g.id === gid)?.name ?? gid) : null);
  const pendingChanges: { field: string; from: string | null; to: string | null }[] = [];
  if (certnSavedAt && applied) {
    if (applied.reportType !== reportType) pendingChanges.push({ field: 'Report URL Type', from: applied.reportType, to: reportType });
    if (applied.defaultGroupId !== defaultGroupId) pendingChanges.push({ field: 'Group', from: groupName(applied.defaultGroupId), to: groupName(defaultGroupId) });
  }
  const icimsReady = typeof settings.icimsCustomerId === 'string' && ctx.s.vault.has(id, 'icims_username') && ctx.s.vault.has(id, 'icims_password');
  return {
    hasWebhookUsername: ctx.s.vault.has(id, 'webhook_username'),
    hasWebhookPassword: ctx.s.vault.has(id, 'webhook_password'),
    webhookSavedAt: (settings.webhookSavedAt as string | undefined) ?? null,
    reportType,
    defaultGroupId,
    defaultGroupName: groupName(defaultGroupId),
    groups,
    certnSavedAt,
    pendingChanges,
    icimsReady,
    canDoItForMe: ctx.isSimulator(id),
    /** What the last action did that the screen cannot show otherwise (set by "Do it for me"). */
    notice: null as string | null,
  };
}

export async function syncGroups(ctx: SetupContext, id: string) {
  const client = await ctx.certn(id);
  const groups = await client.listGroups();
  ctx.s.db.transaction(() => {
    storeGroups(ctx.s.db, id, groups);
    ctx.record('groups.synced', id, { count: groups.length });
  })();
  return connectionStep(ctx, id);
}

export function saveWebhookField(ctx: SetupContext, id: string, field: 'username' | 'password', value: string) {
  if (field === 'username' && /\s/.test(value.trim())) {
    throw new AppError('webhook_username', 'The webhook username has spaces inside it.', 'Copy it again from Certn: it is one word.');
  }
  ctx.s.vault.put(id, field === 'username' ? 'webhook_username' : 'webhook_password', field === 'username' ? value.trim() : value);
  ctx.s.settings.set(id, { webhookSavedAt: ctx.now().toISOString() });
  return connectionStep(ctx, id);
}

export function setOptions(ctx: SetupContext, id: string, o: { reportType?: ReportType; defaultGroupId?: string }) {
  if (o.defaultGroupId !== undefined) {
    const g = groupTree(ctx.s.db, id).find((x) => x.id === o.defaultGroupId);
    if (!g) throw new AppError('group_unknown', 'That group is not in this account’s list.', 'Sync the groups again and pick one from the list.');
    if (!g.isActive) throw new AppError('group_inactive', `The group “${g.name}” is inactive in Certn.`, 'Pick an active group: checks ordered through iCIMS land in it.');
  }
  const patch: Record<string, unknown> = {};
  if (o.reportType) patch.reportType = o.reportType;
  if (o.defaultGroupId) patch.defaultGroupId = o.defaultGroupId;
  ctx.s.db.transaction(() => {
    ctx.s.settings.set(id, patch);
    ctx.record('connection.options_set', id, { ...patch });
  })();
  return connectionStep(ctx, id);
}

export function missingForCertn(ctx: SetupContext, id: string): string[] {
  const step = connectionStep(ctx, id);
  const missing: string[] = [];
  if (!step.icimsReady) missing.push('the three iCIMS values (step 2)');
  if (!step.hasWebhookUsername) missing.push('the webhook username');
  if (!step.hasWebhookPassword) missing.push('the webhook password');
  if (!step.reportType) missing.push('the Report URL Type');
  if (!step.defaultGroupId) missing.push('the default group');
  return missing;
}

export function confirmSaved(ctx: SetupContext, id: string) {
  const missing = missingForCertn(ctx, id);
  if (missing.length) throw new AppError('connection_incomplete', `Before confirming, the console still needs ${missing.join(', ')}.`, 'Fill them in above, exactly as entered in Certn.');
  const s = ctx.s.settings.all(id);
  ctx.s.db.transaction(() => {
    ctx.s.settings.set(id, { certnSavedAt: ctx.now().toISOString(), certnApplied: { reportType: s.reportType, defaultGroupId: s.defaultGroupId } });
    ctx.record('connection.saved_in_certn', id, { reportType: s.reportType, defaultGroupId: s.defaultGroupId });
  })();
  return connectionStep(ctx, id);
}

export function copyIcimsValue(ctx: SetupContext, id: string, field: 'customerId' | 'username' | 'password'): { value: string } {
  if (field === 'customerId') {
    const v = ctx.s.settings.get<string>(id, 'icimsCustomerId');
    if (!v) throw new AppError('icims_missing', 'The iCIMS Customer ID is not saved yet.', 'Enter it in step 2, iCIMS request.');
    ctx.record('icims.customer_id_copied', id);
    return { value: v };
  }
  return { value: ctx.s.vault.reveal(id, field === 'username' ? 'icims_username' : 'icims_password', 'copy') };
}

/** Local simulator: perform the portal form through the simulator's admin API. */
export async function doItForMe(ctx: SetupContext, id: string) {
  const sim = await ctx.simulator(id);
  const step = connectionStep(ctx, id);
  if (!step.icimsReady) throw new AppError('icims_missing', 'The iCIMS values are not saved yet.', 'In step 2, use the simulated iCIMS account first.');
  if (!step.groups.length) await syncGroups(ctx, id);
  const groups = groupTree(ctx.s.db, id);
  const reportType = step.reportType ?? 'PDF';
  const groupId = step.defaultGroupId ?? groups.find((g) => g.isActive)!.id;
  setOptions(ctx, id, { reportType, defaultGroupId: groupId });
  // Webhook credentials the admin already typed are the ones the simulated portal uses, as in the
  // real flow where the admin copies what Certn showed; only what is missing is generated.
  const typed = {
    username: step.hasWebhookUsername ? ctx.s.vault.read(id, 'webhook_username') : undefined,
    password: step.hasWebhookPassword ? ctx.s.vault.read(id, 'webhook_password') : undefined,
  };
  const created = await sim.admin.createIcimsIntegration({
    icims_customer_id: ctx.s.settings.get<string>(id, 'icimsCustomerId')!,
    icims_username: ctx.s.vault.read(id, 'icims_username'),
    icims_password: ctx.s.vault.read(id, 'icims_password'),
    report_type: reportType,
    default_group_id: groupId,
    ...(typed.username ? { webhook_username: typed.username } : {}),
    ...(typed.password ? { webhook_password: typed.password } : {}),
  });
  const generated: ('username' | 'password')[] = [];
  for (const field of ['username', 'password'] as const) {
    if (typed[field]) continue;
    saveWebhookField(ctx, id, field, field === 'username' ? created.webhook_username : created.webhook_password);
    generated.push(field);
  }
  ctx.record('connection.done_in_simulator', id, { reportType, generated });
  const done = confirmSaved(ctx, id);
  done.notice = generated.length === 0
    ? 'The simulated portal used the webhook username and password you entered; the vault, the simulator and the handoff all hold those.'
    : `The simulated portal generated the webhook ${generated.join(' and ')}${generated.length === 1 ? ` and used the ${typed.username ? 'username' : 'password'} you entered` : ''}. They are now in the vault (not shown here), and the simulator and the handoff use them.`;
  return done;
}
