// Export and import of an integration's non-secret configuration, so an implementer can move it to
// another machine or hand a template to a colleague. The file is JSON with a schema version; it
// never carries a secret (secrets travel only in an encrypted handoff): the webhook pair, API keys
// and iCIMS credentials must be entered again on the new machine.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../shared/errors';
import { ENVIRONMENTS } from '../shared/regions';
import type { ConfigRowsRepo } from '../store/config-rows';
import { fileSlug } from '../shared/slug';
import type { StepDeps } from './deps';
import { t } from '../shared/i18n';
import { issueReason, parseOptions } from '../shared/i18n/zod-issues';

export type ConfigDeps = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'integrations' | 'settings'> & { configRows: ConfigRowsRepo };

export const CONFIG_FORMAT = 'certn-icims-console/integration-config';
export const CONFIG_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().max(max);
const Package = z.strictObject({
  id: z.string().min(1).max(100),
  name: text(200),
  description: text(2000),
  isActive: z.boolean().nullable(),
  useForAts: z.boolean().nullable(),
  tags: z.array(text(100)).max(100),
  checkTypes: z.array(text(100)).max(100),
  selected: z.boolean(),
});
const Group = z.strictObject({ id: z.string().min(1).max(100), shortId: text(100).nullable(), parentId: text(100).nullable(), name: text(300), isActive: z.boolean() });
const Milestone = z.strictObject({ kind: z.enum(['requested', 'consultant', 'credentials']), at: z.iso.datetime(), data: z.record(text(100), text(500)) });
const Plan = z.strictObject({ name: text(200), description: text(2000), checkTypes: z.array(text(100)).max(100), tags: z.array(text(100)).max(100), packageId: text(100).nullable() });

/** Version 1. Strict: a field this version does not know (a pasted password, say) is refused. */
export const ConfigFileV1 = z.strictObject({
  format: z.literal(CONFIG_FORMAT),
  schemaVersion: z.literal(1),
  exportedAt: z.iso.datetime(),
  integration: z.strictObject({ name: z.string().trim().min(1).max(100), environment: z.enum(ENVIRONMENTS) }),
  company: text(200).nullable(),
  icims: z.strictObject({ customerId: z.string().regex(/^\d{1,12}$/).nullable(), hosting: z.enum(['us', 'eu', 'simulator']).nullable() }),
  certn: z.strictObject({ reportType: z.enum(['PDF', 'PORTAL']).nullable(), defaultGroupId: text(100).nullable(), atsConfirmed: z.array(text(100)).max(5000) }),
  packages: z.array(Package).max(5000),
  groups: z.array(Group).max(5000),
  milestones: z.array(Milestone).max(10),
  packagePlans: z.array(Plan).max(500),
});
export type ConfigFileV1 = z.infer<typeof ConfigFileV1>;

export function exportConfig(d: ConfigDeps, id: string): { fileName: string; json: string } {
  const integration = d.integrations.get(id);
  const s = d.settings.all(id);
  const rows = d.configRows.read(id);
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const file: ConfigFileV1 = {
    format: CONFIG_FORMAT,
    schemaVersion: CONFIG_SCHEMA_VERSION,
    exportedAt: d.clock.now().toISOString(),
    integration: { name: integration.name, environment: integration.environment },
    company: str(s.company),
    icims: { customerId: str(s.icimsCustomerId), hosting: str(s.icimsHosting) as ConfigFileV1['icims']['hosting'] },
    certn: { reportType: str(s.reportType) as ConfigFileV1['certn']['reportType'], defaultGroupId: str(s.defaultGroupId), atsConfirmed: Array.isArray(s.atsConfirmed) ? (s.atsConfirmed as string[]) : [] },
    packages: rows.packages,
    groups: rows.groups,
    milestones: rows.milestones.filter((m) => ['requested', 'consultant', 'credentials'].includes(m.kind)) as ConfigFileV1['milestones'],
    packagePlans: rows.plans,
  };
  // Checked on the way out too: a file this console writes must be one it can read back.
  ConfigFileV1.parse(file);
  d.audit.record('config.exported', id, { schemaVersion: CONFIG_SCHEMA_VERSION, packageCount: file.packages.length });
  return { fileName: `${fileSlug(integration.name)}-config.json`, json: JSON.stringify(file, null, 2) + '\n' };
}

/** Reads a configuration file; says plainly what is wrong with one it cannot take. */
export function parseConfig(json: string): ConfigFileV1 {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('config_unreadable', t('setup.config.notJson'), t('setup.config.notJson.hint'));
  }
  const head = z.looseObject({ format: z.unknown(), schemaVersion: z.unknown() }).safeParse(raw);
  if (!head.success || head.data.format !== CONFIG_FORMAT) {
    throw new AppError('config_unreadable', t('setup.config.notConfig'), t('setup.config.notConfig.hint'));
  }
  if (head.data.schemaVersion !== CONFIG_SCHEMA_VERSION) {
    const v = head.data.schemaVersion;
    throw new AppError(
      'config_version',
      typeof v === 'number' || typeof v === 'string'
        ? t('setup.config.version', { version: String(v), supported: CONFIG_SCHEMA_VERSION })
        : t('setup.config.versionUnknown', { supported: CONFIG_SCHEMA_VERSION }),
      typeof v === 'number' && v > CONFIG_SCHEMA_VERSION ? t('setup.config.version.newer') : t('setup.config.version.older'),
    );
  }
  const parsed = ConfigFileV1.safeParse(raw, parseOptions());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue.path.length ? t('setup.config.invalidAt', { where: issue.path.join('.'), problem: issueReason(issue) }) : t('setup.config.invalid', { problem: issueReason(issue) });
    throw new AppError('config_invalid', detail, t('setup.config.invalid.hint'));
  }
  return parsed.data;
}

/** Creates a new integration from a configuration file. A name already in use is refused. */
export function importConfig(d: ConfigDeps, json: string, name?: string) {
  const file = parseConfig(json);
  const wanted = (name ?? file.integration.name).trim();
  if (!wanted) throw new AppError('config_invalid', t('setup.config.noName'), t('setup.config.noName.hint'));
  if (d.integrations.findByName(wanted)) {
    throw new AppError('name_taken', t('setup.config.nameTaken', { name: wanted }), t('setup.config.nameTaken.hint'));
  }
  if (file.certn.defaultGroupId && !file.groups.some((g) => g.id === file.certn.defaultGroupId)) {
    throw new AppError('config_invalid', t('setup.config.groupMissing'), t('setup.config.groupMissing.hint'));
  }
  const now = d.clock.now().toISOString();
  const created = d.tx(() => {
    const i = d.integrations.create(wanted, file.integration.environment);
    d.settings.set(i.id, {
      company: file.company ?? undefined,
      icimsCustomerId: file.icims.customerId ?? undefined,
      icimsHosting: file.icims.hosting ?? undefined,
      reportType: file.certn.reportType ?? undefined,
      defaultGroupId: file.certn.defaultGroupId ?? undefined,
      atsConfirmed: file.certn.atsConfirmed.length ? file.certn.atsConfirmed : undefined,
    });
    d.configRows.write(i.id, { packages: file.packages, groups: file.groups, milestones: file.milestones, plans: file.packagePlans }, now, randomUUID);
    d.audit.record('integration.created', i.id, { name: i.name, environment: i.environment });
    d.audit.record('config.imported', i.id, { name: i.name, schemaVersion: file.schemaVersion, packageCount: file.packages.length, exportedAt: file.exportedAt });
    return i;
  });
  return created;
}
