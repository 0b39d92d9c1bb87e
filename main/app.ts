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
}

export interface Services {
  opts: AppOptions;
  db: Db;
  clock: Clock;
  audit: AuditLog;
  integrations: IntegrationsRepo;
  settings: SettingsRepo;
  vault: Vault;
  prefs: PrefsService;
  /** Cleanup hooks registered by services that hold resources (simulators, timers). */
  onClose: (fn: () => Promise<void> | void) => void;
  /** Per-integration context for the wizard's steps: clients, endpoints, simulators. */
  setup: SetupContext;
}

export interface ConsoleApp {
  services: Services;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): Promise<void>;
}

const POLLING_CHANNELS = new Set(['vault.status', 'packages.syncStatus', 'rehearsal.state']);

/** The composition root: everything main does, without Electron. Used by Electron, browser mode and tests. */
export async function createConsoleApp(opts: AppOptions): Promise<ConsoleApp> {
  const clock = opts.clock ?? systemClock;
  const db = openDatabase(opts.dataDir);
  removeStaleTempFiles(opts.dataDir);
  const audit = new AuditLog(db, clock);
  const prefs = new PrefsService(opts.prefsStore ?? createConfStore(opts.dataDir));
  const vault = new Vault(db, clock, audit, opts.keychain ?? null, opts.kdf);
  vault.autoLockMinutes = prefs.get().autoLockMinutes;
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
    onClose: (fn: () => Promise<void> | void) => void closers.push(fn),
  } as Services;
  services.setup = new SetupContext(services);
  const handlers = buildHandlers(services);
  const dispatch = createDispatch(handlers, {
    ...opts.dispatch,
    onCall: (ch) => {
      // Screens that poll on their own are not a person at work: they must not hold the vault open.
      if (!POLLING_CHANNELS.has(ch)) vault.touch();
      opts.dispatch?.onCall?.(ch);
    },
  });
  return {
    services,
    handlers,
    dispatch,
    async close() {
      for (const fn of closers.reverse()) await fn();
      vault.dispose();
      db.close();
    },
  };
}
