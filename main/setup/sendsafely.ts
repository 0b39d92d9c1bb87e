// The SendSafely connection of one integration and the packages sent through it. The API key and
// secret live in the vault; the host and the key owner's e-mail are plain settings. A "Local
// simulator" integration talks to the simulated SendSafely that runs beside its Certn and iCIMS.
import { AppError } from '../shared/errors';
import { stepRef } from '../shared/step-ref';
import { SendSafelyClient, SendSafelyError, normaliseHost, sendPackage, type PackageInfo, type SentPackage } from '../sendsafely';
import type { SendSafelyStatus } from '../ipc/contract/handoff';
import type { StepDeps } from './deps';
import { t } from '../shared/i18n';

export type SendSafelyDeps = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'settings' | 'vault' | 'apis'>;

const KEY = 'sendsafely_api_key';
const SECRET = 'sendsafely_api_secret';
/** Stored instead of an address for the simulator, whose port changes each time it starts. */
const SIMULATOR_HOST = 'simulator';

export interface TrackingUpdate {
  state: string;
  openedAt: string | null;
  openings: number;
}

export class SendSafelyService {
  constructor(private readonly s: SendSafelyDeps) {}

  status(integrationId: string): SendSafelyStatus {
    const settings = this.s.settings.all(integrationId);
    const key = this.s.vault.info(integrationId, KEY);
    const host = settings.sendsafelyHost;
    const connected = !!key && this.s.vault.has(integrationId, SECRET) && typeof host === 'string';
    return {
      connected,
      host: connected ? this.hostLabel(host!) : null,
      ownerEmail: connected ? (settings.sendsafelyOwnerEmail ?? null) : null,
      apiKeyMasked: connected ? key!.masked : null,
      verifiedAt: connected ? (settings.sendsafelyVerifiedAt ?? null) : null,
      simulatorAvailable: this.s.apis.isSimulator(integrationId),
    };
  }

  /** Saves nothing unless verify-credentials accepts the key, so a wrong secret never lands in the vault. */
  async connect(integrationId: string, input: { host: string; apiKey: string; apiSecret: string }): Promise<SendSafelyStatus> {
    const origin = normaliseHost(input.host);
    const client = new SendSafelyClient({ host: origin, apiKey: input.apiKey.trim(), apiSecret: input.apiSecret.trim() });
    const ownerEmail = await client.verifyCredentials();
    const stored = (await this.simulatorOrigin(integrationId)) === origin ? SIMULATOR_HOST : origin;
    // The credentials, the settings and the audit row commit together.
    this.s.tx(() => {
      this.s.vault.put(integrationId, KEY, input.apiKey.trim());
      this.s.vault.put(integrationId, SECRET, input.apiSecret.trim());
      this.s.settings.set(integrationId, { sendsafelyHost: stored, sendsafelyOwnerEmail: ownerEmail, sendsafelyVerifiedAt: this.s.clock.now().toISOString() });
      this.s.audit.record('sendsafely.connected', integrationId, { host: this.hostLabel(stored), ownerEmail });
    });
    return this.status(integrationId);
  }

  disconnect(integrationId: string): SendSafelyStatus {
    this.s.tx(() => {
      this.s.vault.remove(integrationId, KEY);
      this.s.vault.remove(integrationId, SECRET);
      this.s.settings.set(integrationId, { sendsafelyHost: null, sendsafelyOwnerEmail: null, sendsafelyVerifiedAt: null });
      this.s.audit.record('sendsafely.disconnected', integrationId, {});
    });
    return this.status(integrationId);
  }

  async simulatorAccount(integrationId: string): Promise<{ host: string; apiKey: string; apiSecret: string }> {
    const sim = await this.s.apis.simulator(integrationId);
    return { host: sim.sendsafelyUrl, apiKey: sim.demo.sendsafelyApiKey, apiSecret: sim.demo.sendsafelyApiSecret };
  }

  async client(integrationId: string): Promise<SendSafelyClient> {
    if (!this.status(integrationId).connected) {
      throw new AppError('sendsafely_not_connected', t('setup.sendsafely.notConnected'), t('setup.sendsafely.notConnected.hint', { step: stepRef('handoff') }));
    }
    const stored = this.s.settings.get(integrationId, 'sendsafelyHost')!;
    const host = stored === SIMULATOR_HOST ? (await this.s.apis.simulator(integrationId)).sendsafelyUrl : stored;
    return new SendSafelyClient({ host, apiKey: this.s.vault.read(integrationId, KEY), apiSecret: this.s.vault.read(integrationId, SECRET) });
  }

  async send(integrationId: string, input: { message: string; recipientEmail: string; lifeDays: number; notify: boolean }): Promise<SentPackage & { host: string }> {
    const client = await this.client(integrationId);
    const sent = await sendPackage({ client, message: input.message, recipientEmail: input.recipientEmail, lifeDays: input.lifeDays, notify: input.notify });
    return { ...sent, host: this.hostLabel(this.s.settings.get(integrationId, 'sendsafelyHost')!) };
  }

  /** The recipient's openings and the package state; a package SendSafely no longer has is "deleted". */
  async track(client: SendSafelyClient, packageId: string, recipientEmail: string): Promise<TrackingUpdate> {
    let info: PackageInfo;
    try {
      info = await client.packageInfo(packageId);
    } catch (e) {
      if (e instanceof SendSafelyError && e.code === 'sendsafely_unknown_package') return { state: 'deleted', openedAt: null, openings: 0 };
      throw e;
    }
    const r = info.recipients.find((x) => x.email.toLowerCase() === recipientEmail.toLowerCase());
    const times = (r?.confirmations ?? []).map((c) => c.timestamp).filter((t): t is string => !!t && !Number.isNaN(Date.parse(t)));
    times.sort((a, b) => Date.parse(a) - Date.parse(b));
    return { state: info.state ?? 'unknown', openedAt: times[0] ? new Date(times[0]).toISOString() : null, openings: r?.confirmations?.length ?? 0 };
  }

  private hostLabel(stored: string): string {
    return stored === SIMULATOR_HOST ? 'the local SendSafely simulator' : stored;
  }

  private async simulatorOrigin(integrationId: string): Promise<string | null> {
    if (!this.s.apis.isSimulator(integrationId) || !this.s.apis.simulators.isRunning(integrationId)) return null;
    return normaliseHost((await this.s.apis.simulator(integrationId)).sendsafelyUrl);
  }
}
