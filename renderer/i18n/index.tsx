// The renderer's words: react-intl (FormatJS, ICU MessageFormat) with typed ids. Components call
// `useT()` and never hold a user-facing literal; test/unit/i18n/literals.test.ts fails on one.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl, type IntlShape } from 'react-intl';
import type { MessageIds, MessageValues } from '../../main/shared/i18n/catalog';
import type { NumberOptions } from '../../main/shared/i18n';
import { DEFAULT_LOCALE, matchLocale, type Locale } from '../../main/shared/i18n/locales';
import { stepNumber, type StepId } from '../../main/shared/steps';
import { formatDate, formatDateTime, formatDateTimeZoned, formatDateZoned, formatTime } from '../../main/shared/time';
import { MESSAGES_EN, type AREAS_EN } from './messages-en';

export type MessageId = MessageIds<typeof AREAS_EN>;

type Catalog = Record<string, string>;

/** French is fetched only when it is the console's language. */
const LOADERS: Record<Locale, () => Promise<Catalog>> = {
  en: () => Promise.resolve(MESSAGES_EN),
  'fr-CA': () => import('./messages-fr-CA').then((m) => m.MESSAGES_FR_CA),
};
const loaded: Partial<Record<Locale, Catalog>> = { en: MESSAGES_EN };

/** Loads a locale's catalog ahead of time (boot does, while the first calls to main travel). */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  return (loaded[locale] ??= await LOADERS[locale]());
}

/** The language to show before main has said which one is chosen: the browser's (the system's in Electron). */
export function guessLocale(): Locale {
  return matchLocale(navigator.languages ?? [navigator.language]);
}

const LocaleReady = createContext<Locale>(DEFAULT_LOCALE);

/**
 * Everything below speaks `locale`. While another language's catalog loads (a second at most,
 * from disk), the screen keeps the language it had, so nothing flashes untranslated.
 */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [shown, setShown] = useState<{ locale: Locale; messages: Catalog }>(() => {
    const ready = loaded[locale];
    return ready ? { locale, messages: ready } : { locale: DEFAULT_LOCALE, messages: MESSAGES_EN };
  });
  useEffect(() => {
    let live = true;
    void loadCatalog(locale).then((messages) => live && setShown({ locale, messages }));
    return () => {
      live = false;
    };
  }, [locale]);
  useEffect(() => {
    document.documentElement.lang = shown.locale;
  }, [shown.locale]);
  return (
    <IntlProvider key={shown.locale} locale={shown.locale} defaultLocale={DEFAULT_LOCALE} messages={shown.messages} onError={reportMissing}>
      <LocaleReady.Provider value={shown.locale}>{children}</LocaleReady.Provider>
    </IntlProvider>
  );
}

function reportMissing(err: { code?: string; message: string }) {
  // A missing French message shows the English one; the catalog test keeps that from shipping.
  if (err.code !== 'MISSING_TRANSLATION') console.error(err.message);
}

/** Values for rich messages: text and numbers, or a function wrapping a tag's content, e.g. `<b>…</b>`. */
export type RichValues = Readonly<Record<string, ReactNode | Date | ((chunks: ReactNode[]) => ReactNode)>>;

export interface T {
  readonly locale: Locale;
  /** The message `id`, with its placeholders filled in. */
  (id: MessageId, values?: MessageValues): string;
  /** A message with markup: `rich('x', { b: (c) => <strong>{c}</strong> })` for "…<b>…</b>…". */
  rich(id: MessageId, values: RichValues): ReactNode;
  number(n: number, options?: NumberOptions): string;
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** "28 nov. 2026" / "Nov 28, 2026". */
  date(v: string | number | Date): string;
  time(v: string | number | Date): string;
  dateTime(v: string | number | Date): string;
  /** With the time zone named, where a reader elsewhere must not guess. */
  dateTimeZoned(v: string | number | Date): string;
  dateZoned(v: string | number | Date): string;
  /** A step's title: "Packages" / "Forfaits". */
  step(id: StepId): string;
  /** "step 1, Packages" as every message points at a step; `capital` at the start of a sentence. */
  stepRef(id: StepId, capital?: boolean): string;
  readonly intl: IntlShape;
}

export function makeT(intl: IntlShape, locale: Locale): T {
  const t = ((id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values)) as T;
  const o = { locale };
  Object.assign(t, {
    locale,
    intl,
    rich: (id: MessageId, values: RichValues) => intl.formatMessage({ id }, values as never) as ReactNode,
    number: (n: number, options?: NumberOptions) => intl.formatNumber(n, options),
    list: (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') => intl.formatList(items, { type }) as string,
    date: (v: string | number | Date) => formatDate(v, o),
    time: (v: string | number | Date) => formatTime(v, o),
    dateTime: (v: string | number | Date) => formatDateTime(v, o),
    dateTimeZoned: (v: string | number | Date) => formatDateTimeZoned(v, o),
    dateZoned: (v: string | number | Date) => formatDateZoned(v, o),
    step: (id: StepId) => t(`steps.${id}`),
    stepRef: (id: StepId, capital = false) => t(capital ? 'steps.refCapital' : 'steps.ref', { number: stepNumber(id), title: t(`steps.${id}`) }),
  });
  return t;
}

/** The translator for the console's current language. */
export function useT(): T {
  const intl = useIntl();
  const locale = useContext(LocaleReady);
  return useMemo(() => makeT(intl, locale), [intl, locale]);
}
