import { z } from 'zod';
import { Id } from './define';
import { SyncStatus } from './setup';
import { HealthChanged } from './health';

/**
 * Events main pushes to the window, each with its payload schema. They carry no secrets and only
 * what a screen needs to update itself; a screen that needs more re-reads it through its channel.
 * In Electron they arrive over IPC (`webContents.send`), in browser mode as Server-Sent Events.
 */
export const events = {
  /** The vault locked itself (idle) or was locked: the shell returns to the unlock screen. */
  'vault.locked': z.object({ reason: z.enum(['idle', 'manual']) }),
  /** A package sync moved on: the same shape as `packages.syncStatus`, for one integration. */
  'packages.syncProgress': SyncStatus.extend({ integrationId: Id }),
  /** Something in an integration's local simulator changed (a case, a write-back, an event, the clock). */
  'rehearsal.changed': z.object({ integrationId: Id }),
  /** A health run changed an integration's verdict or found a new failure (what a notification is about). */
  'health.changed': HealthChanged,
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
/** Every event with its payload type, for the typed bus. */
export type EventMap = { [E in EventName]: EventPayload<E> };
/** What a service is given to push an event: one line, typed by name. */
export type EmitEvent = <E extends EventName>(name: E, payload: EventMap[E]) => void;
