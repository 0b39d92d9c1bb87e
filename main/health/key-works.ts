// A key that worked at setup can stop working: revoked in the portal, expired, or the account changed.
import { AppError } from '../shared/errors';
import type { CheckResult } from '../shared/health';
import { msg, text } from '../shared/health-words';
import { couldNotCheck, result, stepFix } from './result';

export interface KeyWorksInput {
  hasKey: boolean;
  /** The cheapest authenticated call (one group); throws the Certn client's AppError. */
  testConnection: () => Promise<{ groupCount: number; baseUrl: string }>;
}

const REFUSED = new Set(['certn_unauthorized', 'certn_forbidden']);

export async function checkKeyWorks(i: KeyWorksInput): Promise<CheckResult> {
  const id = 'certn-key';
  const fix = stepFix('connect', msg('health.fix.workingKey', { step: { step: 'connect' } }));
  if (!i.hasKey) return result(id, 'warn', msg('health.key.noKey'), [], fix);
  try {
    const r = await i.testConnection();
    return result(id, 'ok', msg('health.key.ok'), [msg('health.key.okEvidence', { url: r.baseUrl, count: r.groupCount })]);
  } catch (e) {
    if (e instanceof AppError && REFUSED.has(e.code)) {
      return result(id, 'fail', msg('health.key.refused'), [e.status ? msg('health.httpStatus', { message: e.message, status: e.status }) : text(e.message)], fix);
    }
    return couldNotCheck(id, e, msg('health.what.apiKey'));
  }
}
