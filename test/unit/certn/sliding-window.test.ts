import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SlidingWindowLimiter, type LimiterClock } from '../../../main/net/sliding-window';
import { TransportFailure } from '../../../main/net/transport';
import { createCertnClient } from '../../../main/certn';

// The client-side limiter on a virtual clock: no assertion waits on, or reads, the wall clock.

/** Time moves only when everything else is waiting on it: then it jumps to the next timer. */
class VirtualClock implements LimiterClock {
  private timers: { at: number; resolve: () => void }[] = [];
  constructor(public t = 0) {}
  now = () => this.t;
  sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(new TransportFailure('cancelled', undefined));
      const timer = { at: this.t + ms, resolve };
      this.timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.timers = this.timers.filter((x) => x !== timer);
        reject(new TransportFailure('cancelled', undefined));
      });
    });
  /** Runs `work` to the end, advancing time whenever nothing but timers is pending. */
  async run<T>(work: Promise<T>, idle = () => new Promise<void>((r) => setImmediate(r))): Promise<T> {
    let done = false;
    const out = work.finally(() => (done = true));
    for (let guard = 0; !done && guard < 100_000; guard++) {
      await idle();
      if (done || !this.timers.length) continue;
      const next = Math.min(...this.timers.map((x) => x.at));
      this.t = Math.max(this.t, next);
      const due = this.timers.filter((x) => x.at <= this.t);
      this.timers = this.timers.filter((x) => x.at > this.t);
      for (const x of due) x.resolve();
    }
    return out;
  }
}

const WINDOW = 60_000;

/** The most calls that started within any one window, from their start times. */
function busiestWindow(starts: number[]): number {
  let most = 0;
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (starts[i] - starts[j] >= WINDOW) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('sliding-window limiter', () => {
  it('100 pages one after another at 60 a window take one window, not 100 s, and never exceed the limit', async () => {
    const clock = new VirtualClock();
    const limiter = new SlidingWindowLimiter(60, WINDOW, clock);
    const starts: number[] = [];
    await clock.run(
      (async () => {
        for (let i = 0; i < 100; i++) {
          await limiter.acquire();
          starts.push(clock.now());
          await clock.sleep(10); // the answer takes 10 ms
        }
      })(),
    );
    const total = clock.now();
    expect(total).toBeGreaterThanOrEqual(WINDOW);
    expect(total).toBeLessThanOrEqual(WINDOW + 1_000);
    // Call 61 goes the moment call 1 leaves the window; the rest follow at the pace of the answers.
    expect(starts[60]).toBe(WINDOW);
    expect(starts[99] - starts[60]).toBe(39 * 10);
    expect(busiestWindow(starts)).toBe(60);
  });

  it('a burst of callers at once: a full window, then the next as soon as the window slides', async () => {
    const clock = new VirtualClock();
    const limiter = new SlidingWindowLimiter(60, WINDOW, clock);
    const starts: number[] = [];
    await clock.run(Promise.all(Array.from({ length: 130 }, () => limiter.acquire().then(() => starts.push(clock.now())))));
    expect(starts.filter((t) => t === 0)).toHaveLength(60);
    expect(starts.filter((t) => t === WINDOW)).toHaveLength(60);
    expect(starts.filter((t) => t === 2 * WINDOW)).toHaveLength(10);
  });

  it('says how many calls may start now, when the next may, and how long the rest will take', async () => {
    const clock = new VirtualClock(1_000);
    const limiter = new SlidingWindowLimiter(60, WINDOW, clock);
    expect(limiter.state()).toMatchObject({ limit: 60, callsLeft: 60, nextSlotAt: 1_000, pausedUntil: 0 });
    for (let i = 0; i < 45; i++) await limiter.acquire();
    expect(limiter.state()).toMatchObject({ callsLeft: 15, nextSlotAt: 1_000 });
    // 55 more calls of 100 ms: 15 now (1.5 s), then 40 once the window slides (61 s from the first).
    expect(limiter.eta(55, 100)).toBe(WINDOW + 40 * 100);
    for (let i = 0; i < 15; i++) await limiter.acquire();
    expect(limiter.state()).toMatchObject({ callsLeft: 0, nextSlotAt: 1_000 + WINDOW });
    clock.t += WINDOW;
    expect(limiter.state().callsLeft).toBe(60);
  });

  it('a server wait (Retry-After) holds every call back until then', async () => {
    const clock = new VirtualClock();
    const limiter = new SlidingWindowLimiter(60, WINDOW, clock);
    await limiter.acquire();
    limiter.pauseUntil(7_000);
    expect(limiter.state()).toMatchObject({ callsLeft: 0, pausedUntil: 7_000, nextSlotAt: 7_000 });
    expect(limiter.eta(1, 0)).toBe(7_000);
    const starts: number[] = [];
    await clock.run(Promise.all([1, 2].map(() => limiter.acquire().then(() => starts.push(clock.now())))));
    expect(starts).toEqual([7_000, 7_000]);
    expect(limiter.state()).toMatchObject({ callsLeft: 57, pausedUntil: 0 });
  });

  it('a caller that gives up while waiting takes no slot and does not hold up the next', async () => {
    const clock = new VirtualClock();
    const limiter = new SlidingWindowLimiter(1, WINDOW, clock);
    await limiter.acquire();
    const abort = new AbortController();
    const gaveUp = limiter.acquire(abort.signal);
    const next = limiter.acquire();
    abort.abort();
    await expect(gaveUp).rejects.toBeInstanceOf(TransportFailure);
    await clock.run(next);
    expect(clock.now()).toBe(WINDOW);
    expect(limiter.state().callsLeft).toBe(0);
  });
});

describe('the Certn client honours Retry-After', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  async function serve(clock: VirtualClock, retryAfter: () => string): Promise<{ url: string; seen: number[] }> {
    const seen: number[] = [];
    server = http.createServer((req, res) => {
      seen.push(clock.now());
      if (seen.length === 1) {
        res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': retryAfter() });
        res.end('{"detail":"Request was throttled."}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ pagination: { result_count: 0, page_count: 1, page_size: 1, current_page: 1, next_page: null, previous_page: null }, results: [] }));
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
  }

  // Loopback I/O is real, so "idle" here also waits a little real time for answers to arrive.
  const ioIdle = () => new Promise<void>((r) => setTimeout(r, 5));

  it.each([
    ['delta-seconds', (_clock: VirtualClock) => '12'],
    ['an HTTP date', (clock: VirtualClock) => new Date(clock.now() + 12_000).toUTCString()],
  ])('given as %s: the retry waits that long on the limiter’s clock', async (_form, header) => {
    const clock = new VirtualClock(Date.UTC(2026, 10, 28, 10, 0, 0));
    const { url, seen } = await serve(clock, () => header(clock));
    const certn = createCertnClient({ environment: 'simulator', baseUrl: url, apiKey: `k-${Math.random()}`, clock });
    await clock.run(certn.testConnection(), ioIdle);
    expect(seen).toHaveLength(2);
    expect(seen[1] - seen[0]).toBeGreaterThanOrEqual(12_000);
    expect(seen[1] - seen[0]).toBeLessThan(13_000);
  });
});
