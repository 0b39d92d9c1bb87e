// The words a walk looks for, in the language it walks in. A spec names what a person reads by
// its English message template (`say('Select {name} for iCIMS', { name })`) and gets the text the
// console shows in that language, formatted by FormatJS from the same catalogs the console uses.
// So one walk runs in English and in French, and a template that is not in the catalogs fails at
// once, naming it.
import { expect, type Page } from '@playwright/test';
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { flatten } from '../../main/shared/i18n/catalog';
import { MAIN_AREAS_EN } from '../../main/shared/i18n/en';
import { MAIN_AREAS_FR_CA } from '../../main/shared/i18n/fr-CA';
import type { Locale } from '../../main/shared/i18n/locales';
import { MESSAGES_EN } from '../../renderer/i18n/messages-en';
import { MESSAGES_FR_CA } from '../../renderer/i18n/messages-fr-CA';

type Values = Record<string, string | number | Date>;

const CATALOGS: Record<Locale, Record<string, string>> = {
  en: { ...flatten(MAIN_AREAS_EN), ...MESSAGES_EN },
  'fr-CA': { ...flatten(MAIN_AREAS_FR_CA), ...MESSAGES_FR_CA },
};

/** The ids whose English template is exactly `template`. */
function idsOf(template: string): string[] {
  const ids = Object.entries(CATALOGS.en)
    .filter(([, m]) => m === template)
    .map(([id]) => id);
  if (!ids.length) throw new Error(`No message in the catalogs reads “${template}”`);
  return ids;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message as a pattern: its literal text exact (any run of spaces matching any), every placeholder anything. */
function pattern(elements: MessageFormatElement[]): string {
  return elements
    .map((e) => {
      if (e.type === TYPE.literal) return escape(e.value).replace(/[\s\u00a0\u202f]+/g, '[\\s\\u00a0\\u202f]+');
      if (e.type === TYPE.tag) return pattern(e.children);
      if (e.type === TYPE.pound) return '[\\d\\s\\u00a0\\u202f.,]+';
      if (e.type === TYPE.plural || e.type === TYPE.select) return `(?:${Object.values(e.options).map((o) => pattern(o.value)).join('|')})`;
      return '[\\s\\S]*?';
    })
    .join('');
}

export interface Speaker {
  readonly locale: Locale;
  /** The text of the message whose English template is `template`, in this language. */
  say(template: string, values?: Values): string;
  /** The same message as a pattern (placeholders match anything), for texts that change. */
  like(template: string, flags?: string): RegExp;
  /** `like`, anchored at the start: a name that begins with the message. */
  startsWith(template: string): RegExp;
  /** A message by its id, where one English text has several translations (e.g. "Keycode"). */
  id(id: string, values?: Values): string;
}

export function speaker(locale: Locale): Speaker {
  const intl: IntlShape<string> = createIntl<string>({ locale, messages: CATALOGS[locale], onError: () => undefined }, createIntlCache());
  const one = (template: string) => {
    const ids = idsOf(template);
    const texts = new Set(ids.map((id) => CATALOGS[locale][id]));
    if (texts.size > 1) throw new Error(`“${template}” has ${texts.size} different ${locale} translations (${ids.join(', ')}): name it by a more precise template`);
    return ids[0];
  };
  return {
    locale,
    say: (template, values) => intl.formatMessage({ id: one(template) }, values) as string,
    like: (template, flags) => new RegExp(pattern(parse(CATALOGS[locale][one(template)])), flags),
    startsWith: (template) => new RegExp(`^${pattern(parse(CATALOGS[locale][one(template)]))}`),
    id: (id, values) => {
      if (!(id in CATALOGS[locale])) throw new Error(`No message ${id}`);
      return intl.formatMessage({ id }, values) as string;
    },
  };
}

/**
 * English words that French never uses as words of its own. A sentence with two or more of them,
 * once the quoted parts (portal labels « Settings → Integrations », a partner's own message “…”)
 * are taken out, is English a French reader would meet.
 */
const ENGLISH_WORDS = new Set(['the', 'and', 'with', 'your', 'this', 'that', 'is', 'are', 'to', 'of', 'for', 'was', 'be', 'not', 'has', 'have', 'will', 'from', 'it', 'when', 'then', 'been', 'which', 'before', 'after', 'only', 'yet']);

/** Sentences of `text` that read as English. */
export function englishSentences(text: string): string[] {
  const unquoted = text.replace(/«[^»]*»|“[^”]*”|"[^"\n]*"|‘[^’]*’/g, ' ');
  return unquoted
    .split(/\n+|(?<=[.!?:;])\s+/)
    .map((s) => s.trim())
    .filter((s) => new Set((s.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => ENGLISH_WORDS.has(w))).size >= 2);
}

/** What the page shows (and names for assistive technology) that reads as English. */
export async function englishOnPage(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    // A part marked as another language (lang="en" on the consultant's English copy) is meant to be.
    const own = document.documentElement.lang.slice(0, 2);
    const foreign = [...document.body.querySelectorAll<HTMLElement>('[lang]')].filter((e) => !e.lang.startsWith(own));
    const hidden = foreign.map((e) => [e, e.style.display] as const);
    for (const [e] of hidden) e.style.display = 'none';
    try {
      const named = [...document.querySelectorAll('[aria-label],[title],[placeholder],[aria-description]')]
        .filter((e) => !foreign.some((f) => f.contains(e)))
        .map((e) => ['aria-label', 'title', 'placeholder', 'aria-description'].map((a) => e.getAttribute(a) ?? '').join('\n'));
      return [document.body.innerText, ...named].join('\n');
    } finally {
      for (const [e, display] of hidden) e.style.display = display;
    }
  });
  return englishSentences(text);
}

/** Fails, naming the screen, on any sentence that reads as English, bar the ones `allowed` says are meant to be (the consultant's English copy). */
export async function expectNoEnglish(page: Page, where: string, allowed: readonly RegExp[] = []): Promise<void> {
  const left = (await englishOnPage(page)).filter((s) => !allowed.some((a) => a.test(s)));
  expect(left, `${where}: English on a French screen`).toEqual([]);
}
