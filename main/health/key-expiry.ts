// Certn API keys expire 365 days after they are made; Certn emails admins 30, 14, 7 and 1 days
// before (certn.md, [doc]). The watch warns from the same first reminder and fails once expired.
import { addDays, calendarDate, daysBetween } from '../shared/time';
import type { CheckResult } from '../shared/health';
import { msg } from '../shared/health-words';
import { result, stepFix } from './result';

export const KEY_LIFETIME_DAYS = 365;
export const REMINDER_DAYS = [30, 14, 7, 1] as const;

export interface KeyExpiryInput {
  hasKey: boolean;
  /** The key's creation day ("YYYY-MM-DD") as the admin entered it, or the day it was saved. */
  keyCreatedOn: string | null;
  now: Date;
}

const fix = () => stepFix('connect', msg('health.fix.newKey', { step: { step: 'connect' } }));

export function checkKeyExpiry(i: KeyExpiryInput): CheckResult {
  const id = 'certn-key-expiry';
  if (!i.hasKey) return result(id, 'warn', msg('health.keyExpiry.noKey'), [], stepFix('connect', msg('health.fix.enterKey', { step: { step: 'connect' } })));
  if (!i.keyCreatedOn) return result(id, 'warn', msg('health.keyExpiry.noDate'), [], stepFix('connect', msg('health.fix.enterKeyDate')));
  const expiresOn = addDays(i.keyCreatedOn, KEY_LIFETIME_DAYS);
  const daysLeft = daysBetween(calendarDate(i.now), expiresOn);
  const expires = { date: expiresOn };
  const evidence = [msg('health.keyExpiry.made', { made: { date: i.keyCreatedOn }, lifetime: KEY_LIFETIME_DAYS, expires })];
  if (daysLeft <= 0) return result(id, 'fail', msg('health.keyExpiry.expired', { expires }), evidence, fix());
  const reminder = REMINDER_DAYS.filter((d) => daysLeft <= d).at(-1);
  if (reminder !== undefined) {
    evidence.push(msg('health.keyExpiry.reminder', { reminder, reminders: { list: [...REMINDER_DAYS] } }));
    return result(id, 'warn', msg('health.keyExpiry.soon', { days: daysLeft, expires }), evidence, fix());
  }
  return result(id, 'ok', msg('health.keyExpiry.ok', { days: daysLeft, expires }), evidence);
}
