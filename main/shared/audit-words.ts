// i18n-pending: its words are moving to the message catalogs.
// The audit log in an admin's words: one sentence per entry and its details as labelled facts.
// Shared by the screen and the CSV export, so both say the same thing. Pure: no Node built-ins.

import { isSecretKind, SECRET_NAMES } from './secret-kinds';

type Detail = Record<string, unknown>;

const CREDENTIALS: Record<string, string> = {
  webhook: 'the webhook username and password',
  certn_api_key: 'the Certn API key',
  icims: 'the iCIMS credentials',
};
const credential = (d: Detail) => CREDENTIALS[String(d.credential)] ?? 'a credential';
const STEP_WORDS: Record<string, string> = { portal: 'the portal step', apply: 'the update in the other system', revoke: 'revoking the old credential' };

export const MILESTONES: Record<string, string> = {
  requested: 'Request sent to iCIMS',
  consultant: 'Consultant assigned',
  credentials: 'iCIMS credentials received',
};

const secretName = (d: Detail) => (isSecretKind(d.kind) ? SECRET_NAMES[d.kind] : humanize(String(d.kind ?? 'A secret')));
const named = (d: Detail, key = 'name') => (typeof d[key] === 'string' && d[key] ? ` “${d[key] as string}”` : '');
const milestone = (d: Detail) => MILESTONES[String(d.kind)] ?? humanize(String(d.kind ?? 'milestone'));

