import { afterAll, afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import type { ConsoleApp } from '../../../main/app';
import type { RotationState, RotationView } from '../../../main/ipc/contract/maintenance';
import { setLocale } from '../../../main/shared/i18n';
import { DB_FILE } from '../../../main/store/db';
import { call, fails } from '../../support/app';
import { liveSimulatorIntegration } from './helpers';

// A rotation walked with the console in Canadian French, against the simulator over loopback and a
// real SQLite file: every title, instruction, refusal and check line is French, with the English
// portal labels quoted as the admin sees them; the check stored in French reads in English later.

/** English words that never appear in the French text once the quoted portal labels are set aside. */
const ENGLISH = /\b(the|and|you|your|with|from|in|to|is|are|of|new|old|then|until|first|step|open|save|enter)\b/i;
function englishLeft(s: string): string | null {
  const unquoted = s.replace(/«\u00a0[^»]*\u00a0»/g, '«»').replace(/client\.certn\.co/g, '');
  return ENGLISH.test(unquoted) ? s : null;
}
const allText = (r: RotationView) => [r.kindLabel, ...r.steps.flatMap((s) => [s.title, ...s.instructions]), ...r.remaining, ...(r.verification ?? []).flatMap((c) => [c.label, c.detail])];

describe('credential rotation in Canadian French', () => {
  let app: ConsoleApp;
  let id: string;
  let dataDir: string;
  // The console's language as Settings sets it (the preferences also set it on each later change).
  const speak = (language: 'en' | 'fr-CA') => call(app, 'prefs.set', { language });
  afterEach(async () => {
    if (app) await speak('en');
    setLocale('en');
  });
  afterAll(async () => app?.close());

  it('the English test for English words finds them (so the French checks below can fail)', () => {
    expect(englishLeft('In the Certn Client Portal (client.certn.co), open Settings → Integrations, then Edit next to iCIMS.')).not.toBeNull();
    expect(englishLeft('Ouvrez «\u00a0Settings → Integrations\u00a0» (Paramètres → Intégrations).')).toBeNull();
  });

  it('walks the webhook rotation in French: instructions quote the portal labels, refusals and the check are French', async () => {
    ({ app, id, dataDir } = await liveSimulatorIntegration('Renouvellement'));
    await speak('fr-CA');
    const v = app.services.vault;

    const none = await fails(call(app, 'rotation.verify', { integrationId: id }));
    expect(none).toMatchObject({ code: 'rotation_none', message: 'Aucun renouvellement n’est en cours pour cette intégration.', hint: 'Commencez-en un\u00a0: choisissez l’identifiant à renouveler.' });
    const badReason = await fails(call(app, 'rotation.start', { integrationId: id, kind: 'webhook', reason: 'expiry' }));
    expect(badReason.message).toBe('«\u00a0expiry\u00a0» n’est pas un motif de renouvellement du nom d’utilisateur et du mot de passe du webhook.');
    expect(badReason.hint).toBe('Choisissez l’un de ces motifs\u00a0: regenerated, leaked, routine.');

    let r = (await call<RotationState>(app, 'rotation.start', { integrationId: id, kind: 'webhook', reason: 'leaked' })).current!;
    expect(r.kindLabel).toBe('Nom d’utilisateur et mot de passe du webhook');
    const portal = r.steps.find((s) => s.id === 'portal')!;
    expect(portal.title).toBe('Obtenir de nouveaux identifiants du webhook auprès de Certn');
    expect(portal.instructions[0]).toBe(
      'Dans le portail client de Certn («\u00a0Client Portal\u00a0», client.certn.co), ouvrez «\u00a0Settings → Integrations\u00a0» (Paramètres → Intégrations), puis cliquez sur «\u00a0Edit\u00a0» (Modifier) à côté d’iCIMS.',
    );
    expect(r.steps.find((s) => s.id === 'handoff')!.instructions[0]).toMatch(/^À l’étape 4, Transmission, créez une nouvelle transmission/);
    expect(allText(r).map(englishLeft).filter(Boolean)).toEqual([]);

    const open = await fails(call(app, 'rotation.start', { integrationId: id, kind: 'certn_api_key', reason: 'expiry' }));
    expect(open).toMatchObject({ code: 'rotation_open', message: 'Un renouvellement du nom d’utilisateur et du mot de passe du webhook est toujours en cours.' });
    const same = await fails(call(app, 'rotation.capture', { integrationId: id, username: v.read(id, 'webhook_username'), password: v.read(id, 'webhook_password') }));
    expect(same).toMatchObject({ code: 'rotation_same_credential', message: 'C’est le mot de passe du webhook que vous remplacez.', hint: 'Copiez le nouveau mot de passe que Certn affiche après «\u00a0Edit\u00a0» (Modifier).' });
    expect((await fails(call(app, 'rotation.verify', { integrationId: id }))).message).toBe('Enregistrez d’abord le nouvel identifiant.');

    await call(app, 'rotation.doItForMe', { integrationId: id, step: 'portal' });
    const early = await fails(call(app, 'rotation.verify', { integrationId: id }));
    expect(early.message).toBe('Avant la vérification, terminez\u00a0: Créer une nouvelle transmission; Le consultant iCIMS met à jour iCIMS.');
    expect(early.hint).toBe('La vérification prouve que toute la chaîne fonctionne avec le nouvel identifiant.');
    await call(app, 'handoff.create', { integrationId: id, recipientLabel: 'Dana chez iCIMS', method: 'keycode' });
    await call(app, 'rotation.doItForMe', { integrationId: id, step: 'apply' });
    r = (await call<RotationState>(app, 'rotation.verify', { integrationId: id })).current!;
    expect(r.verification).toEqual([
      { label: 'Test du point de terminaison avec les identifiants du webhook enregistrés', ok: true, detail: 'Point de terminaison joint, identifiants probablement acceptés (HTTP 400)' },
      { label: 'Anciens identifiants du webhook refusés par Certn', ok: true, detail: 'Identifiants du webhook probablement refusés (HTTP 401)' },
    ]);
    expect(allText(r).map(englishLeft).filter(Boolean)).toEqual([]);

    // Kept in SQLite as message ids, so the same check reads in English once the console does.
    const row = new Database(path.join(dataDir, DB_FILE), { readonly: true, fileMustExist: true });
    try {
      const stored = (row.prepare('SELECT verification FROM rotations WHERE integration_id = ? AND completed_at IS NULL').get(id) as { verification: string }).verification;
      expect(JSON.parse(stored)[0].words.label).toEqual({ m: 'rotation.check.probe' });
    } finally {
      row.close();
    }
    await speak('en');
    const english = (await call<RotationState>(app, 'rotation.state', { integrationId: id })).current!;
    expect(english.verification).toEqual([
      { label: 'Endpoint probe with the saved webhook credentials', ok: true, detail: 'Endpoint reached, credentials probably accepted (HTTP 400)' },
      { label: 'Old webhook credentials refused by Certn', ok: true, detail: 'Webhook credentials probably rejected (HTTP 401)' },
    ]);
    expect(english.steps[0].title).toBe('Get new webhook credentials from Certn');
    await call(app, 'rotation.complete', { integrationId: id });
  });

  it('rotates the Certn API key in French: the key’s own words agree in gender, the old key is refused', async () => {
    await speak('fr-CA');
    const v = app.services.vault;
    let r = (await call<RotationState>(app, 'rotation.start', { integrationId: id, kind: 'certn_api_key', reason: 'expiry' })).current!;
    expect(r.steps.find((s) => s.id === 'handoff')).toMatchObject({ state: 'not_needed', title: 'Aucune nouvelle transmission' });
    expect(r.steps.find((s) => s.id === 'revoke')!.instructions[0]).toContain('«\u00a0Settings → Integrations → API Keys\u00a0» (Paramètres → Intégrations → Clés d’API)');
    expect(allText(r).map(englishLeft).filter(Boolean)).toEqual([]);
    const same = await fails(call(app, 'rotation.capture', { integrationId: id, apiKey: v.read(id, 'certn_api_key') }));
    expect(same).toMatchObject({ code: 'rotation_same_credential', message: 'C’est la clé d’API que vous remplacez.' });

    await call(app, 'rotation.doItForMe', { integrationId: id, step: 'portal' });
    const unfinished = await fails(call(app, 'rotation.complete', { integrationId: id }));
    expect(unfinished.message).toBe('Le renouvellement n’est pas terminé\u00a0: Révoquer l’ancienne clé dans Certn; Vérification\u00a0: nouveau accepté, ancien refusé.');
    await call(app, 'rotation.doItForMe', { integrationId: id, step: 'revoke' });
    r = (await call<RotationState>(app, 'rotation.verify', { integrationId: id })).current!;
    expect(r.verification!.map((c) => [c.label, c.ok, c.detail])).toEqual([
      ['Test du point de terminaison avec les identifiants du webhook enregistrés', true, 'Point de terminaison joint, identifiants probablement acceptés (HTTP 400)'],
      ['Nouvelle clé d’API acceptée par Certn', true, 'Acceptée.'],
      ['Ancienne clé d’API refusée par Certn', true, 'Refusée (HTTP 401).'],
    ]);
    const done = await call<RotationState>(app, 'rotation.complete', { integrationId: id });
    expect(done.history.map((h) => h.kindLabel)).toEqual(['Clé d’API Certn', 'Nom d’utilisateur et mot de passe du webhook']);
  });

  it('words the iCIMS rotation in French, quoting Certn’s portal labels', async () => {
    await speak('fr-CA');
    const r = (await call<RotationState>(app, 'rotation.start', { integrationId: id, kind: 'icims', reason: 'issued' })).current!;
    expect(r.steps.find((s) => s.id === 'apply')!.instructions[0]).toContain('cliquez sur «\u00a0Edit\u00a0» (Modifier) à côté d’iCIMS, puis saisissez le nouveau nom d’utilisateur et le nouveau mot de passe iCIMS.');
    expect(r.steps.find((s) => s.id === 'handoff')).toMatchObject({ state: 'not_needed', title: 'Aucune nouvelle transmission' });
    expect(allText(r).map(englishLeft).filter(Boolean)).toEqual([]);
    const missing = await fails(call(app, 'rotation.capture', { integrationId: id }));
    expect(missing).toMatchObject({ code: 'rotation_invalid', message: 'Saisissez le nouveau mot de passe iCIMS.', hint: 'iCIMS l’émet pour l’utilisateur de l’intégration Certn.' });
    await call(app, 'rotation.cancel', { integrationId: id });
  });

  it('says in French where to save a credential that is not there yet', async () => {
    await speak('fr-CA');
    const bare = (await call<{ id: string }>(app, 'integrations.create', { name: 'Sans identifiants', environment: 'simulator' })).id;
    const e = await fails(call(app, 'rotation.start', { integrationId: bare, kind: 'certn_api_key', reason: 'routine' }));
    expect(e).toMatchObject({
      code: 'rotation_nothing_to_rotate',
      message: 'Aucune clé d’API Certn n’est encore enregistrée\u00a0: il n’y a rien à renouveler.',
      hint: 'Enregistrez-la d’abord à l’étape 0, Connecter Certn; le renouvellement remplace un identifiant déjà en usage.',
    });
  });
});
