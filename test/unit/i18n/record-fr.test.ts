import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import { setLocale } from '../../../main/shared/i18n';
import { appWithIntegration, call, populate, tempDir } from '../../support/handoff';

// The integration record in French, read back with pdftotext as an auditor would: the embedded
// font must carry the accents, the guillemets and their non-breaking spaces, and dates read in French.
let app: ConsoleApp | undefined;
afterEach(async () => {
  setLocale('en');
  await app?.close();
  app = undefined;
});

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

describe('integration record in fr-CA', () => {
  it('words every heading and label in French, with accents, « » and French dates', async () => {
    const made = await appWithIntegration('uk', 'Acme Écosse');
    app = made.app;
    await call(app, 'prefs.set', { language: 'fr-CA' });
    populate(app, made.id, { company: 'Société Générale' });
    await call(app, 'handoff.create', { integrationId: made.id, recipientLabel: 'Hélène Dubois (iCIMS)', method: 'keycode' });
    await call(app, 'rotation.start', { integrationId: made.id, kind: 'webhook', reason: 'leaked' });
    const { fileName, base64 } = await call<{ fileName: string; base64: string }>(app, 'record.pdf', { integrationId: made.id });
    const file = path.join(tempDir('record-fr-'), fileName);
    fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    const text = pdfText(file);
    const flat = text.replace(/\s+/g, ' ');
    for (const want of [
      'Fiche d’intégration : Acme Écosse', 'Configuration de l’intégration', 'Entreprise Société Générale',
      'Forfaits pour iCIMS (2)', 'représenté par « ␣ »',
      'ID du forfait', 'Transmissions (1)', 'Destinataire Hélène Dubois (iCIMS)', 'Valide jusqu’au',
      'Aucune vérification de l’état n’a encore été faite.', '(fuite)', 'Résumé du journal d’audit', 'Entrées les plus récentes',
    ]) expect(flat, want).toContain(want);
    // The non-breaking spaces of French typography are drawn (pdftotext reads them back as spaces).
    expect(text).toContain('« ␣ » :');
    expect(flat).toMatch(/Numéro de client iCIMS 4321 \(Customer ID\)/);
    // Dates as French writes them (day, abbreviated month, year), never the English month names.
    expect(flat).toMatch(/Produite le \d{1,2} [a-zéû]+\.? \d{4}/);
    expect(flat).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    for (const english of ['leaked', 'Integration record', 'Packages for iCIMS', 'Audit summary', 'Latest health check']) expect(flat).not.toContain(english);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Title:\s+Fiche d’intégration/);
  });
});