/** action → [label for the filter, sentence]. An action missing here still reads, from its code. */
const ACTIONS: Record<string, [string, (d: Detail) => string]> = {
  'integration.created': ['Integration created', (d) => `Integration${named(d)} created`],
  'integration.renamed': ['Integration renamed', (d) => `Integration renamed from “${String(d.from)}” to “${String(d.to)}”`],
  'integration.deleted': ['Integration deleted', (d) => `Integration${named(d)} deleted with its secrets`],
  'vault.created': ['Vault created', () => 'Vault created with a master passphrase'],
  'vault.unlocked': ['Vault unlocked', () => 'Vault unlocked'],
  'vault.locked': ['Vault locked', (d) => (d.reason === 'idle' ? 'Vault locked after a period of inactivity' : 'Vault locked by hand')],
  'vault.unlock_failed': ['Unlock refused', (d) =>
    `Unlock refused: wrong passphrase (failure ${String(d.attempt ?? '?')}; the next try waits ${String(d.waitSeconds ?? 0)} s)`],
  'vault.passphrase_changed': [
    'Master passphrase changed',
    (d) => `Master passphrase changed${typeof d.resealed === 'number' ? `; ${d.resealed} secrets re-encrypted under a new key` : ''}`,
  ],
  'secret.stored': ['Secret stored', (d) => `${secretName(d)} stored in the vault`],
  'secret.revealed': ['Secret shown', (d) => `${secretName(d)} shown on screen`],
  'secret.copied': ['Secret copied', (d) => `${secretName(d)} copied to the clipboard`],
  'secret.removed': ['Secret removed', (d) => `${secretName(d)} removed from the vault`],
  'certn.connected': ['Certn API key verified', () => 'Certn API key verified with Certn'],
  'packages.synced': ['Packages synced', (d) => `${String(d.count ?? 'The')} packages synced from Certn${changedNote(d)}`],
  'package.added': ['Package added by its address', (d) => `Package${named(d)} added by its portal address`],
  'package.selected': ['Package selected', (d) => `Package${named(d)} selected for iCIMS`],
  'package.unselected': ['Package unselected', (d) => `Package${named(d)} no longer selected for iCIMS`],
  'package.override': ['Package selected anyway', (d) => `Package${named(d)} selected although it will fail when ordered${Array.isArray(d.reasons) && d.reasons.length ? ` (${d.reasons.join(', ')})` : ''}`],
  'package.ats_confirmed': ['Package ATS use confirmed', (d) => `Package${named(d)} confirmed as marked for ATS use`],
  'package.planned': ['Package planned', (d) => `New package${named(d)} planned`],
  'icims.company_set': ['Company name set', (d) => `Company name set to “${String(d.company)}”`],
  'icims.milestone': ['iCIMS milestone recorded', (d) => `Milestone recorded: ${milestone(d)}`],
  'icims.milestone_cleared': ['iCIMS milestone cleared', (d) => `Milestone cleared: ${milestone(d)}`],
  'icims.credentials_saved': ['iCIMS credentials saved', () => 'iCIMS credentials saved in the vault'],
  'icims.credentials_refused': ['iCIMS credentials refused', () => 'iCIMS refused the credentials entered'],
  'icims.verified': ['iCIMS credentials checked', (d) => (d.ok ? 'iCIMS accepted the credentials' : 'iCIMS did not accept the credentials')],
  'icims.customer_id_copied': ['iCIMS Customer ID copied', () => 'iCIMS Customer ID copied to the clipboard'],
  'groups.synced': ['Groups synced', (d) => `${String(d.count ?? 'The')} Certn groups synced${changedNote(d)}`],
  'connection.options_set': ['Connection options changed', () => 'Report type or default group changed'],
  'connection.saved_in_certn': ['Saved in Certn', () => 'Certn connection marked as saved in Certn'],
  'connection.done_in_simulator': ['Connection made in the simulator', () => 'Certn connection made in the simulator'],
  'handoff.created': ['Handoff created', (d) => `Handoff created${typeof d.recipientLabel === 'string' ? ` for ${d.recipientLabel}` : ''}`],
  'handoff.opened': ['Handoff opened', () => 'Handoff opened by its recipient'],
  'handoff.leaked': ['Handoff marked as leaked', () => 'Handoff marked as leaked'],
  'handoff.sendsafely_deleted': ['Handoff deleted from SendSafely', () => 'Handoff package deleted from SendSafely'],
  'sendsafely.connected': ['SendSafely connected', () => 'SendSafely account connected'],
  'sendsafely.disconnected': ['SendSafely disconnected', () => 'SendSafely account disconnected'],
  'golive.probe': ['Endpoint probed', (d) => `Endpoint probed: ${humanize(String(d.outcome ?? 'no answer'))}`],
  'rehearsal.events_configured': ['Rehearsal: events configured', () => 'Simulated iCIMS event notifications configured'],
  'rehearsal.candidate_created': ['Rehearsal: candidate created', () => 'Simulated candidate created'],
  'rehearsal.moved_to_trigger': ['Rehearsal: candidate moved', () => 'Simulated candidate moved to the Certn status'],
  'rehearsal.event_replayed': ['Rehearsal: event replayed', (d) => `A pasted iCIMS event was sent to the simulator (HTTP ${String(d.httpStatus)})`],
  'rehearsal.clock_advanced': ['Rehearsal: clock advanced', (d) => `Simulated clock advanced by ${String(d.hours)} hours`],
  'rehearsal.customer_id_set': ['Rehearsal: iCIMS customer ID chosen', (d) => `The simulated iCIMS account now uses customer ID ${String(d.customerId)}`],
  'health.rehearsal_broken': ['Rehearsal: check made to fail', (d) => `Simulator changed to make a health check fail: ${humanize(String(d.action ?? ''))}`],
  'health.rehearsal_undone': ['Rehearsal: check put right', (d) => `Simulator change undone: ${humanize(String(d.action ?? ''))}`],
  'simulator.port_changed': ['Simulator address changed', () => 'The simulator had to start on another port'],
  'audit.exported': ['Audit log exported', () => 'Audit log exported as CSV'],
  'rotation.started': ['Rotation started', (d) => `Rotation of ${credential(d)} started${typeof d.reason === 'string' ? ` (${humanize(d.reason).toLowerCase()})` : ''}`],
  'rotation.captured': ['Rotation: new credential saved', (d) => `New value of ${credential(d)} saved in the vault; the old one is kept until the rotation ends`],
  'rotation.handoff_made': ['Rotation: new handoff made', (d) => `New handoff made for the rotation${typeof d.superseded === 'number' ? `; it supersedes ${d.superseded} earlier handoff${d.superseded === 1 ? '' : 's'}` : ''}`],
  'rotation.applied': ['Rotation: other system updated', (d) => `Confirmed that ${credential(d)} were updated in the other system`],
  'rotation.old_revoked': ['Rotation: old credential revoked', (d) => `Old value of ${credential(d)} revoked`],
  'rotation.done_in_simulator': ['Rotation: portal step in the simulator', (d) => `The simulator played ${STEP_WORDS[String(d.step)] ?? 'a portal step'} of the rotation`],
  'rotation.verified': ['Rotation checked', (d) => (d.ok ? `Rotation of ${credential(d)} checked: new accepted, old refused` : `Rotation of ${credential(d)} checked: not everything passed`)],
  'rotation.completed': ['Rotation completed', (d) => `Rotation of ${credential(d)} completed; the old value was removed from the vault`],
  'rotation.cancelled': ['Rotation cancelled', (d) => `Rotation of ${credential(d)} cancelled`],
  'handoff.superseded': ['Handoff superseded', () => 'Handoff superseded by a newer one made during a rotation'],
  'record.exported': ['Integration record exported', (d) => `Integration record (PDF) exported${d.via === 'cli' ? ' from the terminal' : ''}`],
  'config.exported': ['Configuration exported', () => 'Non-secret configuration exported as JSON'],
  'config.imported': ['Configuration imported', (d) => `Integration${named(d)} created from an imported configuration`],
};

