import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import type { IcimsStep } from '../../../main/ipc/contract/setup';
import { setLocale } from '../../../main/shared/i18n';
import { call, fails, makeApp, PASSPHRASE } from '../../support/app';

// The setup services speak the console's language, and the request e-mail to iCIMS is worded in
// the language chosen for it (the account manager and the consultant may not read French).
type Pkg = { id: string; name: string };
const pause = <T,>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 20));

let app: ConsoleApp;
let id: string;
let standard: Pkg;
let executive: Pkg;

beforeAll(async () => {
  app = await makeApp();
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Langues', environment: 'simulator' })).id;
  await call(app, 'certn.connectSimulator', { integrationId: id });
  await call(app, 'packages.sync', { integrationId: id });
  let s: { running: boolean };
  do s = await call<{ running: boolean }>(app, 'packages.syncStatus', { integrationId: id }).then(pause);
  while (s.running);
  const rows = (await call<{ rows: Pkg[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows;
  standard = rows.find((p) => p.name === 'Standard Employment Screen')!;
  executive = rows.find((p) => p.name === 'Executive Screen ')!;
  await call(app, 'packages.select', { integrationId: id, packageId: standard.id, selected: true });
  await call(app, 'packages.select', { integrationId: id, packageId: executive.id, selected: true });
  await call(app, 'icims.setCompany', { integrationId: id, company: 'Boulangerie Saint-Roch' });
});
afterAll(async () => app?.close());
afterEach(async () => {
  await call(app, 'prefs.set', { language: 'en' });
  setLocale('en');
});

describe('the iCIMS request e-mail in a language other than the console’s', () => {
  it('an English console writes it in French when asked, with product names and the package name intact', async () => {
    const fr = await call<IcimsStep>(app, 'icims.get', { integrationId: id, language: 'fr-CA' });
    expect(fr.requestLanguage).toBe('fr-CA');
    expect(fr.requestSubject).toBe('Demande\u00a0: intégration de vérification des antécédents Certn pour Boulangerie Saint-Roch');
    expect(fr.requestText).toMatch(/^Bonjour,\n\nBoulangerie Saint-Roch utilise Certn pour ses vérifications des antécédents et souhaite que l’intégration Certn soit activée dans iCIMS\./);
    expect(fr.requestText).toContain('consultant en intégration (Customer Integration Consultant)');
    expect(fr.requestText).toContain('numéro de client iCIMS (Customer ID)');
    expect(fr.requestText).toContain(`Point de terminaison Certn pour les événements iCIMS\u00a0: ${fr.endpointUrl}`);
    expect(fr.requestText).toContain(`  - "Standard Employment Screen"  identifiant ${standard.id}`);
    expect(fr.requestText).toMatch(/\nMerci,$/);
    expect(fr.requestText).not.toContain('Hello');
    // The package's verdict reads in the e-mail's language too, its name kept exactly (trailing space included).
    const executiveLine = fr.requestText.split('\n').find((l) => l.includes(executive.id))!;
    expect(executiveLine).toMatch(/^ {2}- "Executive Screen " {2}identifiant \S+ \(.+\)$/);
    expect(executiveLine).toContain('(à vérifier\u00a0: le nom se termine par une espace)');
    expect(executiveLine).not.toMatch(/check:|the name|ends with/);
    // The mail draft carries the same French words.
    expect(decodeURIComponent(fr.mailto)).toContain('Bonjour,');

    // Without a language it follows the console, still English here.
    const en = await call<IcimsStep>(app, 'icims.get', { integrationId: id });
    expect(en.requestLanguage).toBe('en');
    expect(en.requestSubject).toBe('Request: Certn background screening integration for Boulangerie Saint-Roch');
    expect(en.requestText).toContain(`  - "Standard Employment Screen"  ID ${standard.id}`);
  });

  it('a French console writes it in English when asked, and in French by default; a change made with a language answers in it', async () => {
    await call(app, 'prefs.set', { language: 'fr-CA' });
    const en = await call<IcimsStep>(app, 'icims.get', { integrationId: id, language: 'en' });
    expect(en.requestLanguage).toBe('en');
    expect(en.requestText).toMatch(/^Hello,\n\nBoulangerie Saint-Roch uses Certn for background checks and would like the Certn integration enabled in iCIMS\./);
    expect(en.requestText).toContain('Please assign a Customer Integration Consultant. We will need the iCIMS Customer ID, and an integration username and password for Certn.');
    expect(en.requestText).toContain('Certn packages to offer in iCIMS (exact full names, in quotes, and IDs):');
    expect(en.requestText).toContain('The webhook credentials will be sent to the consultant separately through a secure channel.');
    expect(en.requestText).not.toMatch(/Bonjour|Forfaits/);
    expect(en.requestText).toContain(`  - "Executive Screen "  ID ${executive.id} (check: the name ends with a space)`);

    const fr = await call<IcimsStep>(app, 'icims.get', { integrationId: id });
    expect(fr.requestLanguage).toBe('fr-CA');
    expect(fr.requestText).toContain('Forfaits Certn à offrir dans iCIMS');

    const renamed = await call<IcimsStep>(app, 'icims.setCompany', { integrationId: id, company: 'Acme Ltd', language: 'en' });
    expect(renamed.requestSubject).toBe('Request: Certn background screening integration for Acme Ltd');
    await call(app, 'icims.setCompany', { integrationId: id, company: 'Boulangerie Saint-Roch' });
  });
});

describe('the setup services in French', () => {
  it('an integration with nothing done lists what each step misses in French, with step references in French', async () => {
    await call(app, 'prefs.set', { language: 'fr-CA' });
    const fresh = (await call<{ id: string }>(app, 'integrations.create', { name: 'Rien de fait', environment: 'simulator' })).id;
    const overview = await call<{ steps: { id: string; summary: string; missing: string[] }[] }>(app, 'integrations.overview', { id: fresh });
    const step = (sid: string) => overview.steps.find((s) => s.id === sid)!;
    expect(step('connect')).toMatchObject({ summary: 'Fait\u00a0: 0 sur 1', missing: ['Clé d’API Certn vérifiée'] });
    expect(step('icims').missing).toEqual(['Numéro de client iCIMS (Customer ID)', 'Nom d’utilisateur iCIMS', 'Mot de passe iCIMS', 'Identifiants iCIMS vérifiés']);
    expect(step('certn').missing).toContain('Type de lien vers le rapport (« Report URL Type »)'.replace(/« | »/g, (m) => (m === '« ' ? '«\u00a0' : '\u00a0»')));

    const preview = await call<{ missing: string[] }>(app, 'handoff.preview', { integrationId: fresh });
    expect(preview.missing).toContain('Le nom d’utilisateur et le mot de passe du webhook fournis par Certn ne sont pas enregistrés\u00a0: allez à l’étape 3, Connexion dans Certn.');
    expect(preview.missing).toContain('Aucun forfait n’est sélectionné pour iCIMS\u00a0: allez à l’étape 1, Forfaits, et sélectionnez-en au moins un.');

    const refused = await fails(call(app, 'icims.setMilestone', { integrationId: fresh, kind: 'requested', on: '2999-01-01' }));
    expect(refused).toMatchObject({ code: 'invalid_date', message: 'Cette date est dans le futur.', hint: 'Consignez un jalon une fois qu’il a eu lieu.' });

    // Back in English, the same call words the same facts in English.
    await call(app, 'prefs.set', { language: 'en' });
    const again = await call<{ steps: { id: string; summary: string; missing: string[] }[] }>(app, 'integrations.overview', { id: fresh });
    expect(again.steps.find((s) => s.id === 'connect')).toMatchObject({ summary: '0 of 1 done', missing: ['Certn API key verified'] });
  });
});
