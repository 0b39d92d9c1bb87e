import { AppError } from '../../shared/errors';
import { stepRef } from '../../shared/step-ref';
import { probeWebhookEndpoint } from '../../certn';
import type { Handlers } from '../../ipc/contract';
import type { StepDeps } from '../deps';
import { caseView } from '../case-view';
import { advance, configureEvents, createCandidate, moveToTrigger, rehearsalState, setCustomerId } from '../rehearsal';
import { inspectEvent, sendInspectedEvent } from '../inspector';
import { t } from '../../shared/i18n';

// Step 5, Go-live: the endpoint probe and the cases that came through iCIMS; in the local
// simulator also the rehearsal of the whole loop and the event inspector.
type D = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'settings' | 'vault' | 'apis' | 'readiness'>;

/** Best-effort check that Certn accepts the saved webhook credentials (see certn/probe.ts). */
export async function probe(d: D, id: string) {
  const webhook = d.readiness.of(id).webhook;
  if (!webhook.ready) {
    throw new AppError(
      'webhook_missing',
      !webhook.username && !webhook.password ? t('setup.golive.webhookMissing') : t('setup.golive.webhookFieldMissing', { field: !webhook.username ? 'username' : 'password' }),
      t('setup.golive.webhookMissing.hint', { step: stepRef('certn') }),
    );
  }
  const env = d.apis.environment(id);
  const result = await probeWebhookEndpoint({
    environment: env,
    baseUrl: env === 'simulator' ? await d.apis.certnBaseUrl(id) : undefined,
    username: d.vault.read(id, 'webhook_username'),
    password: d.vault.read(id, 'webhook_password'),
  });
  const at = d.clock.now().toISOString();
  if (result.outcome === 'accepted') d.settings.set(id, { liveVerifiedAt: at });
  d.audit.record('golive.probe', id, { outcome: result.outcome, httpStatus: result.httpStatus ?? null });
  return { ...result, at };
}

/** Cases ordered into the integration's default group, newest first, stuck ones flagged. */
export async function cases(d: D, id: string, silentDays = 5, now = d.clock.now()) {
  const group = d.settings.get(id, 'defaultGroupId');
  if (!group) throw new AppError('group_missing', t('setup.golive.groupMissing'), t('setup.golive.groupMissing.hint', { step: stepRef('certn') }));
  const client = await d.apis.certn(id);
  const list = await client.listCases({ group });
  return list.map((c) => caseView(c, now, silentDays)).sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));
}

/** Step 5's service: the `golive` and `rehearsal` domains of the contract. */
export function goliveStep(d: D): Pick<Handlers, 'golive' | 'rehearsal'> {
  return {
    golive: {
      probe: ({ integrationId }) => probe(d, integrationId),
      cases: ({ integrationId, silentDays }) => cases(d, integrationId, silentDays),
    },
    rehearsal: {
      state: ({ integrationId }) => rehearsalState(d, integrationId),
      configureEvents: ({ integrationId }) => configureEvents(d, integrationId),
      createCandidate: ({ integrationId, ...c }) => createCandidate(d, integrationId, c),
      moveToTrigger: ({ integrationId, workflowId }) => moveToTrigger(d, integrationId, workflowId),
      advance: ({ integrationId, hours }) => advance(d, integrationId, hours),
      setCustomerId: ({ integrationId, customerId }) => setCustomerId(d, integrationId, customerId),
      inspectEvent: ({ eventJson }) => inspectEvent(eventJson),
      sendEvent: ({ integrationId, eventJson }) => sendInspectedEvent(d, integrationId, eventJson),
    },
  };
}
