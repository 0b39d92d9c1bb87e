import type { Db } from '../store/db';
import type { AuditLog } from '../store/audit';
import type { IntegrationsRepo } from '../store/integrations';
import type { SettingsRepo } from '../store/settings';
import type { Clock } from '../shared/clock';
import type { IntegrationApis } from './apis';
import type { Simulator } from '../simulator';
import type { CertnClient } from '../certn';
import type { Environment } from '../shared/regions';
import type { EmitEvent } from '../ipc/contract/push';

/** The packages step's view of the app, until it takes narrow dependencies like the other steps. */
export class SetupContext {
  constructor(readonly s: { db: Db; clock: Clock; audit: AuditLog; integrations: IntegrationsRepo; settings: SettingsRepo; setup: IntegrationApis; events: { emit: EmitEvent } }) {}

  environment(integrationId: string): Environment {
    return this.s.setup.environment(integrationId);
  }

  simulator(integrationId: string): Promise<Simulator> {
    return this.s.setup.simulator(integrationId);
  }

  certn(integrationId: string, apiKey?: string): Promise<CertnClient> {
    return this.s.setup.certn(integrationId, apiKey);
  }

  record(action: string, integrationId: string, detail: Record<string, unknown> = {}): void {
    this.s.audit.record(action, integrationId, detail);
  }

  now(): Date {
    return this.s.clock.now();
  }
}
