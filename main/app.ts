import { openDatabase } from './store/db';
import { systemClock } from './shared/clock';
import { AuditLog } from './store/audit';
import { IntegrationsRepo } from './store/integrations';
import { SettingsRepo } from './store/settings';
import { MilestonesRepo } from './store/milestones';
import { HandoffsRepo } from './store/handoffs';
import { PlansRepo } from './store/plans';
import { PackagesRepo } from './store/packages';
import { RotationsRepo } from './store/rotations';
import { Vault } from './vault/vault';
import { PrefsService } from './prefs/prefs';
import { localesFromEnv } from './shared/i18n/locales';
import { createConfStore, removeStaleTempFiles } from './prefs/conf-store';
import { createDispatch, type Dispatch } from './ipc/dispatch';
import { buildHandlers } from './ipc/handlers';
import type { Handlers } from './ipc/contract';
import { events as eventSchemas, type EventMap } from './ipc/contract/push';
import { createEventBus } from './shared/event-bus';
import { startSimulator } from './simulator';
import { IntegrationApis } from './setup/apis';
import { SimulatorHost } from './setup/simulator-host';
import { restoreSimulator, savedSimulatorCredentials, type RestoreDeps } from './setup/restore';
import { Readiness } from './setup/readiness';
import { listPackages } from './setup/packages';
import { groupRows, storeGroups } from './store/groups';
import { groupTree } from './setup/groups';
import type { StepDeps } from './setup/deps';
import { HealthRepo } from './store/health';
import { HealthWatch } from './health';
import { healthInputs, healthRecordReader } from './setup/health-sources';
import type { AppOptions, ConsoleEvents, Services } from './services';

export type { AppOptions, ConsoleEvents, Services } from './services';

export interface ConsoleApp {
  services: Services;
  handlers: Handlers;
  dispatch: Dispatch;
  /** What Electron forwards with webContents.send and browser mode streams as Server-Sent Events. */
  events: ConsoleEvents;
  close(): Promise<void>;
}

/** The composition root: everything main does, without Electron. Used by Electron, browser mode and tests. */
export async function createConsoleApp(opts: AppOptions): Promise<ConsoleApp> {
  const clock = opts.clock ?? systemClock;
  const events: ConsoleEvents = createEventBus<EventMap>({
    check: (name, payload) => eventSchemas[name].parse(payload) as typeof payload,
    onError: opts.onEventError,
  });
  const db = openDatabase(opts.dataDir);
  removeStaleTempFiles(opts.dataDir);
  const audit = new AuditLog(db, clock);
  const prefs = new PrefsService(opts.prefsStore ?? createConfStore(opts.dataDir), opts.systemLocales ?? localesFromEnv(process.env));
  const vault = new Vault(db, clock, audit, opts.keychain ?? null, opts.kdf);
  vault.autoLockMinutes = prefs.get().autoLockMinutes;
  vault.onLocked((reason) => events.emit('vault.locked', { reason }));
  // A keychain vault opens by itself; if the keychain has gone, it stays locked and says why.
  if (vault.kind === 'keychain') await vault.openWithKeychain().catch(() => undefined);
  vault.startAutoLock();

  const closers: (() => Promise<void> | void)[] = [];
  const integrations = new IntegrationsRepo(db, clock);
  const settings = new SettingsRepo(db, clock);
  const handoffs = new HandoffsRepo(db);
  const plans = new PlansRepo(db);
  const healthRuns = new HealthRepo(db, clock);
  const packages = new PackagesRepo(db);
  // Readiness reads the selected packages, with their verdicts, the way the packages step lists them.
  const readiness = new Readiness({ settings, vault, handoffs, selectedPackages: (id) => listPackages({ integrations, settings, packages }, id, { selected: true }) });
  const restore: RestoreDeps = { vault, settings, plans, readiness };
  const simulators = new SimulatorHost({
    settings,
    audit,
    start: (o) => startSimulator({ ...o, rateLimitPerMinute: opts.simulatorRateLimitPerMinute ?? o.rateLimitPerMinute }),
    credentialsFor: (id) => savedSimulatorCredentials(restore, id),
    onStarted: (id, sim) => restoreSimulator(restore, id, sim),
    emit: events.emit,
  });
  closers.push(() => simulators.stopAll());
  const apis = new IntegrationApis({ integrations, settings, vault, simulators });
  const steps: StepDeps = {
    tx: (fn) => db.transaction(fn)(),
    clock,
    audit,
    integrations,
    settings,
    vault,
    milestones: new MilestonesRepo(db),
    handoffs,
    plans,
    packages,
    rotations: new RotationsRepo(db, clock),
    groups: { tree: (id) => groupTree(groupRows(db, id)), replace: (id, groups) => storeGroups(db, id, groups) },
    apis,
    readiness,
    events,
  };
  const services: Services = {
    // The integration record prints the latest stored health run unless a host supplies its own reader.
    opts: { ...opts, health: opts.health ?? healthRecordReader(healthRuns) },
    db,
    clock,
    audit,
    integrations,
    settings,
    vault,
    prefs,
    events,
    onClose: (fn) => void closers.push(fn),
    setup: apis,
    steps,
    healthRuns,
    health: new HealthWatch({
      repo: healthRuns,
      clock,
      integrations: () => integrations.list(),
      watched: (id) => healthRuns.latestHandoff(id) !== null,
      inputs: (id, trigger) => healthInputs({ apis, vault, settings, clock, repo: healthRuns }, id, { background: trigger === 'open' || trigger === 'schedule' }),
      intervalHours: () => prefs.get().healthIntervalHours,
      ready: () => !vault.status().locked,
    }),
  };
  services.health.subscribe((e) => events.emit('health.changed', e));
  if (opts.healthSchedule) services.health.start();
  const handlers = buildHandlers(services);
  const dispatch = createDispatch(handlers, {
    ...opts.dispatch,
    // Screens no longer poll (main pushes events), so every call is a person at work.
    onCall: (ch) => {
      vault.touch();
      opts.dispatch?.onCall?.(ch);
    },
  });
  return {
    services,
    handlers,
    dispatch,
    events,
    async close() {
      await services.health.stop();
      for (const fn of closers.reverse()) await fn();
      vault.dispose();
      db.close();
    },
  };
}
