import type { z } from 'zod';
import { AppError } from '../shared/errors';
import { stepNumber } from '../shared/steps';
import { stepRef } from '../shared/step-ref';
import type { RehearsalState } from '../ipc/contract/setup';
import type { StepDeps } from './deps';
import { caseView } from './case-view';
import { t } from '../shared/i18n';

type D = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'settings' | 'vault' | 'apis' | 'readiness'>;
type State = z.infer<typeof RehearsalState>;

// Step 5 in the local simulator: the consultant's and recruiter's parts, played out for real over
// HTTP against the simulated iCIMS and Certn, so the whole loop can be watched.
const HOUR = 3_600_000;

export async function rehearsalState(d: D, id: string): Promise<State> {
  const running = d.apis.simulators.isRunning(id);
  const facts = d.readiness.of(id);
  const settings = facts.settings;
  const empty: State = { running, eventsConfigured: !!settings.simEventsConfiguredAt, simulatedNow: null, jobs: [], candidates: [], cases: [], events: [], triggerStatus: null, icimsCustomerId: null };
  if (!d.apis.isSimulator(id)) return empty;
  const sim = await d.apis.simulator(id);
  // Reads only: reading the state must not count as a change (it would push rehearsal.changed again).
  const { now } = await sim.admin.clock();
  const statuses = await sim.admin.statuses();
  const triggerId = statuses.triggerStatusId ?? statuses.suggestedTriggerStatusId;
  const trigger = statuses.statuses.find((s) => s.id === triggerId);
  const hasIcims = facts.icims.ready;
  let jobs: { id: string; title: string; approved: boolean; packages: string[] }[] = [];
  let candidates: { workflowId: string; personId: string; name: string; jobTitle: string; status: string; backgroundScreens: { package: string | null; status: string | null; result: string | null; url: string | null; date: string | null }[] }[] = [];
  if (hasIcims) {
    const icims = await d.apis.icims(id);
    jobs = await Promise.all(
      (await icims.search('jobs')).map(async (jid) => {
        const j = await icims.getJob(jid);
        return { id: String(jid), title: j.jobtitle ?? `Job ${jid}`, approved: j.folder?.value === 'Approved', packages: (j.bgcpackagetype ?? []).map((p) => String(p.value ?? '')) };
      }),
    );
    candidates = await Promise.all(
      (await icims.search('applicantworkflows')).map(async (wid) => {
        const w = await sim.admin.getWorkflow(wid);
        return {
          workflowId: String(wid),
          personId: String(w.personId),
          name: w.associatedprofile.value,
          jobTitle: w.baseprofile.value,
          status: w.status.value,
          backgroundScreens: w.backgroundscreens.map((b) => ({ package: b.package, status: b.status?.value ?? null, result: b.result, url: b.url, date: b.date })),
        };
      }),
    );
  }
  const nowDate = new Date(now);
  const cases = (await sim.admin.listCases()).map((c) => caseView(c, nowDate, 5));
  const events = (await sim.admin.eventLog()).map((e) => ({ at: e.at, workflowId: String(e.workflowId), httpStatus: e.delivery.httpStatus || null, userMessage: e.delivery.userMessage ?? e.delivery.error ?? null }));
  return { ...empty, running: true, icimsCustomerId: sim.demo.icimsCustomerId, simulatedNow: now, jobs, candidates: candidates.reverse(), cases, events: events.reverse(), triggerStatus: trigger ? { id: trigger.id, name: trigger.value } : null };
}

/** The iCIMS consultant's job: point the event notifications at Certn with the webhook credentials. */
export async function configureEvents(d: D, id: string) {
  const sim = await d.apis.simulator(id);
  if (!d.readiness.of(id).webhook.ready) {
    throw new AppError('webhook_missing', t('setup.rehearsal.webhookMissing'), t('setup.webhookMissing.hint', { step: stepRef('certn') }));
  }
  const statuses = await sim.admin.statuses();
  await sim.admin.configureEventNotifications({
    url: await d.apis.endpointUrl(id),
    username: d.vault.read(id, 'webhook_username'),
    password: d.vault.read(id, 'webhook_password'),
    triggerStatusId: statuses.suggestedTriggerStatusId,
  });
  d.tx(() => {
    d.settings.set(id, { simEventsConfiguredAt: d.clock.now().toISOString() });
    d.audit.record('rehearsal.events_configured', id);
  });
  return rehearsalState(d, id);
}

export async function createCandidate(d: D, id: string, c: { firstName: string; lastName: string; email: string; jobId?: string }) {
  const sim = await d.apis.simulator(id);
  const state = await rehearsalState(d, id);
  if (!state.jobs.length) throw new AppError('icims_missing', t('setup.rehearsal.icimsMissing'), t('setup.rehearsal.icimsMissing.hint', { number: stepNumber('icims') }));
  const job = c.jobId ? state.jobs.find((j) => j.id === c.jobId) : state.jobs.find((j) => j.approved);
  if (!job) throw new AppError('job_unknown', t('setup.rehearsal.jobUnknown'), t('setup.rehearsal.jobUnknown.hint'));
  const person = await sim.admin.createPerson({ firstname: c.firstName.trim(), lastname: c.lastName.trim(), email: c.email.trim() });
  await sim.admin.createWorkflow({ personId: person.id, jobId: Number(job.id), statusId: 'C2020' });
  d.audit.record('rehearsal.candidate_created', id, { jobId: job.id });
  return rehearsalState(d, id);
}

/** The recruiter's "Advance" to the Certn stage; iCIMS then sends the event to Certn. */
export async function moveToTrigger(d: D, id: string, workflowId: string) {
  const sim = await d.apis.simulator(id);
  const statuses = await sim.admin.statuses();
  const trigger = statuses.triggerStatusId ?? statuses.suggestedTriggerStatusId;
  const { delivery } = await sim.admin.moveWorkflow(Number(workflowId), trigger);
  const httpStatus = delivery ? delivery.httpStatus || null : null;
  d.tx(() => {
    if (httpStatus === 200) d.settings.set(id, { liveVerifiedAt: d.clock.now().toISOString() });
    d.audit.record('rehearsal.moved_to_trigger', id, { workflowId, httpStatus });
  });
  return {
    state: await rehearsalState(d, id),
    delivery: {
      httpStatus,
      userMessage: delivery ? (delivery.userMessage ?? delivery.error ?? null) : t('setup.rehearsal.noEvent'),
    },
  };
}

export async function advance(d: D, id: string, hours: number) {
  const sim = await d.apis.simulator(id);
  await sim.admin.advanceClock(Math.round(hours * HOUR));
  d.audit.record('rehearsal.clock_advanced', id, { hours });
  return rehearsalState(d, id);
}

/**
 * Chooses the simulated iCIMS account's customer ID, so an event captured from a real iCIMS account
 * can be replayed verbatim. The simulator restarts with it; when iCIMS is the simulated one, the
 * saved Customer ID follows, so the Certn connection and the handoff name the same account.
 */
export async function setCustomerId(d: D, id: string, customerId: string) {
  await d.apis.simulator(id);
  const simulatedIcims = d.settings.all(id).icimsHosting === 'simulator';
  d.tx(() => {
    d.settings.set(id, simulatedIcims ? { simIcimsCustomerId: customerId, icimsCustomerId: customerId } : { simIcimsCustomerId: customerId });
    d.audit.record('rehearsal.customer_id_set', id, { customerId });
  });
  await d.apis.simulators.stop(id);
  return rehearsalState(d, id);
}
