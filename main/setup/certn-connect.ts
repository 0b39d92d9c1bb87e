import { AppError } from '../shared/errors';
import type { SetupContext } from './context';
import { addDays, calendarDate, daysBetween, formatDate } from '../shared/time';

// Step 0: the Certn API key. Keys expire 365 days after they are made and Certn emails admins
// 30/14/7/1 days before (certn.md, [doc]); the console reminds from 30 days out.
const KEY_LIFETIME_DAYS = 365;
const REMIND_DAYS = 30;

export interface CertnStatusView {
  environment: string;
  baseUrl: string | null;
  endpointUrl: string | null;
  hasKey: boolean;
  verifiedAt: string | null;
  keyCreatedOn: string | null;
  expiresOn: string | null;
  daysLeft: number | null;
  reminder: string | null;
  groupCount: number | null;
  /** Local simulator: why its endpoint moved since the last run, if it did. */
  portNotice: string | null;
}

export async function certnStatus(ctx: SetupContext, id: string): Promise<CertnStatusView> {
  const env = ctx.environment(id);
  const settings = ctx.s.settings.all(id);
  const created = (settings.certnKeyCreatedOn as string | undefined) ?? null;
  let expiresOn: string | null = null;
  let daysLeft: number | null = null;
  let reminder: string | null = null;
  // Days are calendar days where the admin is: a key made "today" expires on that day next year.
  if (created) {
    expiresOn = addDays(created, KEY_LIFETIME_DAYS);
    daysLeft = daysBetween(calendarDate(ctx.now()), expiresOn);
    if (daysLeft <= 0) reminder = `This API key expired on ${formatDate(expiresOn)}. Make a new key in the Client Portal (Settings → Integrations → API Keys) and enter it here.`;
    else if (daysLeft <= REMIND_DAYS) reminder = `This API key expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${formatDate(expiresOn)}). Make a new key in the Client Portal and enter it here before then; several keys can be active at once.`;
  }
  const live = env !== 'simulator' || ctx.simulators.isRunning(id);
  return {
    environment: env,
    baseUrl: live ? await ctx.certnBaseUrl(id) : null,
    endpointUrl: live ? await ctx.endpointUrl(id) : null,
    hasKey: ctx.s.vault.has(id, 'certn_api_key'),
    verifiedAt: (settings.certnVerifiedAt as string | undefined) ?? null,
    keyCreatedOn: created,
    expiresOn,
    daysLeft,
    reminder,
    groupCount: (settings.certnGroupCount as number | undefined) ?? null,
    portNotice: (ctx.s.settings.get<string>(id, 'simulatorPortNotice') ?? null),
  };
}

/** Verifies the key against Certn first; only a key that works is stored. */
export async function connectCertn(ctx: SetupContext, id: string, apiKey: string, keyCreatedOn?: string): Promise<CertnStatusView> {
  const key = apiKey.trim();
  if (/\s/.test(key)) throw new AppError('invalid_api_key', 'The API key contains spaces.', 'Copy the key again from the Client Portal; it is one word.');
  if (keyCreatedOn && daysBetween(calendarDate(ctx.now()), keyCreatedOn) > 0) {
    throw new AppError('invalid_date', 'The key’s creation date is in the future.', 'Enter the day the key was made in the Client Portal.');
  }
  const client = await ctx.certn(id, key);
  const result = await client.testConnection();
  // The key, its settings and the audit row commit together.
  ctx.s.db.transaction(() => {
    ctx.s.vault.put(id, 'certn_api_key', key);
    ctx.s.settings.set(id, {
      certnVerifiedAt: ctx.now().toISOString(),
      certnKeyCreatedOn: keyCreatedOn ?? calendarDate(ctx.now()),
      certnGroupCount: result.groupCount,
    });
    ctx.record('certn.connected', id, { environment: ctx.environment(id), groupCount: result.groupCount });
  })();
  return certnStatus(ctx, id);
}

export async function connectSimulatorKey(ctx: SetupContext, id: string): Promise<CertnStatusView> {
  const sim = await ctx.simulator(id);
  return connectCertn(ctx, id, sim.demo.certnApiKey);
}
