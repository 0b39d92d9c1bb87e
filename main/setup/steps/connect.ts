// i18n-pending: its words are moving to the message catalogs.
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { addDays, calendarDate, daysBetween, formatDate } from '../../shared/time';
import type { CertnStatus } from '../../ipc/contract/setup';
import type { Handlers } from '../../ipc/contract';
import type { StepDeps } from '../deps';

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
    if (daysLeft <= 0) reminder = `This API key expired on ${formatDate(expiresOn)}. Make a new key in the Client Portal (Settings → Integrations → API Keys) and enter it here.`;
    else if (daysLeft <= REMIND_DAYS) reminder = `This API key expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${formatDate(expiresOn)}). Make a new key in the Client Portal and enter it here before then; several keys can be active at once.`;
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
    portNotice: settings.simulatorPortNotice ?? null,
  };
}

/** Verifies the key against Certn first; only a key that works is stored. */
export async function connectCertn(d: D, id: string, apiKey: string, keyCreatedOn?: string): Promise<Status> {
  const key = apiKey.trim();
  if (/\s/.test(key)) throw new AppError('invalid_api_key', 'The API key contains spaces.', 'Copy the key again from the Client Portal; it is one word.');
  if (keyCreatedOn && daysBetween(calendarDate(d.clock.now()), keyCreatedOn) > 0) {
    throw new AppError('invalid_date', 'The key’s creation date is in the future.', 'Enter the day the key was made in the Client Portal.');
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
