import { openDatabase, type Db } from './store/db';
import { systemClock, type Clock } from './store/clock';
import { AuditLog } from './store/audit';
import { IntegrationsRepo } from './store/integrations';
import { SettingsRepo } from './store/settings';
import { Vault } from './vault/vault';
import type { KdfParams } from './vault/crypto';
import type { KeychainProtector } from './vault/key-protector';
import { PrefsService, type KeyValueStore } from './prefs/prefs';
import { createConfStore, removeStaleTempFiles } from './prefs/conf-store';
import { createDispatch, type Dispatch, type DispatchOptions } from './ipc/dispatch';
import { buildHandlers } from './ipc/handlers';
import type { Handlers } from './ipc/contract';
import { events as eventSchemas, type EventMap } from './ipc/contract/push';
import { createEventBus, type EventBus } from './shared/event-bus';
import { SetupContext } from './setup/context';

export interface AppOptions {
  dataDir: string;
  mode: 'electron' | 'browser';
  version?: string;
  /** Where this process writes its log file (shown in Settings). */
  logDir?: string;
  /** Electron with a real OS keychain; otherwise the vault uses a master passphrase. */
  keychain?: KeychainProtector | null;
  prefsStore?: KeyValueStore;
  clock?: Clock;
  kdf?: KdfParams;
  dispatch?: DispatchOptions;
  /** An event that failed its schema or a transport that threw: logged by the host, without the payload. */
  onEventError?: (name: string, err: unknown) => void;
}

/** Pushes typed events to the window (see main/ipc/contract/events.ts). */
export type ConsoleEvents = EventBus<EventMap>;

export interface Services {
  opts: AppOptions;
  db: Db;
  clock: Clock;
  audit: AuditLog;
  integrations: IntegrationsRepo;
  settings: SettingsRepo;
  vault: Vault;
  prefs: PrefsService;
  /** Push events to the window: `services.events.emit('rehearsal.changed', { integrationId })`. */
  events: ConsoleEvents;
  /** Cleanup hooks registered by services that hold resources (simulators, timers). */
  onClose: (fn: () => Promise<void> | void) => void;
  /** Per-integration context for the wizard's steps: clients, endpoints, simulators. */
  setup: SetupContext;
}

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
  const prefs = new PrefsService(opts.prefsStore ?? createConfStore(opts.dataDir));
  const vault = new Vault(db, clock, audit, opts.keychain ?? null, opts.kdf);
  vault.autoLockMinutes = prefs.get().autoLockMinutes;
  vault.onLocked((reason) => events.emit('vault.locked', { reason }));
  // A keychain vault opens by itself; if the keychain has gone, it stays locked and says why.
  if (vault.kind === 'keychain') await vault.openWithKeychain().catch(() => undefined);
  vault.startAutoLock();

  const closers: (() => Promise<void> | void)[] = [];
  const services = {
    opts,
    db,
    clock,
    audit,
    integrations: new IntegrationsRepo(db, clock),
    settings: new SettingsRepo(db, clock),
    vault,
    prefs,
    events,
    onClose: (fn: () => Promise<void> | void) => void closers.push(fn),
  } as Services;
  services.setup = new SetupContext(services);
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
      for (const fn of closers.reverse()) await fn();
      vault.dispose();
      db.close();
    },
  };
}
