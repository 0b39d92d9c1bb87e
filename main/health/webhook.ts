// The webhook endpoint iCIMS sends events to, probed with the saved credentials (best effort: Certn
// documents no test call; see the Certn probe for how its answers are read).
import type { CheckResult } from '../shared/health';
import { msg, type Message } from '../shared/health-words';
import { result, stepFix } from './result';

export interface WebhookInput {
  hasCredentials: boolean;
  probe: () => Promise<{ outcome: 'accepted' | 'rejected' | 'inconclusive'; httpStatus?: number; words: { title: Message; explanation: Message } }>;
}

export async function checkWebhook(i: WebhookInput): Promise<CheckResult> {
  const id = 'webhook-endpoint';
  const fix = stepFix('certn', msg('health.fix.checkWebhook', { step: { step: 'certn' } }));
  if (!i.hasCredentials) return result(id, 'warn', msg('health.webhook.noCredentials'), [], stepFix('certn', msg('health.fix.enterWebhook', { step: { step: 'certn' } })));
  const r = await i.probe();
  // The probe's title and explanation are kept as the messages they were worded from, so the run reads in its reader's language.
  const { title, explanation } = r.words;
  const evidence = [r.httpStatus ? msg('health.webhook.title', { title, status: r.httpStatus }) : msg('health.webhook.titleOnly', { title }), explanation];
  if (r.outcome === 'accepted') return result(id, 'ok', msg('health.webhook.accepted'), evidence);
  if (r.outcome === 'rejected') return result(id, 'fail', msg('health.webhook.rejected'), evidence, fix);
  return result(id, 'warn', msg('health.webhook.inconclusive'), evidence, stepFix('golive', msg('health.fix.probeAgain', { step: { step: 'golive' } })));
}
