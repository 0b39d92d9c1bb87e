// i18n-pending: its words are moving to the message catalogs.
// The webhook endpoint iCIMS sends events to, probed with the saved credentials (best effort: Certn
// documents no test call; see the Certn probe for how its answers are read).
import type { CheckResult } from '../shared/health';
import { stepRef } from '../shared/step-ref';
import { result, stepFix } from './result';

export interface WebhookInput {
  hasCredentials: boolean;
  probe: () => Promise<{ outcome: 'accepted' | 'rejected' | 'inconclusive'; httpStatus?: number; title: string; explanation: string }>;
}

export async function checkWebhook(i: WebhookInput): Promise<CheckResult> {
  const id = 'webhook-endpoint';
  const fix = stepFix('certn', `Check the webhook credentials in ${stepRef('certn')}, or regenerate them in Certn and make a new handoff`);
  if (!i.hasCredentials) return result(id, 'warn', 'The webhook username and password are not saved, so the endpoint cannot be probed.', [], stepFix('certn', `Enter them in ${stepRef('certn')}`));
  const r = await i.probe();
  const evidence = [`${r.title}${r.httpStatus ? ` (HTTP ${r.httpStatus})` : ''}.`, r.explanation];
  if (r.outcome === 'accepted') return result(id, 'ok', 'Certn’s iCIMS endpoint answers and accepts the webhook credentials.', evidence);
  if (r.outcome === 'rejected') return result(id, 'fail', 'Certn’s iCIMS endpoint refuses the webhook credentials: iCIMS events will be turned away.', evidence, fix);
  return result(id, 'warn', 'The webhook endpoint probe was inconclusive.', evidence, stepFix('golive', `Run the probe again from ${stepRef('golive')}`));
}
