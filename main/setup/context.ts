import { AppError } from '../shared/errors';
import { certnIcimsEndpoint, CERTN_API_BASE, type Environment } from '../shared/regions';
import { createCertnClient, type CertnClient } from '../certn';
import { createIcimsClient, type IcimsClient } from '../icims';
import type { Services } from '../app';
import type { Simulator } from '../simulator';
import { SimulatorHost } from './simulator-host';
import { restoreSimulator, savedSimulatorCredentials } from './restore';

/**
 * What every step needs about one integration: its environment, its Certn base URL (the region's,
 * or the running simulator's), and API clients built from the secrets in the vault.
 */
export class SetupContext {
  readonly simulators: SimulatorHost;

  constructor(readonly s: Services) {
    this.simulators = new SimulatorHost(s, (id) => savedSimulatorCredentials(this, id), (id, sim) => restoreSimulator(this, id, sim));
  }

  environment(integrationId: string): Environment {
    return this.s.integrations.get(integrationId).environment;
  }

  isSimulator(integrationId: string): boolean {
    return this.environment(integrationId) === 'simulator';
  }

  /** The running simulator of a simulator integration (started on demand). */
  async simulator(integrationId: string): Promise<Simulator> {
    if (!this.isSimulator(integrationId)) {
      throw new AppError('not_simulator', 'That action exists only in the local simulator.', 'Do it in the Certn or iCIMS portal instead.');
    }
    // Started only with the vault open: it must come back with the credentials saved before.
    if (!this.simulators.isRunning(integrationId) && this.s.vault.status().locked) {
      throw new AppError('vault_locked', 'The vault is locked.', 'Unlock it with your master passphrase, then try again.');
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

  async certn(integrationId: string, apiKey?: string): Promise<CertnClient> {
    const environment = this.environment(integrationId);
    return createCertnClient({
      environment,
      apiKey: apiKey ?? this.s.vault.read(integrationId, 'certn_api_key'),
      baseUrl: environment === 'simulator' ? await this.certnBaseUrl(integrationId) : undefined,
    });
  }

  async icims(integrationId: string, override?: { customerId: string; username: string; password: string; hosting: 'us' | 'eu' | 'simulator' }): Promise<IcimsClient> {
    const settings = this.s.settings.all(integrationId);
    const hosting = override?.hosting ?? (settings.icimsHosting as 'us' | 'eu' | 'simulator' | undefined);
    const customerId = override?.customerId ?? (settings.icimsCustomerId as string | undefined);
    if (!hosting || !customerId) throw new AppError('icims_missing', 'The iCIMS Customer ID and hosting are not saved yet.', 'Enter them in step 2, iCIMS request.');
    return createIcimsClient({
      hosting,
      baseUrl: hosting === 'simulator' ? (await this.simulator(integrationId)).icimsUrl : undefined,
      customerId,
      username: override?.username ?? this.s.vault.read(integrationId, 'icims_username'),
      password: override?.password ?? this.s.vault.read(integrationId, 'icims_password'),
    });
  }

  record(action: string, integrationId: string, detail: Record<string, unknown> = {}): void {
    this.s.audit.record(action, integrationId, detail);
  }

  now(): Date {
    return this.s.clock.now();
  }
}
