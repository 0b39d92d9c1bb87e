import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { addDays, calendarDate, daysBetween, formatDate } from '../../shared/time';
import type { CertnStatus } from '../../ipc/contract/setup';
import type { Handlers } from '../../ipc/contract';
import type { StepDeps } from '../deps';
import { currentLocale, t } from '../../shared/i18n';
import type { SettingsMap } from '../../store/settings';

// Step 0, Connect Certn: the API key. Keys expire 365 days after they are made and Certn emails
// admins 30/14/7/1 days before; the console reminds from 30 days out.
const KEY_LIFETIME_DAYS = 365;
const REMIND_DAYS = 30;

type D = Pick<StepDeps, 'tx' | 'clock' | 'audit' | 'settings' | 'vault' | 'apis'>;
type Status = z.infer<typeof CertnStatus>;

export async function certnStatus(d: D, id: string): Promise<Status> {
  const env = d.apis.environment(id);
  const settings = d.settings.all(id);
  const created = settings.certnKeyCreatedOn ?? null;
  let expiresOn: string | null = null;
  let daysLeft: number | null = null;
  let reminder: string | null = null;
  // Days are calendar days where the admin is: a key made "today" expires on that day next year.
  if (created) {
    expiresOn = addDays(created, KEY_LIFETIME_DAYS);
    daysLeft = daysBetween(calendarDate(d.clock.now()), expiresOn);
    if (daysLeft <= 0) reminder = t('setup.connect.expired', { date: formatDate(expiresOn, { locale: currentLocale() }) });
    else if (daysLeft <= REMIND_DAYS) reminder = t('setup.connect.expiresSoon', { days: daysLeft, date: formatDate(expiresOn, { locale: currentLocale() }) });
  }
  const live = env !== 'simulator' || d.apis.simulators.isRunning(id);
  return {
    environment: env,
    baseUrl: live ? await d.apis.certnBaseUrl(id) : null,
    endpointUrl: live ? await d.apis.endpointUrl(id) : null,
    hasKey: d.vault.has(id, 'certn_api_key'),
    verifiedAt: settings.certnVerifiedAt ?? null,
    keyCreatedOn: created,
    expiresOn,
    daysLeft,
    reminder,
    groupCount: settings.certnGroupCount ?? null,
    // Local simulator: why its endpoint moved since the last run, if it did.
    portNotice: portNotice(settings.simulatorPortNotice),
  };
}

/** Verifies the key against Certn first; only a key that works is stored. */
export async function connectCertn(d: D, id: string, apiKey: string, keyCreatedOn?: string): Promise<Status> {
  const key = apiKey.trim();
  if (/\s/.test(key)) throw new AppError('invalid_api_key', t('setup.connect.keySpaces'), t('setup.connect.keySpaces.hint'));
  if (keyCreatedOn && daysBetween(calendarDate(d.clock.now()), keyCreatedOn) > 0) {
    throw new AppError('invalid_date', t('setup.connect.keyDateFuture'), t('setup.connect.keyDateFuture.hint'));
  }
  const client = await d.apis.certn(id, key);
  const result = await client.testConnection();
  // The key, its settings and the audit row commit together.
  d.tx(() => {
    d.vault.put(id, 'certn_api_key', key);
    d.settings.set(id, {
      certnVerifiedAt: d.clock.now().toISOString(),
      certnKeyCreatedOn: keyCreatedOn ?? calendarDate(d.clock.now()),
      certnGroupCount: result.groupCount,
    });
    d.audit.record('certn.connected', id, { environment: d.apis.environment(id), groupCount: result.groupCount });
  });
  return certnStatus(d, id);
}

/** Step 0's service: the `certn` domain of the contract. */
export function connectStep(d: D): Handlers['certn'] {
  return {
    status: ({ integrationId }) => certnStatus(d, integrationId),
    connect: ({ integrationId, apiKey, keyCreatedOn }) => connectCertn(d, integrationId, apiKey, keyCreatedOn),
    /** Local simulator only: the simulator's demo key, verified and stored without being shown. */
    connectSimulator: async ({ integrationId }) => connectCertn(d, integrationId, (await d.apis.simulator(integrationId)).demo.certnApiKey),
  };
}

function portNotice(n: SettingsMap['simulatorPortNotice'] | undefined): string | null {
  if (n === undefined) return null;
  return typeof n === 'string' ? n : t('setup.simulator.portChanged', { from: String(n.from), to: String(n.to) });
}
