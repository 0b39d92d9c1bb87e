import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import type { Simulator } from '../../../main/simulator/index';
import { certnAuth, start } from './helpers';

let sim: Simulator;
afterEach(async () => sim?.stop());

const get = (path: string, headers: Record<string, string> = certnAuth(sim)) => fetch(sim.certnUrl + path, { headers });

describe('Certn public API', () => {
  it('paginates with the documented envelope (default 20, max 100, page numbers)', async () => {
    sim = await start();
    await sim.admin.createPackagesBulk(245);
    const first = (await (await get('/api/public/packages/')).json()) as { pagination: Record<string, unknown>; results: unknown[] };
    expect(first.pagination).toEqual({ result_count: 250, page_count: 13, page_size: 20, current_page: 1, next_page: 2, previous_page: null });
    expect(first.results).toHaveLength(20);
    const big = (await (await get('/api/public/packages/?page_size=500&page=3')).json()) as { pagination: Record<string, unknown>; results: unknown[] };
    expect(big.pagination).toEqual({ result_count: 250, page_count: 3, page_size: 100, current_page: 3, next_page: null, previous_page: 2 });
    expect(big.results).toHaveLength(50);
    const beyond = await get('/api/public/packages/?page=99');
    expect(beyond.status).toBe(404);
    expect(await beyond.json()).toEqual({ type: 'client_error', errors: [{ code: 'not_found', detail: 'Invalid page.', attr: null }] });
  });

  it('serves the seeded company: a 3-level group tree and packages with the traps', async () => {
    sim = await start();
    const groups = ((await (await get('/api/public/groups/?page=1&page_size=100')).json()) as { results: { id: string; parent_id: string | null; short_id: string }[] }).results;
    expect(groups.length).toBeGreaterThanOrEqual(5);
    const depth = (id: string | null): number => (id === null ? 0 : 1 + depth(groups.find((g) => g.id === id)!.parent_id));
    expect(Math.max(...groups.map((g) => depth(g.id)))).toBeGreaterThanOrEqual(3);
    expect(groups[0].short_id).toMatch(/^CG_CA_[A-Z0-9]{4}$/);
    const one = await get(`/api/public/groups/${groups[1].id}/`);
    expect(await one.json()).toEqual(groups[1]);
    const pk = ((await (await get('/api/public/packages/?page_size=100')).json()) as { results: { name: string; use_for_ats: boolean; is_active: boolean }[] }).results;
    expect(pk.some((p) => p.name === 'Executive Screen ')).toBe(true);
    expect(pk.some((p) => !p.use_for_ats && p.is_active)).toBe(true);
    const inactive = ((await (await get('/api/public/packages/?is_active=false')).json()) as { results: { is_active: boolean }[] }).results;
    expect(inactive.length).toBe(1);
    expect(inactive[0].is_active).toBe(false);
  });

  it('answers 401 with the error body to a missing or wrong key, and 404 without the trailing slash', async () => {
    sim = await start();
    const body = { type: 'client_error', errors: [{ code: 'authentication_failed', detail: 'Authentication failed', attr: null }] };
    for (const headers of [{} as Record<string, string>, { authorization: 'Api-Key wrong.key' }, { authorization: `Bearer ${sim.demo.certnApiKey}` }]) {
      const r = await get('/api/public/groups/', headers);
      expect(r.status).toBe(401);
      expect(await r.json()).toEqual(body);
    }
    expect((await get('/api/public/groups')).status).toBe(404);
    expect((await get(`/api/public/cases/00000000-0000-0000-0000-000000000000/`)).status).toBe(404);
    expect(sim.demo.certnApiKey).toMatch(/^[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}$/);
  });

  it('rate-limits per key with 429 and Retry-After', async () => {
    sim = await start({ rateLimitPerMinute: 3, rateWindowMs: 2_000 });
    for (let i = 0; i < 3; i++) expect((await get('/api/public/groups/?page_size=1')).status).toBe(200);
    const r = await get('/api/public/groups/?page_size=1');
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(2);
    expect(((await r.json()) as { errors: { code: string }[] }).errors[0].code).toBe('throttled');
  });

  it('filters cases and validates dates', async () => {
    sim = await start();
    expect((await get('/api/public/cases/?order_timeframe_after=not-a-date')).status).toBe(400);
    const r = await get('/api/public/cases/?overall_status[]=COMPLETE&group[]=x&email_address=a@b.c');
    expect(r.status).toBe(200);
    expect(((await r.json()) as { results: unknown[] }).results).toEqual([]);
  });

  it('answers only its own loopback Host (DNS-rebinding guard)', async () => {
    sim = await start();
    const port = Number(new URL(sim.certnUrl).port);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/public/groups/', headers: { host, ...certnAuth(sim) } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('evil.example')).toBe(421);
    expect(await status(`127.0.0.1:${port + 1}`)).toBe(421);
    expect(await status(`localhost:${port}`)).toBe(200);
  });

  it('validates admin input with field-level 422s', async () => {
    sim = await start();
    const r = await fetch(`${sim.certnUrl}/__simulator/packages`, { method: 'POST', body: JSON.stringify({ name: 'X', use_for_ats: true, check_types: [] }) });
    expect(r.status).toBe(422);
    expect(((await r.json()) as { errors: { attr: string }[] }).errors[0].attr).toBe('check_types');
    expect(await sim.admin.getIcimsIntegration()).toBeNull();
  });
});
