// The audit log in an admin's words: one sentence per entry and its details as labelled facts.
// Shared by the screen and the CSV export, so both say the same thing. Pure: no Node built-ins.
// Main and the renderer each pass their own translator.

import type { MessageValues } from './i18n/catalog';
import type { SharedMessageId, SharedT } from './i18n/shared-ids';
import { isSecretKind, SECRET_NAME_IDS } from './secret-kinds';

type Detail = Record<string, unknown>;

const CREDENTIALS = ['webhook', 'certn_api_key', 'icims'] as const;
const credentialKey = (d: Detail) => ((CREDENTIALS as readonly string[]).includes(String(d.credential)) ? String(d.credential) : 'other');
/** The credential after "of" (French contracts the article: "du", "de la", "des"). */
const credentialOf = (d: Detail, t: SharedT) => t(`shared.audit.credentialOf.${credentialKey(d)}` as SharedMessageId);

export const MILESTONE_IDS: Record<string, SharedMessageId> = {
  requested: 'shared.audit.milestone.requested',
  consultant: 'shared.audit.milestone.consultant',
  credentials: 'shared.audit.milestone.credentials',
};

/** A milestone kind as a label, or its code made readable when it is not one we know. */
export function milestoneLabel(kind: string, t: SharedT): string {
  const id = MILESTONE_IDS[kind];
  return id ? t(id) : humanize(kind);
}

const secretName = (d: Detail, t: SharedT) => (isSecretKind(d.kind) ? t(SECRET_NAME_IDS[d.kind]) : d.kind ? humanize(String(d.kind)) : t('shared.audit.secretDefault'));
const named = (d: Detail): MessageValues => (typeof d.name === 'string' && d.name ? { named: 'yes', name: d.name } : { named: 'no', name: '' });
const changed = (d: Detail): MessageValues =>
  typeof d.written === 'number' ? { changed: d.written === 0 ? 'nothing' : 'some', written: String(d.written) } : { changed: 'none', written: '' };
const count = (d: Detail) => (d.count === undefined || d.count === null ? 'none' : String(d.count));
const secret = (d: Detail, t: SharedT): MessageValues => ({ secret: secretName(d, t) });
const cred = (d: Detail, t: SharedT): MessageValues => ({ credential: credentialOf(d, t) });

/**
 * Every action the log words, with the values its sentence takes. Its label is
 * `shared.audit.<action>.label` and its sentence `shared.audit.<action>`. An action missing here
 * still reads, from its code.
 */
const ACTIONS: Record<string, ((d: Detail, t: SharedT) => MessageValues) | null> = {
  'integration.created': named,
  'integration.renamed': (d) => ({ from: String(d.from), to: String(d.to) }),
  'integration.deleted': named,
  'vault.created': null,
  'vault.unlocked': null,
  'vault.locked': (d) => ({ idle: d.reason === 'idle' ? 'yes' : 'no' }),
  'vault.unlock_failed': (d) => ({ attempt: String(d.attempt ?? '?'), wait: String(d.waitSeconds ?? 0) }),
  'vault.passphrase_changed': (d) => ({ resealed: typeof d.resealed === 'number' ? String(d.resealed) : 'none' }),
  'secret.stored': secret,
  'secret.revealed': secret,
  'secret.copied': secret,
  'secret.removed': secret,
  'certn.connected': null,
  'packages.synced': (d) => ({ count: count(d), ...changed(d) }),
  'package.added': named,
  'package.selected': named,
  'package.unselected': named,
  'package.override': (d, t) => {
    const reasons = overrideReasons(d, t);
    return { ...named(d), hasReasons: reasons.length ? 'yes' : 'no', reasons: reasons.join(', ') };
  },
  'package.ats_confirmed': named,
  'package.planned': named,
  'icims.company_set': (d) => ({ company: String(d.company) }),
  'icims.milestone': (d, t) => ({ milestone: d.kind ? milestoneLabel(String(d.kind), t) : humanize('milestone') }),
  'icims.milestone_cleared': (d, t) => ({ milestone: d.kind ? milestoneLabel(String(d.kind), t) : humanize('milestone') }),
  'icims.credentials_saved': null,
  'icims.credentials_refused': null,
  'icims.verified': (d) => ({ ok: d.ok ? 'yes' : 'no' }),
  'icims.customer_id_copied': null,
  'groups.synced': (d) => ({ count: count(d), ...changed(d) }),
  'connection.options_set': null,
  'connection.saved_in_certn': null,
  'connection.done_in_simulator': null,
  'handoff.created': (d) => ({ hasRecipient: typeof d.recipientLabel === 'string' ? 'yes' : 'no', recipient: String(d.recipientLabel ?? '') }),
  'handoff.opened': null,
  'handoff.leaked': null,
  'handoff.sendsafely_deleted': null,
  'sendsafely.connected': null,
  'sendsafely.disconnected': null,
  'golive.probe': (d, t) => ({ outcome: d.outcome ? humanize(String(d.outcome)) : t('shared.audit.golive.probe.noAnswer') }),
  'rehearsal.events_configured': null,
  'rehearsal.candidate_created': null,
  'rehearsal.moved_to_trigger': null,
  'rehearsal.event_replayed': (d) => ({ httpStatus: String(d.httpStatus) }),
  'rehearsal.clock_advanced': (d) => ({ hours: String(d.hours) }),
  'rehearsal.customer_id_set': (d) => ({ customerId: String(d.customerId) }),
  'health.rehearsal_broken': (d) => ({ action: humanize(String(d.action ?? '')) }),
  'health.rehearsal_undone': (d) => ({ action: humanize(String(d.action ?? '')) }),
  'simulator.port_changed': null,
  'audit.exported': null,
  'rotation.started': (d, t) => ({ ...cred(d, t), hasReason: typeof d.reason === 'string' ? 'yes' : 'no', reason: typeof d.reason === 'string' ? t('shared.rotation.reason', { reason: d.reason }) : '' }),
  'rotation.captured': cred,
  'rotation.handoff_made': (d) => ({ hasSuperseded: typeof d.superseded === 'number' ? 'yes' : 'no', superseded: typeof d.superseded === 'number' ? d.superseded : 0 }),
  'rotation.applied': cred,
  'rotation.old_revoked': cred,
  'rotation.done_in_simulator': (d) => ({ step: ['portal', 'apply', 'revoke'].includes(String(d.step)) ? String(d.step) : 'other' }),
  'rotation.verified': (d, t) => ({ ...cred(d, t), ok: d.ok ? 'yes' : 'no' }),
  'rotation.completed': cred,
  'rotation.cancelled': cred,
  'handoff.superseded': null,
  'record.exported': (d) => ({ cli: d.via === 'cli' ? 'yes' : 'no' }),
  'config.exported': null,
  'config.imported': named,
};

