import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../main/ipc/contract/push';
import { EVENT_NAMES } from '../main/ipc/contract/names';
import { mode, signedIn } from './api';

// Events main pushes to the window (main/ipc/contract/events.ts). Electron delivers them through
// the preload's `consoleEvents.on`; browser mode through one Server-Sent Events stream per page,
// signed in by the same session cookie as the calls. Screens subscribe here instead of polling.

interface EventsBridge {
  on(name: string, listener: (payload: unknown) => void): () => void;
}
declare global {
  interface Window {
    consoleEvents?: EventsBridge;
  }
}

type AnyListener = (payload: unknown) => void;
const listeners = new Map<string, Set<AnyListener>>();
const reconnectListeners = new Set<() => void>();
let connected = false;

function deliver(name: string, payload: unknown): void {
  for (const l of [...(listeners.get(name) ?? [])]) l(payload);
}

/** One connection for the page, made on the first subscription. */
function connect(): void {
  if (connected) return;
  connected = true;
  if (mode === 'electron') {
    for (const name of EVENT_NAMES) window.consoleEvents?.on(name, (p) => deliver(name, p));
    return;
  }
  void signedIn.then(() => {
    const source = new EventSource('./rpc/events');
    for (const name of EVENT_NAMES) source.addEventListener(name, (m) => deliver(name, JSON.parse((m as MessageEvent<string>).data)));
    // Each (re)connection may have missed events while the stream was down: screens re-read.
    source.addEventListener('open', () => {
      for (const l of [...reconnectListeners]) l();
    });
  });
}

/** Calls `listener` with each `name` event until `signal` aborts (or the returned function is called). */
export function onConsoleEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void, opts: { signal?: AbortSignal } = {}): () => void {
  connect();
  if (opts.signal?.aborted) return () => undefined;
  const set = listeners.get(name) ?? new Set<AnyListener>();
  listeners.set(name, set);
  const entry: AnyListener = (p) => listener(p as EventPayload<E>);
  set.add(entry);
  const off = () => void set.delete(entry);
  opts.signal?.addEventListener('abort', off, { once: true });
  return off;
}

/** Browser mode: called when the event stream (re)opens, so a screen can re-read what it may have missed. */
export function onEventsReconnected(listener: () => void, opts: { signal?: AbortSignal } = {}): () => void {
  connect();
  if (opts.signal?.aborted) return () => undefined;
  reconnectListeners.add(listener);
  const off = () => void reconnectListeners.delete(listener);
  opts.signal?.addEventListener('abort', off, { once: true });
  return off;
}

/**
 * Subscribes a component to one event for as long as it is mounted. The latest `listener` is
 * used without re-subscribing; `onReconnect` runs when a dropped stream comes back.
 */
export function useConsoleEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void, onReconnect?: () => void): void {
  const ref = useRef({ listener, onReconnect });
  useEffect(() => {
    ref.current = { listener, onReconnect };
  });
  useEffect(() => {
    const stop = new AbortController();
    onConsoleEvent(name, (p) => ref.current.listener(p), { signal: stop.signal });
    onEventsReconnected(() => ref.current.onReconnect?.(), { signal: stop.signal });
    return () => stop.abort();
  }, [name]);
}
