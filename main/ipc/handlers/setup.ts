import type { Services } from '../../app';
import type { Handlers } from '../contract';
import { certnStatus, connectCertn, connectSimulatorKey } from '../../setup/certn-connect';
import { PackagesService } from '../../setup/packages';
import { clearMilestone, icimsStep, saveIcimsCredentials, setCompany, setMilestone, useSimulatorAccount, verifyIcims } from '../../setup/icims-request';
import { confirmSaved, connectionStep, copyIcimsValue, doItForMe, saveWebhookField, setOptions, syncGroups } from '../../setup/certn-connection';
import { cases, probe } from '../../setup/golive';
import { inspectEvent, sendInspectedEvent } from '../../setup/inspector';
import { advance, configureEvents, createCandidate, moveToTrigger, rehearsalState, setCustomerId } from '../../setup/rehearsal';

type SetupHandlers = Pick<Handlers, 'certn' | 'packages' | 'icims' | 'connection' | 'golive' | 'rehearsal'>;

export function setupHandlers(s: Services): SetupHandlers {
  const ctx = s.setup;
  const packages = new PackagesService(ctx);
  return {
    certn: {
      status: ({ integrationId }) => certnStatus(ctx, integrationId),
      connect: ({ integrationId, apiKey, keyCreatedOn }) => connectCertn(ctx, integrationId, apiKey, keyCreatedOn),
      connectSimulator: ({ integrationId }) => connectSimulatorKey(ctx, integrationId),
    },
    packages: {
      sync: ({ integrationId }) => (ctx.s.integrations.get(integrationId), packages.startSync(integrationId)),
      syncStatus: ({ integrationId }) => packages.syncStatus(integrationId),
      list: ({ integrationId }) => packages.list(integrationId),
      addByUrl: ({ integrationId, url }) => packages.addByUrl(integrationId, url),
      select: ({ integrationId, packageId, selected, override }) => packages.select(integrationId, packageId, selected, override ?? false),
      confirmAts: ({ integrationId, packageId }) => packages.confirmAts(integrationId, packageId),
      offeredChecks: ({ integrationId }) => packages.offeredChecks(integrationId),
      plans: ({ integrationId }) => packages.plans(integrationId),
      plan: ({ integrationId, ...plan }) => packages.plan(integrationId, plan),
      completePlan: ({ integrationId, planId, url }) => packages.completePlan(integrationId, planId, url),
      createPlanInSimulator: ({ integrationId, planId }) => packages.createPlanInSimulator(integrationId, planId),
    },
    icims: {
      get: ({ integrationId }) => icimsStep(ctx, integrationId),
      setCompany: ({ integrationId, company }) => setCompany(ctx, integrationId, company),
      setMilestone: ({ integrationId, ...m }) => setMilestone(ctx, integrationId, m),
      clearMilestone: ({ integrationId, kind }) => clearMilestone(ctx, integrationId, kind),
      saveCredentials: ({ integrationId, ...c }) => saveIcimsCredentials(ctx, integrationId, c),
      verify: ({ integrationId }) => verifyIcims(ctx, integrationId),
      useSimulatorAccount: ({ integrationId }) => useSimulatorAccount(ctx, integrationId),
    },
    connection: {
      get: ({ integrationId }) => connectionStep(ctx, integrationId),
      syncGroups: ({ integrationId }) => syncGroups(ctx, integrationId),
      saveWebhookField: ({ integrationId, field, value }) => saveWebhookField(ctx, integrationId, field, value),
      setOptions: ({ integrationId, ...o }) => setOptions(ctx, integrationId, o),
      confirmSaved: ({ integrationId }) => confirmSaved(ctx, integrationId),
      copyIcimsValue: ({ integrationId, field }) => copyIcimsValue(ctx, integrationId, field),
      doItForMe: ({ integrationId }) => doItForMe(ctx, integrationId),
    },
    golive: {
      probe: ({ integrationId }) => probe(ctx, integrationId),
      cases: ({ integrationId, silentDays }) => cases(ctx, integrationId, silentDays),
    },
    rehearsal: {
      state: ({ integrationId }) => rehearsalState(ctx, integrationId),
      configureEvents: ({ integrationId }) => configureEvents(ctx, integrationId),
      createCandidate: ({ integrationId, ...c }) => createCandidate(ctx, integrationId, c),
      moveToTrigger: ({ integrationId, workflowId }) => moveToTrigger(ctx, integrationId, workflowId),
      advance: ({ integrationId, hours }) => advance(ctx, integrationId, hours),
      setCustomerId: ({ integrationId, customerId }) => setCustomerId(ctx, integrationId, customerId),
      inspectEvent: ({ eventJson }) => inspectEvent(eventJson),
      sendEvent: ({ integrationId, eventJson }) => sendInspectedEvent(ctx, integrationId, eventJson),
    },
  };
}
