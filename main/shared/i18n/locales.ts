// The console's languages and how "system default" becomes one of them. Pure: main, the CLI and
// the renderer all use it.

export const LOCALES = ['en', 'fr-CA'] as const;
export type Locale = (typeof LOCALES)[number];

/** What Settings offers: follow the system, or one language whatever the system says. */
export const LANGUAGE_PREFS = ['system', ...LOCALES] as const;
export type LanguagePref = (typeof LANGUAGE_PREFS)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in that language, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'fr-CA': 'Français' };

/**
 * The first of the system's preferred languages the console speaks. Any French (fr, fr-FR, fr-BE…)
 * gets Canadian French, the only French the console has; anything else not English falls through
 * to the next preference, then to English.
 */
export function matchLocale(preferred: readonly (string | null | undefined)[]): Locale {
  for (const raw of preferred) {
    const tag = (raw ?? '').trim().toLowerCase().replace(/_/g, '-');
    if (tag === 'fr' || tag.startsWith('fr-')) return 'fr-CA';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return DEFAULT_LOCALE;
}

export function resolveLocale(pref: LanguagePref, system: readonly string[]): Locale {
  return pref === 'system' ? matchLocale(system) : pref;
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/**
 * The preferred languages a POSIX environment names, most preferred first: LANGUAGE (a
 * colon-separated list), then LC_ALL, LC_MESSAGES and LANG. "fr_CA.UTF-8" becomes "fr-CA";
 * "C" and "POSIX" name no language.
 */
export function localesFromEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  const raw = [...(env.LANGUAGE ?? '').split(':'), env.LC_ALL, env.LC_MESSAGES, env.LANG];
  return raw
    .map((v) => (v ?? '').split('.')[0].split('@')[0].replace(/_/g, '-').trim())
    .filter((v) => v && v !== 'C' && v !== 'POSIX');
}
