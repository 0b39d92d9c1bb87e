// Gathers the integration record from the store (never from the vault: the record holds no secret)
// and renders it with main/record. Shared by the window and `npm run record`.
import { ENVIRONMENT_LABEL_IDS, CERTN_API_BASE, certnIcimsEndpoint, endpointNote } from '../shared/regions';
import { auditActionLabel, auditSentence, milestoneLabel } from '../shared/audit-words';
import { fileSlug } from '../shared/slug';
import { renderRecordPdf } from '../record/pdf';
import { NO_HEALTH_READER, type HealthReader, type RecordData } from '../record/types';
import type { AuditLog } from '../store/audit';
import type { StepDeps } from './deps';
import { HandoffService } from './steps/handoff';
import { kindLabel } from './rotation-text';
import { t, type MainMessageId } from '../shared/i18n';

/** The record reads what the steps keep, plus the audit log itself for its summary. */
export type RecordDeps = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'integrations' | 'settings' | 'vault' | 'milestones' | 'groups' | 'handoffs' | 'rotations' | 'apis' | 'readiness'> & {
  auditLog: Pick<AuditLog, 'list'>;
};

const METHOD_LABELS: Record<string, MainMessageId> = {
  keycode: 'setup.record.method.keycode',
  'keycode-split': 'setup.record.method.keycodeSplit',
  'public-key': 'setup.record.method.publicKey',
  sendsafely: 'setup.record.method.sendsafely',
};

export async function gatherRecord(d: RecordDeps, id: string, health: HealthReader = NO_HEALTH_READER): Promise<RecordData> {
  const integration = d.integrations.get(id);
  const settings = d.settings.all(id);
  const env = integration.environment;
  const groupId = (settings.defaultGroupId as string | undefined) ?? null;
  const group = groupId ? d.groups.tree(id).find((g) => g.id === groupId) : undefined;
  const milestones = [
    { label: t('setup.record.milestone.created'), at: integration.createdAt },
    ...d.milestones.list(id).map((m) => ({ label: milestoneLabel(m.kind, t), at: m.at })),
    ...([
      [t('setup.record.milestone.keyVerified'), settings.certnVerifiedAt],
      [t('setup.record.milestone.savedInCertn'), settings.certnSavedAt],
      [t('setup.record.milestone.probeAccepted'), settings.liveVerifiedAt],
    ] as [string, unknown][]).flatMap(([label, at]) => (typeof at === 'string' ? [{ label, at }] : [])),
  ].sort((a, b) => a.at.localeCompare(b.at));

  const handoffs = new HandoffService(d).list(id).map((h) => ({
    createdAt: h.createdAt,
    recipient: h.sendsafely ? `${h.recipientLabel} <${h.sendsafely.recipientEmail}>` : h.recipientLabel,
    method: h.method in METHOD_LABELS ? t(METHOD_LABELS[h.method]) : h.method,
    expiresAt: h.expiresAt,
    sha256: h.sha256,
    sha256Html: h.sha256Html,
    state: t('setup.record.handoffState', { state: h.supersededAt ? 'superseded' : h.leakedAt ? 'leaked' : h.expired ? 'expired' : 'current' }),
  }));
  const rotations = d.rotations.list(id).map((r) => ({
    credential: kindLabel(r.kind),
    reason: t('shared.rotation.reason', { reason: r.reason }),
    startedAt: r.startedAt,
    endedAt: r.completedAt ?? r.cancelledAt,
    outcome: t('setup.record.rotationOutcome', { outcome: r.completedAt ? 'completed' : r.cancelledAt ? 'cancelled' : 'underway' }),
  }));

  const entries = d.auditLog.list({ integrationId: id, limit: 100_000 });
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(auditActionLabel(e.action, t), (counts.get(auditActionLabel(e.action, t)) ?? 0) + 1);

  return {
    generatedAt: d.clock.now().toISOString(),
    integrationName: integration.name,
    company: (settings.company as string | undefined)?.trim() || integration.name,
    environment: env,
    environmentLabel: t(ENVIRONMENT_LABEL_IDS[env]),
    endpointUrl: env === 'simulator' ? null : certnIcimsEndpoint(CERTN_API_BASE[env]),
    endpointNote: env === 'simulator' ? t('setup.record.simulatorEndpoint') : endpointNote(env, t),
    icimsCustomerId: (settings.icimsCustomerId as string | undefined) ?? null,
    icimsHosting: (settings.icimsHosting as string | undefined) ?? null,
    packages: d.readiness.of(id).selectedPackages.map((p) => ({ id: p.id, name: p.name, active: p.isActive, ats: p.useForAts })),
    reportType: settings.reportType === 'PDF' ? t('setup.record.reportType.pdf') : settings.reportType === 'PORTAL' ? t('setup.record.reportType.portal') : null,
    defaultGroup: group ? { id: group.id, name: group.name, shortId: group.shortId } : groupId ? { id: groupId, name: t('setup.record.groupNotSynced'), shortId: null } : null,
    milestones,
    handoffs,
    rotations,
    health: health.latest(id),
    audit: {
      total: entries.length,
      firstAt: entries.at(-1)?.at ?? null,
      lastAt: entries[0]?.at ?? null,
      byAction: [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
      recent: entries.slice(0, 15).map((e) => ({ at: e.at, sentence: auditSentence(e.action, e.detail, t) })),
    },
  };
}

export interface RecordFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Renders the record and audits that it left the console (how, and its size: never its content). */
export async function makeRecord(d: RecordDeps, id: string, via: 'console' | 'cli', health?: HealthReader): Promise<RecordFile> {
  const data = await gatherRecord(d, id, health);
  const bytes = await renderRecordPdf(data);
  d.audit.record('record.exported', id, { via, bytes: bytes.length });
  return { fileName: `${fileSlug(data.integrationName) || 'integration'}-record.pdf`, bytes };
}
