// Entry point of the local simulator of Certn and iCIMS: in-process for the "Local simulator"
// environment and standalone via `npm run simulator`. Both servers bind 127.0.0.1 only.
import { createCertnServer } from './certn-server';
import { createIcimsServer } from './icims-server';
import { SimulatorAdmin } from './admin-client';
import { createSendSafelyServer } from './sendsafely-server';
import { SendSafelySimAdmin } from './sendsafely-admin';
import { SimClock } from './clock';
import { close, listen } from './router';
import { newApiKey, newCustomerId, newSecret, randomFrom } from './ids';
import { type Region, newCertnState, newIcimsState } from './state';
import { seedCertn, seedIcimsAccount, seedIcimsDemo } from './seed';

export interface SimulatorOptions {
  certnPort?: number;
  icimsPort?: number;
  sendsafelyPort?: number;
  region?: Region;
  /** Certn side, per API key, sliding window → 429 + Retry-After. Default 60. */
  rateLimitPerMinute?: number;
  /** Length of the rate-limit window; tests shorten it so Retry-After stays small. Default 60 000. */
  rateWindowMs?: number;
  /** iCIMS event delivery timeout; default 30 000 as iCIMS allows. */
  eventTimeoutMs?: number;
  seed?: boolean;
  /** Makes the seeded groups' and packages' ids reproducible: the console passes the integration id. */
  seedKey?: string;
  /**
   * Told after every request that may have changed the simulated Certn or iCIMS (a case, a
   * write-back, an event, the clock), so a console can refresh what it shows without polling.
   */
  onChange?: () => void;
  /** Fixed credentials instead of random ones (the console restoring a simulator it used before). */
  credentials?: Partial<Omit<DemoCredentials, 'region'>>;
}

export interface DemoCredentials {
  certnApiKey: string;
  icimsCustomerId: string;
  icimsUsername: string;
  icimsPassword: string;
  /** The simulated SendSafely organisation's API key and secret, and the key owner's e-mail. */
  sendsafelyApiKey: string;
  sendsafelyApiSecret: string;
  sendsafelyEmail: string;
  region: Region;
}

export interface Simulator {
  certnUrl: string;
  icimsUrl: string;
  /** The simulated SendSafely organisation host (API under /api/v2.0, receive page under /receive/). */
  sendsafelyUrl: string;
  demo: DemoCredentials;
  admin: SimulatorAdmin;
  sendsafelyAdmin: SendSafelySimAdmin;
  stop(): Promise<void>;
}

export { SimulatorAdmin } from './admin-client';
export { SendSafelySimAdmin } from './sendsafely-admin';

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const region = opts.region ?? 'ca';
  const clock = new SimClock();
  const c = opts.credentials ?? {};
  const demo: DemoCredentials = {
    certnApiKey: c.certnApiKey ?? newApiKey(),
    icimsCustomerId: c.icimsCustomerId ?? newCustomerId(),
    icimsUsername: c.icimsUsername ?? `certn_integration_${randomFrom('abcdefghijkmnpqrstuvwxyz23456789', 6)}`,
    icimsPassword: c.icimsPassword ?? newSecret(20),
    sendsafelyApiKey: c.sendsafelyApiKey ?? newSecret(22),
    sendsafelyApiSecret: c.sendsafelyApiSecret ?? newSecret(22),
    sendsafelyEmail: c.sendsafelyEmail ?? 'admin@demo-org.example',
    region,
  };
  const certnState = newCertnState(region);
  certnState.apiKeys.add(demo.certnApiKey);
  certnState.apiKeyCreated.set(demo.certnApiKey, clock.iso());
  const icimsState = newIcimsState(demo.icimsCustomerId, demo.icimsUsername, demo.icimsPassword);
  seedIcimsAccount(icimsState);
  if (opts.seed !== false) {
    seedCertn(certnState, clock.iso(), opts.seedKey);
    seedIcimsDemo(icimsState);
  }

  let icimsUrl = '';
  const certn = createCertnServer({
    state: certnState,
    clock,
    rateLimitPerMinute: opts.rateLimitPerMinute ?? 60,
    rateWindowMs: opts.rateWindowMs,
    icimsUrl: () => icimsUrl,
    onChange: opts.onChange,
  });
  const icims = createIcimsServer({ state: icimsState, eventTimeoutMs: opts.eventTimeoutMs, nowIso: () => clock.iso(), onChange: opts.onChange });

  const sendsafely = await createSendSafelyServer({
    account: { apiKey: demo.sendsafelyApiKey, apiSecret: demo.sendsafelyApiSecret, email: demo.sendsafelyEmail, enterprise: true },
  });

  const certnPort = await listen(certn.server, opts.certnPort ?? 0);
  let icimsPort: number;
  let sendsafelyPort: number;
  try {
    icimsPort = await listen(icims.server, opts.icimsPort ?? 0);
  } catch (e) {
    await close(certn.server);
    throw e;
  }
  try {
    sendsafelyPort = await listen(sendsafely.server, opts.sendsafelyPort ?? 0);
  } catch (e) {
    await Promise.all([close(certn.server), close(icims.server)]);
    throw e;
  }
  const sendsafelyUrl = `http://127.0.0.1:${sendsafelyPort}`;
  sendsafely.setBaseUrl(sendsafelyUrl);
  const certnUrl = `http://127.0.0.1:${certnPort}`;
  icimsUrl = `http://127.0.0.1:${icimsPort}`;
  certn.setBaseUrl(certnUrl);
  icims.setBaseUrl(icimsUrl);

  return {
    certnUrl,
    icimsUrl,
    sendsafelyUrl,
    demo,
    admin: new SimulatorAdmin(certnUrl, icimsUrl),
    sendsafelyAdmin: new SendSafelySimAdmin(sendsafelyUrl),
    async stop() {
      await Promise.allSettled([certn.life.settle(), icims.settle()]);
      await Promise.all([close(certn.server), close(icims.server), close(sendsafely.server)]);
    },
  };
}
