import type { Contract, Domain } from './index';
import type { EventName } from './push';

// The names alone, without the schemas: the renderer and the preload build their call functions
// from these, so the page does not load zod and the whole contract before its first screen.
// A unit test fails when this list and the contract disagree; add a new channel in both.

export const CHANNEL_NAMES = {
  app: ['info'],
  vault: ['status', 'init', 'unlock', 'lock', 'changePassphrase'],
  prefs: ['get', 'set'],
  integrations: ['list', 'create', 'rename', 'remove', 'setStep', 'overview'],
  secrets: ['list', 'reveal'],
  audit: ['list', 'exportCsv'],
  certn: ['status', 'connect', 'connectSimulator'],
  packages: ['sync', 'syncStatus', 'list', 'counts', 'addByUrl', 'select', 'confirmAts', 'offeredChecks', 'plans', 'plan', 'completePlan', 'createPlanInSimulator'],
  icims: ['get', 'setCompany', 'setMilestone', 'clearMilestone', 'saveCredentials', 'verify', 'useSimulatorAccount'],
  connection: ['get', 'syncGroups', 'saveWebhookField', 'setOptions', 'confirmSaved', 'copyIcimsValue', 'doItForMe'],
  golive: ['probe', 'cases'],
  rehearsal: ['state', 'configureEvents', 'createCandidate', 'moveToTrigger', 'advance', 'setCustomerId', 'inspectEvent', 'sendEvent'],
  health: ['summary', 'get', 'run', 'rehearse'],
  handoff: ['preview', 'create', 'list', 'markLeaked', 'refreshTracking', 'sendsafelyStatus', 'sendsafelyConnect', 'sendsafelyDisconnect', 'sendsafelySimulatorAccount', 'readRecipientKey'],
  rotation: ['state', 'start', 'capture', 'confirm', 'doItForMe', 'verify', 'complete', 'cancel'],
  record: ['pdf', 'save'],
  config: ['export', 'import'],
} as const satisfies { [D in Domain]: readonly (keyof Contract[D] & string)[] };

export const EVENT_NAMES = ['vault.locked', 'packages.syncProgress', 'rehearsal.changed', 'health.changed'] as const satisfies readonly EventName[];

/** Electron sends each event on its own IPC channel, apart from the request channels. */
export const ipcEventChannel = (name: EventName): string => `event:${name}`;

/** "domain.method" for every channel. */
export const channelNames = (): string[] => Object.entries(CHANNEL_NAMES).flatMap(([d, methods]) => methods.map((m) => `${d}.${m}`));
