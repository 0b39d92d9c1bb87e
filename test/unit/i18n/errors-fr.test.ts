import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ConsoleApp } from '../../../main/app';
import { setLocale } from '../../../main/shared/i18n';
import { call, fails, makeApp, PASSPHRASE } from '../../support/app';

// Errors are worded when they are thrown, in the console's language: switching the preference
// through a real app makes the next refusals French, and switching back makes them English.
describe('errors in the console language', () => {
  let app: ConsoleApp;
  afterEach(() => setLocale('en'));
  afterAll(async () => app?.close());

  it('a wrong passphrase, an invalid input and a Certn 401 come back in French, then in English again', async () => {
    app = await makeApp();
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    const id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Répétition', environment: 'simulator' })).id;

    await call(app, 'prefs.set', { language: 'fr-CA' });
    const badKey = await fails(call(app, 'certn.connect', { integrationId: id, apiKey: 'Wrong123.notavalidkeynotavalidkeynotavalid00' }));
    expect(badKey.code).toBe('certn_unauthorized');
    expect(badKey.message).toBe('Certn a refusé cette clé d’API (région\u00a0: simulateur local). Une clé ne fonctionne que dans la région qui l’a émise et expire après 365 jours.');
    expect(badKey.hint).toMatch(/^Vérifiez que la clé a été créée dans cette région/);

    const unknown = await fails(call(app, 'nothing.here'));
    expect(unknown).toMatchObject({ code: 'unknown_channel', message: 'La console n’a aucune opération nommée «\u00a0nothing.here\u00a0».' });
    const invalid = await fails(call(app, 'integrations.create', { name: 42, environment: 'simulator' }));
    expect(invalid.code).toBe('invalid_input');
    expect(invalid.message).toMatch(/^Cette requête n’a pas été acceptée \(integrations\.create\u00a0: /);
    expect(invalid.hint).toBe('Vérifiez les champs en évidence, puis réessayez.');
    const taken = await fails(call(app, 'integrations.create', { name: 'Répétition', environment: 'simulator' }));
    expect(taken.message).toBe('Une intégration nommée «\u00a0Répétition\u00a0» existe déjà.');

    await call(app, 'vault.lock');
    const wrong = await fails(call(app, 'vault.unlock', { passphrase: 'not the passphrase at all' }));
    expect(wrong.code).toBe('vault_wrong_passphrase');
    expect(wrong.message).toMatch(/^Cette phrase de passe n’ouvre pas le coffre-fort\./);
    expect(wrong.hint).toMatch(/^Vérifiez la touche de verrouillage des majuscules/);

    await call(app, 'prefs.set', { language: 'en' });
    const again = await fails(call(app, 'integrations.create', { name: 'Répétition', environment: 'simulator' }));
    expect(again.message).toBe('An integration called “Répétition” already exists.');
    const unknownEn = await fails(call(app, 'nothing.here'));
    expect(unknownEn.message).toBe('The console has no operation called “nothing.here”.');
  });

  it('the fields the contract refuses are explained in French, its own reasons and zod’s alike, then in English again', async () => {
    app ??= await makeApp();
    await call(app, 'prefs.set', { language: 'fr-CA' });
    const empty = await fails(call(app, 'integrations.create', { name: '   ', environment: 'simulator' }));
    expect(empty.message).toBe('Cette requête n’a pas été acceptée (integrations.create\u00a0: name: Donnez un nom à l’intégration.).');
    const wrongType = await fails(call(app, 'integrations.create', { name: 42, environment: 'simulator' }));
    expect(wrongType.message).toContain('name: Entrée invalide : attendu string, reçu number');
    const extra = await fails(call(app, 'integrations.create', { name: 'X', environment: 'simulator', colour: 'red' }));
    expect(extra.message).toContain('Clé non reconnue : "colour"');
    const broken = await fails(call(app, 'integrations.create', { name: 'a\uD800b', environment: 'simulator' }));
    expect(broken.message).toContain('name: contient un caractère brisé');
    for (const e of [empty, wrongType, extra, broken]) expect(e.message).not.toMatch(/\b(?:Give|expected|received|Unrecognized|contains)\b/);

    await call(app, 'prefs.set', { language: 'en' });
    const emptyEn = await fails(call(app, 'integrations.create', { name: '', environment: 'simulator' }));
    expect(emptyEn.message).toBe('That request was not accepted (integrations.create: name: Give the integration a name.).');
    const wrongTypeEn = await fails(call(app, 'integrations.create', { name: 42, environment: 'simulator' }));
    expect(wrongTypeEn.message).toContain('name: Invalid input: expected string, received number');
  });
});
