/**
 * A small typed publish/subscribe bus: services emit, transports (Electron IPC, Server-Sent
 * Events) listen. Pure, so it runs the same in Electron, browser mode and tests.
 *
 * A listener that throws does not stop the others, and a payload that fails `check` is dropped
 * and reported rather than sent: a window should never receive what the contract does not allow.
 */
export type BusListener<M> = <E extends keyof M & string>(name: E, payload: M[E]) => void;

export interface EventBus<M> {
  emit<E extends keyof M & string>(name: E, payload: M[E]): void;
  /** Listens to every event until `signal` aborts or the returned function is called. */
  on(listener: BusListener<M>, opts?: { signal?: AbortSignal }): () => void;
  /** Listens to one event by name. */
  once<E extends keyof M & string>(name: E, opts?: { signal?: AbortSignal }): Promise<M[E]>;
  listenerCount(): number;
}

export interface EventBusOptions<M> {
  /** Validates (and may normalise) a payload before it is delivered; throw to refuse it. */
  check?: <E extends keyof M & string>(name: E, payload: M[E]) => M[E];
  /** A refused payload or a listener that threw: the host logs it (without the payload). */
  onError?: (name: string, err: unknown) => void;
}

export function createEventBus<M>(opts: EventBusOptions<M> = {}): EventBus<M> {
  const listeners = new Set<BusListener<M>>();
  const bus: EventBus<M> = {
    emit(name, payload) {
      let checked = payload;
      try {
        if (opts.check) checked = opts.check(name, payload);
      } catch (err) {
        opts.onError?.(name, err);
        return;
      }
      for (const l of [...listeners]) {
        try {
          l(name, checked);
        } catch (err) {
          opts.onError?.(name, err);
        }
      }
    },
    on(listener, o = {}) {
      if (o.signal?.aborted) return () => undefined;
      // Wrapped so one function can be subscribed twice and removed independently.
      const entry: BusListener<M> = (n, p) => listener(n, p);
      listeners.add(entry);
      const off = () => {
        listeners.delete(entry);
        o.signal?.removeEventListener('abort', off);
      };
      o.signal?.addEventListener('abort', off, { once: true });
      return off;
    },
    once(name, o = {}) {
      return new Promise((resolve, reject) => {
        if (o.signal?.aborted) return reject(o.signal.reason);
        const off = bus.on((n, p) => {
          if ((n as string) !== name) return;
          off();
          resolve(p as unknown as M[typeof name]);
        }, o);
        o.signal?.addEventListener('abort', () => reject(o.signal!.reason), { once: true });
      });
    },
    listenerCount: () => listeners.size,
  };
  return bus;
}
