// i18n-pending: its words are moving to the message catalogs.
// Certn API keys expire 365 days after they are made; Certn emails admins 30, 14, 7 and 1 days
// before (certn.md, [doc]). The watch warns from the same first reminder and fails once expired.
import { addDays, calendarDate, daysBetween } from '../shared/time';
import type { CheckResult } from '../shared/health';
import { stepRef } from '../shared/step-ref';
import { result, stepFix } from './result';

export const KEY_LIFETIME_DAYS = 365;
export const REMINDER_DAYS = [30, 14, 7, 1] as const;

export interface KeyExpiryInput {
  hasKey: boolean;
  /** The key's creation day ("YYYY-MM-DD") as the admin entered it, or the day it was saved. */
  keyCreatedOn: string | null;
  now: Date;
}

// A function, not a constant: the words follow the console's language at the time of the check.
const fix = () => stepFix('connect', `Make a new key in the Client Portal (Settings → Integrations → API Keys) and enter it in ${stepRef('connect')}`);

export function checkKeyExpiry(i: KeyExpiryInput): CheckResult {
  const id = 'certn-key-expiry';
  if (!i.hasKey) return result(id, 'warn', 'No Certn API key is saved, so its expiry cannot be watched.', [], stepFix('connect', `Enter the Certn API key in ${stepRef('connect')}`));
  if (!i.keyCreatedOn) return result(id, 'warn', 'The key’s creation date is not known, so its expiry cannot be watched.', [], stepFix('connect', 'Enter the key again with the day it was made'));
  const expiresOn = addDays(i.keyCreatedOn, KEY_LIFETIME_DAYS);
  const daysLeft = daysBetween(calendarDate(i.now), expiresOn);
  const evidence = [`Key made on ${i.keyCreatedOn}; Certn keys expire after ${KEY_LIFETIME_DAYS} days, on ${expiresOn}.`];
  if (daysLeft <= 0) return result(id, 'fail', `The Certn API key expired on ${expiresOn}: the console can no longer check anything in Certn.`, evidence, fix());
  const reminder = REMINDER_DAYS.filter((d) => daysLeft <= d).at(-1);
  if (reminder !== undefined) {
    evidence.push(`Within Certn’s ${reminder}-day reminder (reminders at ${REMINDER_DAYS.join(', ')} days).`);
    return result(id, 'warn', `The Certn API key expires in ${daysLeft === 1 ? '1 day' : `${daysLeft} days`} (${expiresOn}). Several keys can be active at once: make the new one now.`, evidence, fix());
  }
  return result(id, 'ok', `The Certn API key is valid for ${daysLeft} more days (until ${expiresOn}).`, evidence);
}
