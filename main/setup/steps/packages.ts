import type { Handlers } from '../../ipc/contract';
import { PackagesService, type PackagesDeps } from '../packages';

/** Step 1's service: the `packages` domain of the contract (the sync, the paged list, selection, plans). */
export function packagesStep(d: PackagesDeps): Handlers['packages'] {
  const packages = new PackagesService(d);
  return {
    sync: ({ integrationId }) => (d.integrations.get(integrationId), packages.startSync(integrationId)),
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
  };
}
