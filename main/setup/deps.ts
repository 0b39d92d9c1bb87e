import type { Clock } from '../shared/clock';
import type { AuditLog } from '../store/audit';
import type { IntegrationsRepo } from '../store/integrations';
import type { SettingsRepo } from '../store/settings';
import type { MilestonesRepo } from '../store/milestones';
import type { HandoffsRepo } from '../store/handoffs';
import type { PlansRepo } from '../store/plans';
import type { PackagesRepo } from '../store/packages';
import type { RotationsRepo } from '../store/rotations';
import type { Vault } from '../vault/vault';
import type { Group } from '../ipc/contract/setup';
import type { EmitEvent } from '../ipc/contract/push';
import type { CertnGroup } from '../certn';
import type { IntegrationApis } from './apis';
import type { Readiness } from './readiness';

/**
 * Everything a step service may be given. Each step takes only the part it uses (a `Pick` of
 * this), so what a step can touch is written in its signature.
 */
export interface StepDeps {
  /** Runs `fn` in one SQLite transaction: a change and its audit row commit together. */
  tx: <T>(fn: () => T) => T;
  clock: Clock;
  audit: Pick<AuditLog, 'record'>;
  integrations: IntegrationsRepo;
  settings: SettingsRepo;
  vault: Vault;
  milestones: MilestonesRepo;
  handoffs: HandoffsRepo;
  plans: PlansRepo;
  packages: PackagesRepo;
  rotations: RotationsRepo;
  groups: {
    tree(integrationId: string): Group[];
    /** Writes only the groups that differ; returns how many rows it wrote. */
    replace(integrationId: string, groups: CertnGroup[]): number;
  };
  apis: IntegrationApis;
  readiness: Readiness;
  /** Pushes progress to the window (the packages sync). */
  events: { emit: EmitEvent };
}
