// A client-side rate limiter over a sliding window: at most `limit` calls start in any `windowMs`.
// Unlike spacing calls evenly once the window is full, a call goes as soon as the oldest call in
// the window slides out of it, so N calls take about ceil(N / limit) - 1 windows, not N / limit
// windows plus one spacing per extra call. A server's "wait" (429 + Retry-After) pauses every call.
import { sleep, TransportFailure } from './transport';

/** Time as the limiter sees it; tests pass a virtual clock so nothing waits on the wall clock. */
export interface LimiterClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: LimiterClock = { now: () => Date.now(), sleep };

export interface WindowState {
  limit: number;
  windowMs: number;
  /** Calls that could start right now without waiting (0 while paused by the server). */
  callsLeft: number;
  /** When the next call may start (epoch ms); now, or later when the window is full or the server said wait. */
  nextSlotAt: number;
  /** Until when the server asked every call to wait (epoch ms), or 0. */
  pausedUntil: number;
}

export class SlidingWindowLimiter {
  /** Start times of the calls still inside the window, oldest first. */
  private starts: number[] = [];
  private pausedUntilMs = 0;
  /** Calls take their turn in order: one waits for the slot, the rest wait behind it. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly clock: LimiterClock = realClock,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a whole number of at least 1');
    if (!(windowMs > 0)) throw new RangeError('windowMs must be positive');
  }

  private prune(now: number): void {
    while (this.starts.length && this.starts[0] <= now - this.windowMs) this.starts.shift();
  }

  /** Milliseconds until a call may start, from the calls in the window and any pause. */
  private wait(now: number): number {
    this.prune(now);
    const full = this.starts.length >= this.limit ? this.starts[this.starts.length - this.limit] + this.windowMs - now : 0;
    return Math.max(0, full, this.pausedUntilMs - now);
  }

  /** Resolves when this call may start, and counts it; rejects (taking no slot) if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.chain.then(async () => {
      for (;;) {
        if (signal?.aborted) throw new TransportFailure('cancelled', undefined);
        const now = this.clock.now();
        const ms = this.wait(now);
        if (ms <= 0) {
          this.starts.push(now);
          return;
        }
        await this.clock.sleep(ms, signal);
      }
    });
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  /** The server said wait (429 + Retry-After): no call starts before `until` (epoch ms). */
  pauseUntil(until: number): void {
    this.pausedUntilMs = Math.max(this.pausedUntilMs, until);
  }

  state(now = this.clock.now()): WindowState {
    this.prune(now);
    const paused = this.pausedUntilMs > now;
    return {
      limit: this.limit,
      windowMs: this.windowMs,
      callsLeft: paused ? 0 : Math.max(0, this.limit - this.starts.length),
      nextSlotAt: now + this.wait(now),
      pausedUntil: paused ? this.pausedUntilMs : 0,
    };
  }

  /**
   * Milliseconds until `calls` more calls, made one after another and each taking `perCallMs`,
   * would all be done: each starts when the previous has ended and the window lets it.
   */
  eta(calls: number, perCallMs: number, now = this.clock.now()): number {
    this.prune(now);
    const starts = [...this.starts];
    let free = Math.max(now, this.pausedUntilMs);
    let end = now;
    for (let i = 0; i < calls; i++) {
      const slot = starts.length >= this.limit ? starts[starts.length - this.limit] + this.windowMs : free;
      const start = Math.max(free, slot);
      starts.push(start);
      end = start + perCallMs;
      free = end;
    }
    return Math.max(0, end - now);
  }
}
