// Why zod refused a value, in the console's language. The contract names its own refusals by
// message id (`contract.*`, see main/ipc/contract/define.ts `refusal`); zod words the rest
// ("expected number, received string") in its own locale files, which include Canadian French.
import { z } from 'zod';
import { currentLocale, t, type MainMessageId } from './index';
import type { Locale } from './locales';

const ZOD_LOCALES: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  'fr-CA': z.locales.frCA,
};
const maps = new Map<Locale, z.core.$ZodErrorMap>();

/** Pass to `safeParse(value, parseOptions())` so zod's own messages come in the console's language. */
export function parseOptions(): { error: z.core.$ZodErrorMap } {
  const locale = currentLocale();
  let error = maps.get(locale);
  if (!error) maps.set(locale, (error = ZOD_LOCALES[locale]().localeError));
  return { error };
}

/** What is wrong, without where. */
export function issueReason(issue: z.core.$ZodIssue): string {
  return issue.message.startsWith('contract.') ? t(issue.message as MainMessageId) : issue.message;
}

/** One refusal as a person reads it: "field: what is wrong". */
export function issueText(issue: z.core.$ZodIssue): string {
  return issue.path.length ? `${issue.path.join('.')}: ${issueReason(issue)}` : issueReason(issue);
}
