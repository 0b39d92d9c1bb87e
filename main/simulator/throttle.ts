// Per-API-key sliding-window rate limit for the simulated Certn public API. Certn publishes no figure
// for CertnCentric; the window and limit are options so tests can rehearse a 429 quickly.
export class SlidingWindowLimiter {
  private hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Records a hit; returns null when allowed, else the seconds to wait (for Retry-After). */
  hit(key: string, now = Date.now()): number | null {
    const since = now - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length >= this.limit) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil((list[0] + this.windowMs - now) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    return null;
  }
}
