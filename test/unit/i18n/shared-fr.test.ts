import { afterEach, describe, expect, it } from 'vitest';
import { auditActionChoices, auditFacts, auditSentence, WORDED_ACTIONS } from '../../../main/shared/audit-words';
import { statusLabel, stuckReason } from '../../../main/shared/case-status';
import { failureNotice } from '../../../main/shared/health';
import { STEP_HELP } from '../../../main/shared/help-links';
import { checkEventFields } from '../../../main/shared/icims-event';
import { MAIN_AREAS_EN } from '../../../main/shared/i18n/en';
import { setLocale, t, translator } from '../../../main/shared/i18n';
import { nameIssues, packageVerdict, verdictLevel, verdictSentence } from '../../../main/shared/package-verdict';
import { ENVIRONMENT_LABEL_IDS, endpointNote } from '../../../main/shared/regions';
import { STEPS } from '../../../main/shared/steps';

// The main/shared modules both sides use take a translator instead of calling main's t(): the
// same call words French with a French translator and English with an English one.
const fr = translator('fr-CA').t;
const en = translator('en').t;

afterEach(() => setLocale('en'));

describe('the shared area, worded by whichever translator is passed', () => {
  it('every audit action has a label and a sentence in the catalog', () => {
    const keys = new Set(Object.keys(MAIN_AREAS_EN.shared));
    const missing = WORDED_ACTIONS.flatMap((a) => [`audit.${a}`, `audit.${a}.label`]).filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
    expect(auditActionChoices(fr).map((c) => c.label)).toContain('Coffre-fort déverrouillé');
  });

  it('audit sentences and facts follow the translator', () => {
    const detail = { credential: 'webhook', ok: true };
    expect(auditSentence('rotation.verified', detail, en)).toBe('Rotation of the webhook username and password checked: new accepted, old refused');
    expect(auditSentence('rotation.verified', detail, fr)).toBe('Renouvellement du nom d’utilisateur et du mot de passe du webhook vérifié\u00a0: nouvelle valeur acceptée, ancienne refusée');
    expect(auditSentence('packages.synced', { count: 3, written: 0 }, en)).toBe('3 packages synced from Certn (nothing changed)');
    expect(auditSentence('packages.synced', { count: 3, written: 2 }, fr)).toBe('3 forfaits synchronisés depuis Certn (2 modifiés)');
    expect(auditSentence('integration.created', { name: 'Acme' }, fr)).toBe('Intégration «\u00a0Acme\u00a0» créée');
    expect(auditSentence('integration.created', {}, en)).toBe('Integration created');
    expect(auditSentence('rotation.handoff_made', { superseded: 1 }, en)).toBe('New handoff made for the rotation; it supersedes 1 earlier handoff');
    expect(auditFacts({ ok: false, kind: 'certn_api_key' }, fr)).toEqual([
      { label: 'Accepté', value: 'non' },
      { label: 'Quoi', value: 'Clé d’API Certn' },
    ]);
  });

  it('verdicts, statuses, checks, regions and help links word in French', () => {
    const v = packageVerdict({ name: 'Screen ', exists: true, active: true, ats: 'off', lookalikes: [] }, fr);
    expect(v).toMatchObject({ level: 'blocked', label: 'Échouera à la commande', blockers: ['non marqué pour utilisation par un ATS dans Certn'], cautions: ['le nom se termine par une espace'] });
    expect(verdictSentence(v, true, fr)).toBe('sélectionné quand même, mais sa commande échouera\u00a0: non marqué pour utilisation par un ATS dans Certn');
    expect(verdictLevel({ name: 'A', exists: true, active: true, ats: 'unknown', lookalikes: [] })).toBe('caution');
    expect(nameIssues('A  B', en)).toEqual(['The name has two or more spaces in a row: easy to lose when copied.']);
    expect(statusLabel('APPLICANT_OPENED', fr)).toBe('En attente du candidat');
    expect(stuckReason('APPLICANT_INVITED', '2026-11-01T00:00:00Z', new Date('2026-11-10T00:00:00Z'), 5, fr)).toBe('Invité il y a 9 jours et sans nouvelles depuis\u00a0: relancez le candidat.');
    expect(failureNotice({ integrationName: 'Acme', newFailures: [{ title: 'Dossiers bloqués', summary: 's' }] }, fr).title).toBe('Acme\u00a0: Dossiers bloqués en échec');
    expect(failureNotice({ integrationName: 'Acme', newFailures: [{ title: 'a', summary: 's' }, { title: 'b', summary: 't' }] }, en).title).toBe('Acme: 2 health checks failing');
    expect(fr(ENVIRONMENT_LABEL_IDS.au)).toBe('Asie-Pacifique');
    expect(endpointNote('sandbox', fr)).toMatch(/^Non confirmé/);
    for (const s of STEPS) for (const l of STEP_HELP[s.id]) expect(fr(l.labelId)).not.toBe(en(l.labelId));
    expect(checkEventFields('{"customerId": 12}', fr).fields.find((f) => f.field === 'customerId')?.message).toBe('customerId doit être une chaîne de chiffres, comme iCIMS l’envoie.');
    expect(checkEventFields('nope', en).message).toBe('This is not valid JSON.');
  });

  it('main passes its own t, which follows the console language', () => {
    setLocale('fr-CA');
    expect(auditSentence('vault.unlocked', {}, t)).toBe('Coffre-fort déverrouillé');
    setLocale('en');
    expect(auditSentence('vault.unlocked', {}, t)).toBe('Vault unlocked');
  });
});
