import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import net from 'node:net';
import type { Simulator } from '../../../main/simulator/index';
import { SimulatorAdmin } from '../../../main/simulator/admin-client';
import { createSimServer, listen, close, Router, sendJson } from '../../../main/simulator/router';
import { start } from './helpers';

function raw(url: string, opts: { method: string; path: string; headers?: Record<string, string>; body?: string }) {
  const u = new URL(url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method: opts.method, path: opts.path, headers: { Host: u.host, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('simulator admin API and cross-site requests', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await start();
  });
  afterAll(async () => sim.stop());

  it('refuses a text/plain simple POST from a foreign Origin, and Sec-Fetch-Site: cross-site, on both servers', async () => {
    const fault = JSON.stringify({ route: '/api/public/groups/', kind: '500' });
    for (const base of [sim.certnUrl, sim.icimsUrl]) {
      const foreign = await raw(base, { method: 'POST', path: '/__simulator/faults', headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' }, body: fault });
      expect(foreign.status, base).toBe(403);
      const crossSite = await raw(base, { method: 'POST', path: '/__simulator/faults', headers: { 'Content-Type': 'text/plain', 'Sec-Fetch-Site': 'cross-site' }, body: fault });
      expect(crossSite.status, base).toBe(403);
      const otherLocalPort = await raw(base, { method: 'POST', path: '/__simulator/faults', headers: { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:1', 'Sec-Fetch-Site': 'same-site' }, body: fault });
      expect(otherLocalPort.status, base).toBe(403);
    }
    // Nothing was injected by the refused requests.
    const groups = await fetch(`${sim.certnUrl}/api/public/groups/`, { headers: { authorization: `Api-Key ${sim.demo.certnApiKey}` } });
    expect(groups.status).toBe(200);
  });

  it('still serves the console (no Origin) and its own origin', async () => {
    const own = new URL(sim.certnUrl).origin;
    const r = await raw(sim.certnUrl, { method: 'GET', path: '/__simulator/clock', headers: { Origin: own, 'Sec-Fetch-Site': 'same-origin' } });
    expect(r.status).toBe(200);
    expect(await sim.admin.webhookLog()).toEqual(expect.any(Array));
  });

  it('cuts off a request whose body is shorter than its Content-Length', async () => {
    const server = createSimServer({ router: new Router().on('POST', '/x', (ctx) => sendJson(ctx.res, 200, {})), error: (ctx, status) => sendJson(ctx.res, status, {}) }, { headersMs: 500, requestMs: 1_000, checkEveryMs: 200 });
    const port = await listen(server, 0);
    try {
      const started = Date.now();
      const answer = await new Promise<string>((resolve, reject) => {
        const sock = net.connect(port, '127.0.0.1', () => sock.write(`POST /x HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 100\r\n\r\nshort`));
        let got = '';
        sock.on('data', (d) => (got += d));
        sock.on('close', () => resolve(got || 'closed'));
        sock.on('error', reject);
      });
      expect(answer).toMatch(/^(HTTP\/1\.1 408|closed)/);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await close(server);
    }
  });
});

describe('admin client', () => {
  it('gives up on a simulator that accepts the connection and never answers, with a typed error', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    try {
      const admin = new SimulatorAdmin(url, url, 500);
      await expect(admin.listCases()).rejects.toMatchObject({ code: 'simulator_timeout', message: expect.stringMatching(/did not answer within/) });
    } finally {
      silent.close();
    }
  });
});
