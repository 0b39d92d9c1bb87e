import { afterEach, describe, expect, it } from 'vitest';
import { localesFromEnv, matchLocale, resolveLocale } from '../../../main/shared/i18n/locales';
import { currentLocale, setLocale, translator } from '../../../main/shared/i18n';
import { stepRef } from '../../../main/shared/step-ref';
import { call, makeApp } from '../../support/app';

afterEach(() => setLocale('en'));

describe('which language the console speaks', () => {
  it('takes the first system language it speaks; any French is Canadian French', () => {
    expect(matchLocale(['de-DE', 'fr-FR', 'en-US'])).toBe('fr-CA');
    expect(matchLocale(['de-DE', 'en-GB', 'fr-CA'])).toBe('en');
    expect(matchLocale(['fr_CA'])).toBe('fr-CA');
    expect(matchLocale(['ja', 'de'])).toBe('en');
    expect(matchLocale([])).toBe('en');
    expect(resolveLocale('system', ['fr-BE'])).toBe('fr-CA');
    expect(resolveLocale('en', ['fr-BE'])).toBe('en');
  });

  it('reads the POSIX locale variables, most preferred first', () => {
    expect(localesFromEnv({ LANGUAGE: 'fr_CA:en', LANG: 'en_US.UTF-8' })).toEqual(['fr-CA', 'en', 'en-US']);
    expect(localesFromEnv({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8@euro' })).toEqual(['fr-FR']);
    expect(localesFromEnv({})).toEqual([]);
  });

  it('follows the preference: main words its messages, numbers and lists in the chosen language', async () => {
    const app = await makeApp({ systemLocales: ['fr-CA', 'en-CA'] });
    try {
      const prefs = await call<{ language: string; locale: string }>(app, 'prefs.get');
      expect(prefs).toMatchObject({ language: 'system', locale: 'fr-CA' });
      expect(currentLocale()).toBe('fr-CA');
      expect(stepRef('certn')).toBe('étape 3, Connexion dans Certn');
      expect(translator('fr-CA').number(1234.5)).toBe('1\u00a0234,5');
      expect(translator('fr-CA').list(['a', 'b'])).toBe('a et b');

      const english = await call<{ language: string; locale: string }>(app, 'prefs.set', { language: 'en' });
      expect(english).toMatchObject({ language: 'en', locale: 'en' });
      expect(stepRef('certn')).toBe('step 3, Certn connection');
      // The other language stays at hand for documents meant for someone else.
      expect(translator('fr-CA').t('steps.handoff')).toBe('Transmission');
    } finally {
      await app.close();
    }
  });

  it('refuses a language it does not have', async () => {
    const app = await makeApp();
    try {
      await expect(call(app, 'prefs.set', { language: 'de' })).rejects.toMatchObject({ code: 'invalid_input' });
    } finally {
      await app.close();
    }
  });
});
