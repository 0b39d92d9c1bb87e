// Each failure a person may meet, worded so they can act on it. Where the simulator cannot produce
// an answer (403, a bad certificate), a tiny loopback server plays Certn's part.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/simulator/index';
import { createCertnClient } from '../../../main/certn';
import { appErrorOf, closedPort } from './helpers';

let sim: Simulator;
const servers: Server[] = [];

async function listen(srv: Server): Promise<string> {
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return String((srv.address() as { port: number }).port);
}

beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerMinute: 100_000 });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await sim?.stop();
});

describe('Certn error messages', () => {
  it.each([
    ['ca', 'North America'],
    ['uk', 'Europe, Middle East and Africa'],
    ['au', 'Asia Pacific'],
    ['sandbox', 'the Certn sandbox'],
  ] as const)('401 in %s names the region and says keys are regional and expire', async (environment, words) => {
    // the simulator stands in for the regional host; the key is one this "region" did not issue
    const c = createCertnClient({ environment, baseUrl: sim.certnUrl, apiKey: 'key-from-another-region' });
    const e = await appErrorOf(c.listGroups());
    expect(e.code).toBe('certn_unauthorized');
    expect(e.message).toBe(`Certn rejected this API key for ${words}. Keys work only in the region that issued them and expire after 365 days.`);
    expect(e.hint).toMatch(/API Keys/);
  });

  it('uses the documented region host when no base URL is given', () => {
    expect(createCertnClient({ environment: 'uk', apiKey: 'k' }).baseUrl).toBe('https://api.uk.certn.co');
    expect(createCertnClient({ environment: 'sandbox', apiKey: 'k' }).baseUrl).toBe('https://api.sandbox.certn.co');
    expect(() => createCertnClient({ environment: 'simulator', apiKey: 'k' })).toThrow(/simulator/);
  });

  it('403 → certn_forbidden, and the key is sent as "Api-Key <key>" to a path with a trailing slash', async () => {
    const seen: { auth?: string; url?: string } = {};
    const port = await listen(
      createHttpServer((req, res) => {
        seen.auth = req.headers.authorization;
        seen.url = req.url;
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end('{"type":"client_error","errors":[{"code":"permission_denied","detail":"Permission denied","attr":null}]}');
      }),
    );
    const c = createCertnClient({ environment: 'ca', baseUrl: `http://127.0.0.1:${port}`, apiKey: 'sekret-key-123' });
    const e = await appErrorOf(c.getPackage('abc'));
    expect(e.code).toBe('certn_forbidden');
    expect(e.message).toBe('Certn accepted the API key but refused access to this package (permission denied).');
    expect(seen).toEqual({ auth: 'Api-Key sekret-key-123', url: '/api/public/packages/abc/' });
    expect(JSON.stringify(e.toInfo())).not.toContain('sekret');
  });

  it('a 404 on a list means a wrong address, not a missing record', async () => {
    const c = createCertnClient({ environment: 'simulator', baseUrl: `${sim.certnUrl}/not-certn`, apiKey: sim.demo.certnApiKey });
    const e = await appErrorOf(c.testConnection());
    expect(e.code).toBe('certn_not_found');
    expect(e.message).toBe(`${new URL(sim.certnUrl).host} does not offer Certn's group list (HTTP 404).`);
  });

  it('an answer that is JSON but not the expected shape → certn_bad_response naming the field', async () => {
    const port = await listen(
      createHttpServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"pagination":{"result_count":"many"},"results":[]}');
      }),
    );
    const c = createCertnClient({ environment: 'ca', baseUrl: `http://127.0.0.1:${port}`, apiKey: 'k' });
    const e = await appErrorOf(c.testConnection());
    expect(e.code).toBe('certn_bad_response');
    expect(e.message).toMatch(/pagination\.result_count/);
  });

  it('an unresolvable host → certn_network saying the name does not resolve', async () => {
    const c = createCertnClient({ environment: 'ca', baseUrl: 'http://nonexistent.invalid', apiKey: 'k', maxRetries: 0 });
    const e = await appErrorOf(c.testConnection());
    expect(e.code).toBe('certn_network');
    expect(e.message).toMatch(/nonexistent\.invalid/);
    expect(e.message).toMatch(/does not resolve|offline/);
  });

  it('connection refused on a closed loopback port → certn_network; for the simulator the hint says to start it', async () => {
    const port = await closedPort();
    const c = createCertnClient({ environment: 'simulator', baseUrl: `http://127.0.0.1:${port}`, apiKey: 'k' });
    const t = performance.now();
    const e = await appErrorOf(c.testConnection());
    expect(e.code).toBe('certn_network');
    expect(e.message).toBe(`Nothing is answering at 127.0.0.1:${port} (connection refused).`);
    expect(e.hint).toMatch(/simulator is not running/);
    expect(performance.now() - t).toBeLessThan(1000); // not retried: refusal does not fix itself
  });

  it('an untrusted certificate → certn_tls', async () => {
    // A self-signed certificate for 127.0.0.1 made once for this test (valid to 2126), so the test
    // needs no openssl on the machine. Its key protects nothing.
    const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
    const srv = createHttpsServer({ key: fixture('untrusted-127.0.0.1.key.pem'), cert: fixture('untrusted-127.0.0.1.cert.pem') }, (_q, r) => r.end('{}'));
    const port = await listen(srv as unknown as Server);
    const c = createCertnClient({ environment: 'ca', baseUrl: `https://127.0.0.1:${port}`, apiKey: 'k', maxRetries: 0 });
    const e = await appErrorOf(c.testConnection());
    expect(e.code).toBe('certn_tls');
    expect(e.message).toMatch(/could not be verified \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID)\)/);
  });
});
