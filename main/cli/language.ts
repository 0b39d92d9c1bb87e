// The language a terminal command speaks: `--language`, else the console's language preference in
// the data folder (the same file the console keeps), else the POSIX locale (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG). Set before anything is worded, so even a usage error reads in it.
import fs from 'node:fs';
import path from 'node:path';
import { PrefsSchema } from '../prefs/prefs';
import { setLocale, t } from '../shared/i18n';
import { LOCALES, isLocale, localesFromEnv, resolveLocale, type LanguagePref, type Locale } from '../shared/i18n/locales';
import { argValue, defaultDataDir } from './data-dir';
import { CliError } from './options';

/** The option every command takes; listed in each command's OPTIONS so strict parsing accepts it. */
export const LANGUAGE_OPTION = { language: { type: 'string' } } as const;

const PREFS_FILE = 'preferences.json';

/** The preference saved in the data folder, or "system" when there is none (or it cannot be read). */
function savedPreference(dataDir: string): LanguagePref {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dataDir, PREFS_FILE), 'utf8')) as { language?: unknown };
    const parsed = PrefsSchema.shape.language.safeParse(raw.language);
    return parsed.success ? parsed.data : 'system';
  } catch {
    return 'system';
  }
}

/** The language without `--language`: the data folder's preference, else the environment's. */
export function defaultCliLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  const dataDir = path.resolve(argValue([...argv], 'data-dir') ?? defaultDataDir(env));
  return resolveLocale(savedPreference(dataDir), localesFromEnv(env));
}

/**
 * Sets the command's language and returns it. Call it again after opening the console's app, whose
 * preferences set the language for the whole process. An unknown `--language` is a usage error.
 */
export function useCliLanguage(argv: readonly string[], usageExit: number, env: NodeJS.ProcessEnv = process.env): Locale {
  const fallback = defaultCliLocale(argv, env);
  setLocale(fallback);
  const given = argValue([...argv], 'language');
  if (given === undefined || given.startsWith('--')) return fallback;
  if (!isLocale(given)) throw new CliError(usageExit, t('cli.language.unknown', { given }), t('cli.language.unknown.hint', { choices: LOCALES.join(', ') }));
  setLocale(given);
  return given;
}
