import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import type { PackagePlan, PackageView } from '../../../main/ipc/contract/setup';
import { setLocale } from '../../../main/shared/i18n';
import { call, fails, makeApp, PASSPHRASE } from '../../support/app';

// The packages step with the console in Canadian French, against the simulator over loopback and a
// real SQLite file: its refusals and the checklist for a planned package are French, with the
// English portal labels quoted as the admin sees them; a plan kept in SQLite reads in English again
// once the console does.
const pause = <T,>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 20));

/** English words that never appear in the French text once the quoted portal labels are set aside. */
const ENGLISH = /\b(the|and|it|is|in|of|that|then|this|with|from|open|switch|save|copy|paste|sync|optional|exactly|will|fail)\b/i;
function englishLeft(s: string): string | null {
  const unquoted = s.replace(/«\u00a0[^»]*\u00a0»/g, '«»');
  return ENGLISH.test(unquoted) ? s : null;
}

let app: ConsoleApp;
let id: string;
let rows: PackageView[];
const byName = (n: string) => rows.find((p) => p.name === n)!;
const speak = (language: 'en' | 'fr-CA') => call(app, 'prefs.set', { language });

beforeAll(async () => {
  app = await makeApp();
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Forfaits', environment: 'simulator' })).id;
  await call(app, 'certn.connectSimulator', { integrationId: id });
  await call(app, 'packages.sync', { integrationId: id });
  let s: { running: boolean; error: unknown };
  do s = await call<typeof s>(app, 'packages.syncStatus', { integrationId: id }).then(pause);
  while (s.running);
  expect(s.error).toBeNull();
  rows = (await call<{ rows: PackageView[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows;
});
afterAll(async () => app?.close());
afterEach(async () => {
  await speak('en');
  setLocale('en');
});

describe('the packages step in Canadian French', () => {
  it('the English test finds English words (so the French checks below can fail)', () => {
    expect(englishLeft('That package plan no longer exists.')).not.toBeNull();
    expect(englishLeft('Activez «\u00a0Mark this package for ATS use\u00a0» (Marquer ce forfait pour utilisation par un ATS).')).toBeNull();
  });

  it('refuses in French: an unknown package, a package Certn does not have, one that will fail, ATS off, a plan gone', async () => {
    await speak('fr-CA');
    const unknown = await fails(call(app, 'packages.select', { integrationId: id, packageId: randomUUID(), selected: true }));
    expect(unknown).toMatchObject({
      code: 'package_unknown',
      message: 'Ce forfait ne figure pas dans la liste de cette intégration.',
      hint: 'Synchronisez les forfaits ou ajoutez celui-ci par son adresse dans le portail.',
    });

    const missing = '00000000-0000-4000-8000-000000000000';
    const notFound = await fails(call(app, 'packages.addByUrl', { integrationId: id, url: `https://client.certn.co/ca/package/${missing}/` }));
    expect(notFound).toMatchObject({ code: 'package_not_found', message: `Certn n’a aucun forfait portant l’identifiant ${missing} dans ce compte.` });
    expect(notFound.hint).toBe('Vérifiez que l’adresse a été copiée en entier et que le forfait appartient à ce compte Certn et à cette région.');

    const volunteer = byName('Volunteer Basic');
    const willFail = await fails(call(app, 'packages.select', { integrationId: id, packageId: volunteer.id, selected: true }));
    expect(willFail.code).toBe('package_will_fail');
    expect(willFail.message).toMatch(/^«\u00a0Volunteer Basic\u00a0» échouera quand un recruteur le commandera\u00a0: .+\.$/);
    expect(willFail.hint).toMatch(/^Corrigez-le dans le portail client de Certn .*journal d’audit\)\.$/);
    const atsOff = await fails(call(app, 'packages.confirmAts', { integrationId: id, packageId: volunteer.id }));
    expect(atsOff).toMatchObject({ code: 'ats_off', message: 'Selon Certn, ce forfait n’est pas marqué pour utilisation par un ATS.' });
    expect(atsOff.hint).toContain('«\u00a0Mark this package for ATS use\u00a0» (Marquer ce forfait pour utilisation par un ATS)');

    const gone = await fails(call(app, 'packages.completePlan', { integrationId: id, planId: randomUUID(), url: `https://client.certn.co/ca/package/${missing}/` }));
    expect(gone).toMatchObject({ code: 'plan_unknown', message: 'Ce plan de forfait n’existe plus.', hint: 'Planifiez le forfait de nouveau.' });
    for (const e of [unknown, notFound, willFail, atsOff, gone]) expect([e.message, e.hint].map((s) => englishLeft(s ?? '')).filter(Boolean)).toEqual([]);

    // The same refusal reads in English once the console does.
    await speak('en');
    expect((await fails(call(app, 'packages.completePlan', { integrationId: id, planId: randomUUID(), url: 'x' }))).message).toBe('That package plan no longer exists.');
  });

  it('gives the planned package’s checklist in French, and the plan kept in SQLite reads in English later', async () => {
    await speak('fr-CA');
    const plan = await call<PackagePlan>(app, 'packages.plan', { integrationId: id, name: 'Embauche saisonnière ', description: '', checkTypes: ['IDENTITY_VERIFICATION_1', 'CRIMINAL_RECORD_CHECK'], tags: ['saison', 'été'] });
    expect(plan.checklist).toEqual([
      'Dans le portail client de Certn («\u00a0Client Portal\u00a0»), ouvrez «\u00a0Packages → New Package\u00a0» (Forfaits → Nouveau forfait).',
      'Nom («\u00a0Name\u00a0»)\u00a0: «\u00a0Embauche saisonnière \u00a0» (exactement; iCIMS le comparera caractère par caractère).',
      'Description\u00a0: facultative.',
      'Activez «\u00a0Mark this package for ATS use\u00a0» (Marquer ce forfait pour utilisation par un ATS).',
      'Étiquettes («\u00a0Tags\u00a0»)\u00a0: saison, été.',
      'Vérifications («\u00a0Checks\u00a0»)\u00a0: IDENTITY_VERIFICATION_1, CRIMINAL_RECORD_CHECK.',
      'Relisez, puis cliquez sur «\u00a0Save package\u00a0» (Enregistrer le forfait).',
      'Copiez l’adresse du nouveau forfait dans la barre d’adresse du navigateur et collez-la ci-dessous.',
    ]);
    expect(plan.checklist.map(englishLeft).filter(Boolean)).toEqual([]);

    await speak('en');
    const later = (await call<PackagePlan[]>(app, 'packages.plans', { integrationId: id })).find((p) => p.id === plan.id)!;
    expect(later.checklist).toEqual([
      'In the Client Portal, open Packages → New Package.',
      'Name: "Embauche saisonnière " (exactly; iCIMS will match it character for character).',
      'Description: optional.',
      'Switch on “Mark this package for ATS use”.',
      'Tags: saison, été.',
      'Checks: IDENTITY_VERIFICATION_1, CRIMINAL_RECORD_CHECK.',
      'Review, then Save package.',
      'Copy the new package’s address from the browser and paste it below.',
    ]);
  });
  it('an override made in French keeps its reasons as ids: the package and the audit log read them in English later', async () => {
    await speak('fr-CA');
    const legacy = byName('Legacy Criminal Check');
    const picked = await call<PackageView>(app, 'packages.select', { integrationId: id, packageId: legacy.id, selected: true, override: true });
    expect(picked.override?.reasons).toEqual(['inactif dans Certn']);
    type Entry = { action: string; summary: string; facts: { label: string; value: string }[] };
    const entryFr = (await call<Entry[]>(app, 'audit.list', { integrationId: id, action: 'package.override' }))[0];
    expect(entryFr.summary).toContain('inactif dans Certn');
    expect(entryFr.facts).toContainEqual({ label: 'Pourquoi elle échouerait', value: 'inactif dans Certn' });
    expect(entryFr.facts.map((f) => f.label)).not.toContain('Reason ids');

    await speak('en');
    const again = (await call<{ rows: PackageView[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows.find((p) => p.id === legacy.id)!;
    expect(again.override?.reasons).toEqual(['inactive in Certn']);
    const entryEn = (await call<Entry[]>(app, 'audit.list', { integrationId: id, action: 'package.override' }))[0];
    expect(entryEn.summary).toContain('inactive in Certn');
    expect(entryEn.facts).toContainEqual({ label: 'Why it would fail', value: 'inactive in Certn' });
    await call(app, 'packages.select', { integrationId: id, packageId: legacy.id, selected: false });
  });
});
