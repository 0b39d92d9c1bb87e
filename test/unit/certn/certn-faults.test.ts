// Fault modes, the client-side limiter and cancellation, against the simulator's fault injection.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/simulator/index';
import { createCertnClient, type CertnClientOptions } from '../../../main/certn';
import { appErrorOf, clearFaults, injectFault } from './helpers';

let sim: Simulator;
const GROUPS = '/api/public/groups/';

function client(o: Partial<CertnClientOptions> = {}) {
  return createCertnClient({
    environment: 'simulator',
    baseUrl: sim.certnUrl,
    apiKey: sim.demo.certnApiKey,
    timeoutMs: 2000,
    retryBaseMs: 20,
    rateLimitPerMinute: 100_000,
    ...o,
  });
}

beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerMinute: 100_000 });
});
afterEach(async () => {
  await clearFaults(sim.certnUrl);
});
afterAll(async () => {
  await sim?.stop();
});

describe('fault modes', () => {
  it('latency beyond timeoutMs → certn_timeout', async () => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind: 'latency', latencyMs: 1500, count: 5 });
    const t = performance.now();
    const e = await appErrorOf(client({ timeoutMs: 150, maxRetries: 0 }).testConnection());
    expect(e.code).toBe('certn_timeout');
    expect(e.message).toMatch(/did not answer within 150 ms/);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('a timeout on a GET is retried, and succeeds when the server recovers', async () => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind: 'latency', latencyMs: 800, count: 1 });
    const r = await client({ timeoutMs: 200, maxRetries: 2 }).testConnection();
    expect(r.ok).toBe(true);
  });

  it('429 → waits Retry-After, then succeeds', async () => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind: '429', retryAfterSeconds: 1 });
    const t = performance.now();
    const r = await client({ maxRetries: 0 }).testConnection();
    expect(r.ok).toBe(true);
    expect(performance.now() - t).toBeGreaterThanOrEqual(950);
  });

  it('429 with a Retry-After longer than we may wait → certn_rate_limited with the wait in the hint', async () => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind: '429', retryAfterSeconds: 90 });
    const e = await appErrorOf(client({ maxRetryAfterMs: 5000 }).testConnection());
    expect(e.code).toBe('certn_rate_limited');
    expect(e.hint).toContain('90 seconds');
  });

  it.each(['500', '503'] as const)('%s → retried, then succeeds', async (kind) => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind, count: 2, retryAfterSeconds: 0 });
    const r = await client({ maxRetries: 2 }).testConnection();
    expect(r.ok).toBe(true);
  });

  it.each(['500', '503'] as const)('%s → fails with the 5xx message after maxRetries', async (kind) => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind, count: 3, retryAfterSeconds: 0 });
    const e = await appErrorOf(client({ maxRetries: 2 }).testConnection());
    expect(e.code).toBe('certn_unavailable');
    expect(e.status).toBe(Number(kind));
    expect(e.message).toBe(`Certn's service in the local simulator answered with an error (HTTP ${kind}).`);
    // all three attempts were used up: the next call succeeds
    expect((await client({ maxRetries: 0 }).testConnection()).ok).toBe(true);
  });

  it('a POST is not retried on 5xx (it may have been applied)', async () => {
    await injectFault(sim.certnUrl, { route: '/api/public/cases/', kind: '500', count: 1 });
    const e = await appErrorOf(client({ maxRetries: 3 }).generateReport('00000000-0000-0000-0000-000000000000'));
    expect(e.code).toBe('certn_unavailable');
    // the retry budget was not spent on it: the fault was consumed once, the next call reaches the API
    const e2 = await appErrorOf(client().generateReport('00000000-0000-0000-0000-000000000000'));
    expect(e2.code).toBe('certn_not_found');
  });

  it('malformed JSON → certn_bad_response', async () => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind: 'malformed' });
    const e = await appErrorOf(client().testConnection());
    expect(e.code).toBe('certn_bad_response');
    expect(e.message).toMatch(/not valid JSON/);
  });

  it('a dropped connection is retried', async () => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind: 'drop', count: 2 });
    expect((await client({ maxRetries: 2 }).testConnection()).ok).toBe(true);
  });

  it('a dropped connection without retries left → certn_network', async () => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind: 'drop' });
    const e = await appErrorOf(client({ maxRetries: 0 }).testConnection());
    expect(e.code).toBe('certn_network');
    expect(e.message).toMatch(/was cut before Certn answered/);
  });
});

