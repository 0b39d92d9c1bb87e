import { gzipSync } from 'node:zlib';
import { AppError } from '../shared/errors';
import { checkEventFields } from '../shared/icims-event';
import { stepRef } from '../shared/step-ref';
import type { StepDeps } from './deps';
import { caseView } from './case-view';
import { t } from '../shared/i18n';

type D = Pick<StepDeps, 'audit' | 'vault' | 'apis' | 'readiness'>;

// The event inspector: a pasted iCIMS event is checked against the documented shape and replayed,
// verbatim and gzip-encoded as iCIMS sends it, to the local simulator only. A pasted event could
// order a real background check, so it never goes to a Certn region.

function isLoopback(url: string): boolean {
  const h = new URL(url).hostname;
  return h === '127.0.0.1' || h === 'localhost' || h === '[::1]';
}

export function inspectEvent(text: string) {
  return checkEventFields(text, t);
}

export async function sendInspectedEvent(d: D, id: string, text: string) {
  if (!d.apis.isSimulator(id)) {
    throw new AppError('inspector_not_simulator', t('setup.inspector.notSimulator'), t('setup.inspector.notSimulator.hint'));
  }
  const check = checkEventFields(text, t);
  if (!check.parsed) throw new AppError('inspector_not_json', check.message ?? t('setup.inspector.unreadable'), t('setup.inspector.unreadable.hint'));
  const url = await d.apis.endpointUrl(id);
  if (!isLoopback(url)) {
    throw new AppError('inspector_not_simulator', t('setup.inspector.notSimulator'), t('setup.inspector.notSimulator.hint'));
  }
  if (!d.readiness.of(id).webhook.ready) {
    throw new AppError('webhook_missing', t('setup.inspector.webhookMissing'), t('setup.webhookMissing.hint', { step: stepRef('certn') }));
  }
  const auth = Buffer.from(`${d.vault.read(id, 'webhook_username')}:${d.vault.read(id, 'webhook_password')}`).toString('base64');
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: gzipSync(Buffer.from(text)),
    signal: AbortSignal.timeout(15_000),
    redirect: 'manual',
  });
  const answer = (await res.text()).slice(0, 4000);
  let caseId: string | null = null;
  try {
    const body = JSON.parse(answer) as { id?: unknown };
    if (res.status === 200 && typeof body.id === 'string') caseId = body.id;
  } catch {
    // The answer is shown as text when it is not JSON.
  }
  d.audit.record('rehearsal.event_replayed', id, { httpStatus: res.status });
  const sim = await d.apis.simulator(id);
  const found = caseId ? (await sim.admin.listCases()).find((c) => c.id === caseId) : undefined;
  const { now } = await sim.admin.advanceClock(0);
  return { fields: check.fields, httpStatus: res.status, answer, case: found ? caseView(found, new Date(now), 5) : null };
}
