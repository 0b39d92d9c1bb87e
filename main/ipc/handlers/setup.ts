import type { Services } from '../../services';
import type { Handlers } from '../contract';
import { connectStep } from '../../setup/steps/connect';
import { PackagesService } from '../../setup/packages';
import { SetupContext } from '../../setup/context';
import { icimsRequestStep } from '../../setup/steps/icims';
import { certnStep } from '../../setup/steps/certn';
import { goliveStep } from '../../setup/steps/golive';
import { handoffStep } from '../../setup/steps/handoff';

type SetupHandlers = Pick<Handlers, 'certn' | 'packages' | 'icims' | 'connection' | 'handoff' | 'golive' | 'rehearsal'>;

/** The wizard's steps, one service per step id, each given only the dependencies it uses. */
export function setupHandlers(s: Services): SetupHandlers {
  const d = s.steps;
  const packages = new PackagesService(new SetupContext(s));
  return {
    certn: connectStep(d),
    packages: {
      sync: ({ integrationId }) => (s.integrations.get(integrationId), packages.startSync(integrationId)),
      syncStatus: ({ integrationId }) => packages.syncStatus(integrationId),
      list: ({ integrationId, ...window }) => packages.list(integrationId, window),
      counts: ({ integrationId }) => packages.counts(integrationId),
      addByUrl: ({ integrationId, url }) => packages.addByUrl(integrationId, url),
      select: ({ integrationId, packageId, selected, override }) => packages.select(integrationId, packageId, selected, override ?? false),
      confirmAts: ({ integrationId, packageId }) => packages.confirmAts(integrationId, packageId),
      offeredChecks: ({ integrationId }) => packages.offeredChecks(integrationId),
      plans: ({ integrationId }) => packages.plans(integrationId),
      plan: ({ integrationId, ...plan }) => packages.plan(integrationId, plan),
      completePlan: ({ integrationId, planId, url }) => packages.completePlan(integrationId, planId, url),
      createPlanInSimulator: ({ integrationId, planId }) => packages.createPlanInSimulator(integrationId, planId),
    },
    icims: icimsRequestStep(d),
    connection: certnStep(d),
    handoff: handoffStep(d),
    ...goliveStep(d),
  };
}
