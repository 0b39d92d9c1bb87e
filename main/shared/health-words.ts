// A health result keeps its words as message ids and values beside the worded text, so a run
// recorded in one language reads in the language of whoever opens the history later. Pure: the
// store re-words on read, the health checks word on write.
import { currentTranslator, type MainMessageId, type Translator } from './i18n';
import type { CheckResult } from './health';
import { stepNumber, type StepId } from './steps';
import { formatDate, formatDateTimeZoned } from './time';

/** A value in a message: text as is, a number, another message, a step, or an instant or day to format. */
export type WordArg =
  | string
  | number
  | Message
  | { readonly step: StepId; readonly capital?: boolean }
  | { readonly date: string }
  | { readonly dateTime: string }
  | { readonly list: readonly WordArg[] };
export type WordArgs = { readonly [name: string]: WordArg };

export interface Message {
  readonly m: MainMessageId;
  readonly v?: WordArgs;
}

/** One sentence: a message, or text already worded elsewhere (an upstream error's own message). */
export type Words = Message | { readonly text: string };

export interface ResultWords {
  summary: Words;
  evidence: Words[];
  fix: Words | null;
}

/** A result as stored: the worded text plus what it was worded from. */
export type StoredCheckResult = CheckResult & { words?: ResultWords };

export const msg = (m: MainMessageId, v?: WordArgs): Message => (v ? { m, v } : { m });
export const text = (s: string): Words => ({ text: s });

function arg(a: WordArg, tr: Translator): string | number {
  if (typeof a === 'string' || typeof a === 'number') return a;
  if ('m' in a) return word(a, tr);
  if ('step' in a) return tr.t(a.capital ? 'steps.refCapital' : 'steps.ref', { number: stepNumber(a.step), title: tr.t(`steps.${a.step}`) });
  if ('date' in a) return formatDate(a.date, { locale: tr.locale });
  if ('dateTime' in a) return formatDateTimeZoned(a.dateTime, { locale: tr.locale });
  return tr.list(a.list.map((x) => String(arg(x, tr))));
}

/** The sentence in the given language (the console's by default). */
export function word(w: Words, tr: Translator = currentTranslator()): string {
  if ('text' in w) return w.text;
  return tr.t(w.m, w.v && Object.fromEntries(Object.entries(w.v).map(([k, v]) => [k, arg(v, tr)])));
}

/** A stored result in the reader's language; results stored before words were kept read as they were. */
export function rewordResult(r: StoredCheckResult, tr: Translator = currentTranslator()): CheckResult {
  const { words, ...rest } = r;
  if (!words) return rest;
  return {
    ...rest,
    summary: word(words.summary, tr),
    evidence: words.evidence.map((e) => word(e, tr)),
    fixLink: rest.fixLink && words.fix ? { ...rest.fixLink, label: word(words.fix, tr) } : rest.fixLink,
  };
}
