// i18n-pending: its words are moving to the message catalogs.
// A key that worked at setup can stop working: revoked in the portal, expired, or the account changed.
import { AppError } from '../shared/errors';
import type { CheckResult } from '../shared/health';
import { stepRef } from '../shared/step-ref';
import { couldNotCheck, result, stepFix } from './result';

export interface KeyWorksInput {
  hasKey: boolean;
  /** The cheapest authenticated call (one group); throws the Certn client's AppError. */
  testConnection: () => Promise<{ groupCount: number; baseUrl: string }>;
}

const REFUSED = new Set(['certn_unauthorized', 'certn_forbidden']);

export async function checkKeyWorks(i: KeyWorksInput): Promise<CheckResult> {
  const id = 'certn-key';
  const fix = stepFix('connect', `Enter a working Certn API key in ${stepRef('connect')}`);
  if (!i.hasKey) return result(id, 'warn', 'No Certn API key is saved yet.', [], fix);
  try {
    const r = await i.testConnection();
    return result(id, 'ok', 'Certn accepts the API key.', [`${r.baseUrl} answered the groups list; the key sees ${r.groupCount} group${r.groupCount === 1 ? '' : 's'}.`]);
  } catch (e) {
    if (e instanceof AppError && REFUSED.has(e.code)) {
      return result(id, 'fail', 'Certn now refuses the saved API key.', [`${e.message}${e.status ? ` (HTTP ${e.status})` : ''}`], fix);
    }
    return couldNotCheck(id, e, 'the Certn API key');
  }
}
