import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../main/shared/event-bus';

type M = { 'a.one': { n: number }; 'b.two': { s: string } };

describe('event bus', () => {
  it('delivers each event to every listener, by name, in order', () => {
    const bus = createEventBus<M>();
    const seen: string[] = [];
    bus.on((name, p) => seen.push(`1 ${name} ${JSON.stringify(p)}`));
    bus.on((name) => seen.push(`2 ${name}`));
    bus.emit('a.one', { n: 1 });
    bus.emit('b.two', { s: 'x' });
    expect(seen).toEqual(['1 a.one {"n":1}', '2 a.one', '1 b.two {"s":"x"}', '2 b.two']);
  });

  it('stops delivering when the signal aborts or the returned function is called', () => {
    const bus = createEventBus<M>();
    const stop = new AbortController();
    let bySignal = 0;
    let byOff = 0;
    bus.on(() => bySignal++, { signal: stop.signal });
    const off = bus.on(() => byOff++);
    bus.emit('a.one', { n: 1 });
    stop.abort();
    off();
    bus.emit('a.one', { n: 2 });
    expect([bySignal, byOff]).toEqual([1, 1]);
    expect(bus.listenerCount()).toBe(0);
    // Subscribing with a signal that already aborted adds nothing.
    bus.on(() => bySignal++, { signal: stop.signal });
    expect(bus.listenerCount()).toBe(0);
  });

  it('a listener that throws is reported and does not stop the others', () => {
    const errors: string[] = [];
    const bus = createEventBus<M>({ onError: (name, err) => errors.push(`${name}: ${(err as Error).message}`) });
    let after = 0;
    bus.on(() => {
      throw new Error('boom');
    });
    bus.on(() => after++);
    bus.emit('a.one', { n: 1 });
    expect(after).toBe(1);
    expect(errors).toEqual(['a.one: boom']);
  });

  it('a payload refused by the check reaches no listener', () => {
    const errors: string[] = [];
    const bus = createEventBus<M>({
      check: (name, p) => {
        if (name === 'a.one' && (p as M['a.one']).n < 0) throw new Error('negative');
        return p;
      },
      onError: (name) => errors.push(name),
    });
    const got: unknown[] = [];
    bus.on((_n, p) => got.push(p));
    bus.emit('a.one', { n: -1 });
    bus.emit('a.one', { n: 2 });
    expect(got).toEqual([{ n: 2 }]);
    expect(errors).toEqual(['a.one']);
  });

  it('once resolves with the next event of that name and then lets go', async () => {
    const bus = createEventBus<M>();
    const next = bus.once('b.two');
    bus.emit('a.one', { n: 1 });
    bus.emit('b.two', { s: 'first' });
    bus.emit('b.two', { s: 'second' });
    await expect(next).resolves.toEqual({ s: 'first' });
    expect(bus.listenerCount()).toBe(0);
  });
});
