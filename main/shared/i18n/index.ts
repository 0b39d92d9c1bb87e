// Messages the main process words for a person: errors and their hints, probe verdicts,
// reminders, the request e-mail, the consultant's instructions, the handoff page, the integration
// record and the CLI's output. FormatJS (ICU MessageFormat) formats them in one locale per call.
//
// The console's language is one setting for the whole process (`setLocale`, from the preferences
// at start and whenever Settings changes it), so code deep in a client can word an error without
// being handed a locale. Documents meant for someone else (the consultant's handoff and request
// e-mail) take their own locale through `translator(locale)`.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { flatten, type MessageIds, type MessageValues } from './catalog';
import { MAIN_AREAS_EN } from './en';
import { MAIN_AREAS_FR_CA } from './fr-CA';
import { DEFAULT_LOCALE, type Locale } from './locales';

export type MainMessageId = MessageIds<typeof MAIN_AREAS_EN>;

const MESSAGES: Record<Locale, () => Record<string, string>> = {
  en: () => flatten(MAIN_AREAS_EN),
  'fr-CA': () => flatten(MAIN_AREAS_FR_CA),
};

/** FormatJS's number options (Intl's, minus the locale matcher). */
export type NumberOptions = Parameters<IntlShape<string>['formatNumber']>[1];

export interface Translator {
  readonly locale: Locale;
  /** The message `id` in this locale, with its placeholders filled in. */
  t(id: MainMessageId, values?: MessageValues): string;
  /** A number as this locale writes it ("1,234.5" / "1 234,5"). */
  number(n: number, options?: NumberOptions): string;
  /** "a, b and c" / "a, b et c". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  readonly intl: IntlShape<string>;
}

let cache: ReturnType<typeof createIntlCache> | null = null;
const translators = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  let tr = translators.get(locale);
  if (tr) return tr;
  cache ??= createIntlCache();
  const intl = createIntl<string>(
    {
      locale,
      defaultLocale: DEFAULT_LOCALE,
      messages: MESSAGES[locale](),
      // A missing translation falls back to English (the catalog test keeps that from shipping);
      // FormatJS's own console warnings would only add noise to the log.
      onError: () => undefined,
    },
    cache,
  );
  const english = locale === DEFAULT_LOCALE ? null : translator(DEFAULT_LOCALE);
  tr = {
    locale,
    intl,
    t: (id, values) => (english && !(id in intl.messages) ? english.t(id, values) : (intl.formatMessage({ id }, values) as string)),
    number: (n, options) => intl.formatNumber(n, options),
    list: (items, type = 'conjunction') => intl.formatList(items, { type }) as string,
  };
  translators.set(locale, tr);
  return tr;
}

let current: Locale = DEFAULT_LOCALE;

/** The console's language for everything main words from now on. */
export function setLocale(locale: Locale): void {
  current = locale;
}

export function currentLocale(): Locale {
  return current;
}

/** A message in the console's language. */
export function t(id: MainMessageId, values?: MessageValues): string {
  return translator(current).t(id, values);
}

/** The translator for the console's language (numbers, lists, dates in the same locale). */
export function currentTranslator(): Translator {
  return translator(current);
}
