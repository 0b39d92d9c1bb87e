// The webhook endpoint probe against the simulated Certn's iCIMS event endpoint.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/simulator/index';
import { createCertnClient, probeWebhookEndpoint } from '../../../main/certn';
import { ICIMS_WEBHOOK_PATH } from '../../../main/shared/regions';
import { setLocale, translator } from '../../../main/shared/i18n';
import { word } from '../../../main/shared/health-words';
import { adminCall, clearFaults, closedPort, connectIntegration, injectFault } from './helpers';

let sim: Simulator;
let creds: { webhook_username: string; webhook_password: string };

beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerMinute: 100_000 });
  const groups = await createCertnClient({ environment: 'simulator', baseUrl: sim.certnUrl, apiKey: sim.demo.certnApiKey }).listGroups();
  creds = await connectIntegration(sim, groups[0].id);
});
afterEach(async () => {
  await clearFaults(sim.certnUrl);
});
afterAll(async () => {
  await sim?.stop();
});

const probe = (username: string, password: string, baseUrl = sim.certnUrl) =>
  probeWebhookEndpoint({ environment: 'simulator', baseUrl, username, password, timeoutMs: 2000 });

describe('webhook endpoint probe', () => {
  it('right credentials → accepted (the empty event is refused with 400), and no case is ordered', async () => {
    const casesBefore = await adminCall<unknown[] | { cases: unknown[] }>(sim.certnUrl, 'GET', '/__simulator/cases');
    const r = await probe(creds.webhook_username, creds.webhook_password);
    expect(r).toMatchObject({ outcome: 'accepted', httpStatus: 400, title: 'Endpoint reached, credentials probably accepted' });
    // Sent as iCIMS sends events: gzip, declared in Content-Encoding (the simulator does not sniff bytes).
    const sent = (await adminCall<{ entries: { contentEncoding: string | null; event: unknown }[] }>(sim.certnUrl, 'GET', '/__simulator/webhook-log')).entries.at(-1)!;
    expect(sent.contentEncoding).toBe('gzip');
    expect(sent.event).toEqual({});
    expect(r.explanation).toMatch(/best-effort/);
    expect(await adminCall(sim.certnUrl, 'GET', '/__simulator/cases')).toEqual(casesBefore);
    const log = await adminCall<{ entries: { httpStatus: number }[] }>(sim.certnUrl, 'GET', '/__simulator/webhook-log');
    expect(log.entries.at(-1)?.httpStatus).toBe(400);
  });

  it('reads its answer in the console’s language, and keeps what it was worded from', async () => {
    setLocale('fr-CA');
    try {
      const r = await probe(creds.webhook_username, 'wrong-password');
      expect(r.title).toBe('Identifiants du webhook probablement refusés');
      expect(r.explanation).toMatch(/^Le point de terminaison iCIMS de Certn \(région\u00a0: simulateur local\) a répondu par le code HTTP 401/);
      expect(r.explanation).toContain('«\u00a0Settings → Integrations → iCIMS\u00a0» (Paramètres → Intégrations → iCIMS)');
      const down = await probe(creds.webhook_username, creds.webhook_password, `http://127.0.0.1:${await closedPort()}`);
      expect(down.title).toBe('Point de terminaison injoignable');
      expect(down.explanation).toMatch(/^Rien ne répond à 127\.0\.0\.1:\d+\. Les identifiants n’ont pas été vérifiés\./);
      expect(word(r.words.explanation, translator('en'))).toMatch(/^Certn's iCIMS endpoint for the local simulator answered HTTP 401/);
    } finally {
      setLocale('en');
    }
  });

  it('wrong webhook password → rejected', async () => {
    const r = await probe(creds.webhook_username, 'wrong-password');
    expect(r).toMatchObject({ outcome: 'rejected', httpStatus: 401, title: 'Webhook credentials probably rejected' });
    expect(r.explanation).not.toContain('wrong-password');
  });

  it('a 500 from the endpoint → inconclusive', async () => {
    await injectFault(sim.certnUrl, { route: ICIMS_WEBHOOK_PATH, kind: '500' });
    const r = await probe(creds.webhook_username, creds.webhook_password);
    expect(r).toMatchObject({ outcome: 'inconclusive', httpStatus: 500, title: 'Inconclusive' });
  });

  it('an endpoint that does not answer → inconclusive, without an HTTP status', async () => {
    const r = await probe(creds.webhook_username, creds.webhook_password, `http://127.0.0.1:${await closedPort()}`);
    expect(r.outcome).toBe('inconclusive');
    expect(r.httpStatus).toBeUndefined();
    expect(r.title).toBe('Could not reach the endpoint');
  });

  it('sends its body gzip-encoded, as iCIMS sends events', async () => {
    let seen: { encoding?: string; type?: string; raw: Buffer } | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen = { encoding: req.headers['content-encoding'], type: req.headers['content-type'], raw: Buffer.concat(chunks) };
        res.writeHead(400, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const r = await probe('u', 'p', `http://127.0.0.1:${port}`);
      expect(r.outcome).toBe('accepted');
      expect(seen?.encoding).toBe('gzip');
      expect(seen?.type).toMatch(/application\/json/);
      expect(seen!.raw[0]).toBe(0x1f);
      expect(seen!.raw[1]).toBe(0x8b);
      expect(JSON.parse(gunzipSync(seen!.raw).toString('utf8'))).toEqual({});
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