describe('client-side limiter', () => {
  it('spaces calls to the configured rate', async () => {
    const c = client({ rateLimitPerMinute: 3, rateLimitIntervalMs: 600 });
    const t0 = performance.now();
    const done = await Promise.all(Array.from({ length: 7 }, () => c.testConnection().then(() => performance.now() - t0)));
    done.sort((a, b) => a - b);
    // 3 per 600 ms: the 4th call waits for the first window, the 7th for the second
    expect(done[2]).toBeLessThan(500);
    expect(done[3]).toBeGreaterThanOrEqual(580);
    expect(done[6]).toBeGreaterThanOrEqual(1180);
  });

  it('is shared by every client for the same account (the console builds one per call)', async () => {
    const make = () => client({ rateLimitPerMinute: 2, rateLimitIntervalMs: 400 });
    const t0 = performance.now();
    const done = await Promise.all([make(), make(), make()].map((c) => c.testConnection().then(() => performance.now() - t0)));
    expect(Math.max(...done)).toBeGreaterThanOrEqual(380);
  });

  it('does not slow calls down under the limit', async () => {
    const c = client({ rateLimitPerMinute: 7, rateLimitIntervalMs: 1000 });
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 7 }, () => c.testConnection()));
    expect(performance.now() - t0).toBeLessThan(900);
  });
});

describe('cancellation', () => {
  it('aborts a call in flight', async () => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind: 'latency', latencyMs: 1500 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t = performance.now();
    const e = await appErrorOf(client().testConnection({ signal: ac.signal }));
    expect(e.code).toBe('cancelled');
    expect(performance.now() - t).toBeLessThan(800);
  });

  it('aborts a paginated listing between pages', async () => {
    const ac = new AbortController();
    const pages: number[] = [];
    const e = await appErrorOf(
      client().listGroups({ pageSize: 1, signal: ac.signal, onProgress: (p) => { pages.push(p.page); if (p.page === 2) ac.abort(); } }),
    );
    expect(e.code).toBe('cancelled');
    expect(pages).toEqual([1, 2]);
  });

  it('aborts while waiting out a Retry-After', async () => {
    await injectFault(sim.certnUrl, { route: GROUPS, kind: '429', retryAfterSeconds: 30 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    // its own limiter settings, so the 30 s pause it shares with same-account clients stays in this test
    const c = client({ rateLimitPerMinute: 99_999 });
    const e = await appErrorOf(c.testConnection({ signal: ac.signal }));
    expect(e.code).toBe('cancelled');
    // and calls for the same account now hold back instead of hammering Certn
    const ac2 = new AbortController();
    setTimeout(() => ac2.abort(), 100);
    const t = performance.now();
    expect((await appErrorOf(c.testConnection({ signal: ac2.signal }))).code).toBe('cancelled');
    expect(performance.now() - t).toBeGreaterThanOrEqual(90);
  });

  it('aborts while queued behind the limiter', async () => {
    const c = client({ rateLimitPerMinute: 1, rateLimitIntervalMs: 5000 });
    await c.testConnection();
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t = performance.now();
    const e = await appErrorOf(c.testConnection({ signal: ac.signal }));
    expect(e.code).toBe('cancelled');
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('an already-aborted signal never sends', async () => {
    const e = await appErrorOf(client().listPackages({ signal: AbortSignal.abort() }));
    expect(e.code).toBe('cancelled');
  });
});

describe("the simulator's own rate limit", () => {
  it('a burst past the server limit is absorbed by waiting out its Retry-After; a matching client limiter never trips it', async () => {
    const strict = await startSimulator({ rateLimitPerMinute: 3, rateWindowMs: 500 });
    try {
      const opts = { environment: 'simulator' as const, baseUrl: strict.certnUrl, apiKey: strict.demo.certnApiKey, maxRetries: 0 };
      const eager = createCertnClient({ ...opts, rateLimitPerMinute: 1000, maxRateLimitWaits: 0 });
      const results = await Promise.allSettled(Array.from({ length: 5 }, () => eager.testConnection()));
      const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code);
      expect(refused).toEqual(['certn_rate_limited', 'certn_rate_limited']); // proof the server limit bites
      await new Promise((r) => setTimeout(r, 600));

      const patient = createCertnClient({ ...opts, rateLimitPerMinute: 1000 });
      const t = performance.now();
      await Promise.all(Array.from({ length: 5 }, () => patient.testConnection()));
      expect(performance.now() - t).toBeGreaterThanOrEqual(900); // Retry-After is whole seconds
      await new Promise((r) => setTimeout(r, 600));

      const polite = createCertnClient({ ...opts, rateLimitPerMinute: 3, rateLimitIntervalMs: 550, maxRateLimitWaits: 0 });
      await Promise.all(Array.from({ length: 5 }, () => polite.testConnection()));
    } finally {
      await strict.stop();
    }
  });
});
