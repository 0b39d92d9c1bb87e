// Simulated time for case life: it never moves by itself, tests and demos advance it explicitly,
// so "complete after 72 hours" can be rehearsed in milliseconds and asserted deterministically.
export class SimClock {
  private offsetMs = 0;

  constructor(private readonly startMs: number = Date.now()) {}

  now(): number {
    return this.startMs + this.offsetMs;
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('ms must be a non-negative number');
    this.offsetMs += ms;
    return this.now();
  }
}

export const HOUR_MS = 60 * 60 * 1000;