const LABELS: Record<string, SharedMessageId> = Object.fromEntries(
  [
    'kind', 'name', 'from', 'to', 'environment', 'reason', 'count', 'packageId', 'planId', 'company', 'on', 'customerId', 'hosting', 'code', 'ok',
    'groupCount', 'reportType', 'defaultGroupId', 'handoffId', 'recipientLabel', 'recipientEmail', 'method', 'sha256', 'sha256Html', 'fingerprint',
    'expiresAt', 'packageCount', 'outcome', 'httpStatus', 'jobId', 'workflowId', 'hours', 'generated', 'host', 'ownerEmail', 'lifeDays', 'rotationId',
    'credential', 'supersededBy', 'superseded', 'failed', 'reasons', 'afterCapture', 'step', 'via', 'bytes', 'schemaVersion',
  ].map((k) => [k, `shared.audit.fact.${k}` as SharedMessageId]),
);

/** Every action the log words, for tests that check each has its label and sentence. */
export const WORDED_ACTIONS: readonly string[] = Object.keys(ACTIONS);

/** "defaultGroupId" → "Default group id", "done_in_simulator" → "Done in simulator". */
export function humanize(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function auditSentence(action: string, detail: Detail, t: SharedT): string {
  if (!Object.hasOwn(ACTIONS, action)) return humanize(action);
  const values = ACTIONS[action];
  return t(`shared.audit.${action}` as SharedMessageId, values ? values(detail, t) : undefined);
}

export function auditActionLabel(action: string, t: SharedT): string {
  return Object.hasOwn(ACTIONS, action) ? t(`shared.audit.${action}.label` as SharedMessageId) : humanize(action);
}

/** The actions that can appear, for a filter: code and label, in label order. */
export function auditActionChoices(t: SharedT): { action: string; label: string }[] {
  return WORDED_ACTIONS.map((action) => ({ action, label: auditActionLabel(action, t) })).sort((a, b) => a.label.localeCompare(b.label));
}

function formatValue(key: string, v: unknown, t: SharedT): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return t(v ? 'shared.audit.yes' : 'shared.audit.no');
  if (key === 'kind' && typeof v === 'string') return isSecretKind(v) ? t(SECRET_NAME_IDS[v]) : milestoneLabel(v, t);
  if (key === 'credential' && typeof v === 'string')
    return (CREDENTIALS as readonly string[]).includes(v) ? t(`shared.audit.credential.${v}` as SharedMessageId) : humanize(v);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** Why a package was selected anyway: worded from the ids in the reader's language; entries written before ids were kept show their words. */
function overrideReasons(d: Detail, t: SharedT): string[] {
  if (Array.isArray(d.reasonIds)) return d.reasonIds.map((id) => t(String(id) as SharedMessageId));
  return Array.isArray(d.reasons) ? d.reasons.map(String) : [];
}

/** The detail object as labelled facts, in a stable order. */
export function auditFacts(detail: Detail, t: SharedT): { label: string; value: string }[] {
  const { reasonIds, ...facts } = detail;
  if (reasonIds !== undefined || Array.isArray(facts.reasons)) facts.reasons = overrideReasons(detail, t).join(', ');
  return Object.entries(facts).map(([k, v]) => ({ label: LABELS[k] ? t(LABELS[k]) : humanize(k), value: formatValue(k, v, t) }));
}