const LABELS: Record<string, string> = {
  kind: 'What',
  name: 'Name',
  from: 'From',
  to: 'To',
  environment: 'Region',
  reason: 'Why',
  count: 'Count',
  packageId: 'Package ID',
  planId: 'Plan',
  company: 'Company',
  on: 'On',
  customerId: 'iCIMS Customer ID',
  hosting: 'iCIMS hosting',
  code: 'Error',
  ok: 'Accepted',
  groupCount: 'Groups visible',
  reportType: 'Report type',
  defaultGroupId: 'Default group',
  handoffId: 'Handoff',
  recipientLabel: 'Recipient',
  recipientEmail: 'Recipient email',
  method: 'Method',
  sha256: 'SHA-256',
  sha256Html: 'SHA-256 (HTML)',
  fingerprint: 'Key fingerprint',
  expiresAt: 'Expires',
  packageCount: 'Packages',
  outcome: 'Outcome',
  httpStatus: 'HTTP status',
  jobId: 'Job',
  workflowId: 'Workflow',
  hours: 'Hours',
  generated: 'Generated by Certn',
  host: 'Host',
  ownerEmail: 'Account',
  lifeDays: 'Days available',
  rotationId: 'Rotation',
  credential: 'Credential',
  supersededBy: 'Superseded by',
  superseded: 'Handoffs superseded',
  failed: 'Checks that failed',
  afterCapture: 'After the new value was saved',
  step: 'Step',
  via: 'From',
  bytes: 'Size (bytes)',
  schemaVersion: 'Schema version',
};

/** "defaultGroupId" → "Default group id", "done_in_simulator" → "Done in simulator". */
export function humanize(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function auditSentence(action: string, detail: Detail): string {
  const known = ACTIONS[action];
  return known ? known[1](detail) : humanize(action);
}

export function auditActionLabel(action: string): string {
  return ACTIONS[action]?.[0] ?? humanize(action);
}

/** The actions that can appear, for a filter: code and label, in label order. */
export function auditActionChoices(): { action: string; label: string }[] {
  return Object.entries(ACTIONS)
    .map(([action, [label]]) => ({ action, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function formatValue(key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (key === 'kind' && typeof v === 'string') return (isSecretKind(v) ? SECRET_NAMES[v] : undefined) ?? MILESTONES[v] ?? humanize(v);
  if (key === 'credential' && typeof v === 'string') return CREDENTIALS[v] ?? humanize(v);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** The detail object as labelled facts, in a stable order. */
export function auditFacts(detail: Detail): { label: string; value: string }[] {
  return Object.entries(detail).map(([k, v]) => ({ label: LABELS[k] ?? humanize(k), value: formatValue(k, v) }));
}

/** How many stored rows a sync changed, when recorded (older entries did not count them). */
function changedNote(d: Record<string, unknown>): string {
  return typeof d.written === 'number' ? ` (${d.written === 0 ? 'nothing changed' : `${d.written} changed`})` : '';
}
