import { AppError } from '../shared/errors';
import { stepRef } from '../shared/step-ref';
import { certnIcimsEndpoint, CERTN_API_BASE, type Environment, type IcimsHosting } from '../shared/regions';
import { createCertnClient, type CertnClient } from '../certn';
import { createIcimsClient, type IcimsClient } from '../icims';
import type { Simulator } from '../simulator';
import type { IntegrationsRepo } from '../store/integrations';
import type { SettingsRepo } from '../store/settings';
import type { Vault } from '../vault/vault';
import { t } from '../shared/i18n';

/**
 * The running simulators, as the steps see them. The host that starts them is injected by the
 * composition root, so nothing on a real region's path loads or reaches the simulator.
 */
export interface SimulatorAccess {
  isRunning(integrationId: string): boolean;
  ensure(integrationId: string): Promise<Simulator>;
  stop(integrationId: string): Promise<void>;
}

export interface ApisDeps {
  integrations: Pick<IntegrationsRepo, 'get'>;
  settings: Pick<SettingsRepo, 'all'>;
  vault: Pick<Vault, 'read' | 'status'>;
  simulators: SimulatorAccess;
}

export type IcimsOverride = { customerId: string; username: string; password: string; hosting: IcimsHosting | 'simulator' };

/**
 * Where one integration's APIs are: its environment, its Certn base URL (the region's, or the
 * running simulator's), and API clients built from the secrets in the vault.
 */
export class IntegrationApis {
  readonly simulators: SimulatorAccess;

  constructor(private readonly d: ApisDeps) {
    this.simulators = d.simulators;
  }

  environment(integrationId: string): Environment {
    return this.d.integrations.get(integrationId).environment;
  }

  isSimulator(integrationId: string): boolean {
    return this.environment(integrationId) === 'simulator';
  }

  /** The running simulator of a simulator integration (started on demand). */
  async simulator(integrationId: string): Promise<Simulator> {
    if (!this.isSimulator(integrationId)) {
      throw new AppError('not_simulator', t('setup.apis.notSimulator'), t('setup.apis.notSimulator.hint'));
    }
    // Started only with the vault open: it must come back with the credentials saved before.
    if (!this.simulators.isRunning(integrationId) && this.d.vault.status().locked) {
      throw new AppError('vault_locked', t('setup.apis.vaultLocked'), t('setup.apis.vaultLocked.hint'));
    }
    return this.simulators.ensure(integrationId);
  }

  async certnBaseUrl(integrationId: string): Promise<string> {
    const env = this.environment(integrationId);
    return env === 'simulator' ? (await this.simulator(integrationId)).certnUrl : CERTN_API_BASE[env];
  }

  /** The regional endpoint the iCIMS consultant configures (Certn's iCIMS webhook). */
  async endpointUrl(integrationId: string): Promise<string> {
    return certnIcimsEndpoint(await this.certnBaseUrl(integrationId));
  }

  /** The endpoint when it can be known without starting anything (a stopped simulator has none yet). */
  async liveEndpointUrl(integrationId: string): Promise<string | null> {
    return !this.isSimulator(integrationId) || this.simulators.isRunning(integrationId) ? this.endpointUrl(integrationId) : null;
  }

  async certn(integrationId: string, apiKey?: string): Promise<CertnClient> {
    const environment = this.environment(integrationId);
    return createCertnClient({
      environment,
      apiKey: apiKey ?? this.d.vault.read(integrationId, 'certn_api_key'),
      baseUrl: environment === 'simulator' ? await this.certnBaseUrl(integrationId) : undefined,
    });
  }

  async icims(integrationId: string, override?: IcimsOverride): Promise<IcimsClient> {
    const settings = this.d.settings.all(integrationId);
    const hosting = override?.hosting ?? settings.icimsHosting;
    const customerId = override?.customerId ?? settings.icimsCustomerId;
    if (!hosting || !customerId) throw new AppError('icims_missing', t('setup.apis.icimsMissing'), t('setup.apis.icimsMissing.hint', { step: stepRef('icims') }));
    return createIcimsClient({
      hosting,
      baseUrl: hosting === 'simulator' ? (await this.simulator(integrationId)).icimsUrl : undefined,
      customerId,
      username: override?.username ?? this.d.vault.read(integrationId, 'icims_username'),
      password: override?.password ?? this.d.vault.read(integrationId, 'icims_password'),
    });
  }
}
