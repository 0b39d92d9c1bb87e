import type { Db } from './store/db';
import type { Clock } from './shared/clock';
import type { AuditLog } from './store/audit';
import type { IntegrationsRepo } from './store/integrations';
import type { SettingsRepo } from './store/settings';
import type { Vault } from './vault/vault';
import type { KdfParams } from './vault/crypto';
import type { KeychainProtector } from './vault/key-protector';
import type { PrefsService, KeyValueStore } from './prefs/prefs';
import type { DispatchOptions } from './ipc/dispatch';
import type { IntegrationApis } from './setup/apis';
import type { StepDeps } from './setup/deps';
import type { EventMap } from './ipc/contract/push';
import type { EventBus } from './shared/event-bus';
import type { HealthReader } from './record/types';
import type { HealthRepo } from './store/health';
import type { HealthWatch } from './health';

export interface AppOptions {
  dataDir: string;
  mode: 'electron' | 'browser';
  version?: string;
  /** Where this process writes its log file (shown in Settings). */
  logDir?: string;
  /** Electron with a real OS keychain; otherwise the vault uses a master passphrase. */
  keychain?: KeychainProtector | null;
  prefsStore?: KeyValueStore;
  /** The system's preferred languages, most preferred first; the POSIX locale variables when absent. */
  systemLocales?: readonly string[];
  clock?: Clock;
  kdf?: KdfParams;
  dispatch?: DispatchOptions;
  /** An event that failed its schema or a transport that threw: logged by the host, without the payload. */
  onEventError?: (name: string, err: unknown) => void;
  /** Electron: the system save dialog; writes the bytes and returns the path, or null if cancelled. */
  saveFile?: (o: { suggestedName: string; bytes: Uint8Array; filter: { name: string; extensions: string[] } }) => Promise<string | null>;
  /** The latest health result per integration, for the integration record. */
  health?: HealthReader;
  /** Run the health watch on its schedule (the desktop app and browser mode; tests run it by hand). */
  healthSchedule?: boolean;
  /** The local simulator's own request limit per minute (default 60); the benchmark lifts it. */
  simulatorRateLimitPerMinute?: number;
}

/** Pushes typed events to the window (see main/ipc/contract/push.ts). */
export type ConsoleEvents = EventBus<EventMap>;

/** What the composition root builds once per process; handlers and the CLIs take what they need from it. */
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
  /** Where each integration's APIs are: clients, endpoints, simulators. */
  setup: IntegrationApis;
  /** What the step services are made from (repositories, vault, audit, clock, APIs, readiness). */
  steps: StepDeps;
  /** Health runs kept in SQLite, and the watch that makes them (on open, on a schedule, on request). */
  healthRuns: HealthRepo;
  health: HealthWatch;
}
