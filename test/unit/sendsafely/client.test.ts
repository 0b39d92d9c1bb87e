import { describe, expect, it } from 'vitest';
import * as openpgp from 'openpgp';
import { createServer } from 'node:net';
import { sendsafelySimulator } from './simulator';
import {
  SendSafelyClient, decryptMessage, keyCodeChecksum, normaliseHost, requestTimestamp, sendPackage, signRequest, TIMESTAMP_RE,
} from '../../../main/sendsafely';

const env = sendsafelySimulator();
const client = (over: Partial<ConstructorParameters<typeof SendSafelyClient>[0]> = {}) =>
  new SendSafelyClient({ host: env.sim.sendsafelyUrl, apiKey: env.sim.demo.sendsafelyApiKey, apiSecret: env.sim.demo.sendsafelyApiSecret, retryBaseMs: 20, ...over });


async function codeOf(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected a failure');
}

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('signing', () => {
  it('uses the documented timestamp format and an HMAC over key + path + timestamp + exact body', async () => {
    expect(requestTimestamp(new Date('2026-03-04T05:06:07.890Z'))).toBe('2026-03-04T05:06:07+0000');
    await env.sim.sendsafelyAdmin.clearRequests();
    expect(await client().verifyCredentials()).toBe(env.sim.demo.sendsafelyEmail);
    const pkg = await client().createPackage();
    const reqs = (await env.sim.sendsafelyAdmin.requests()).filter((r) => r.path.startsWith('/api/'));
    expect(reqs.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v2.0/config/verify-credentials/', 'PUT /api/v2.0/package/']);
    for (const r of reqs) {
      const ts = String(r.headers['ss-request-timestamp']);
      expect(ts).toMatch(TIMESTAMP_RE);
      expect(r.headers['ss-request-signature']).toBe(signRequest(env.sim.demo.sendsafelyApiSecret, env.sim.demo.sendsafelyApiKey, r.path, ts, r.body));
    }
    expect(reqs[0].body).toBe('');
    expect(reqs[1].body).toBe('{"vdr":false}');
    expect(pkg.packageId).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(pkg.packageCode).toHaveLength(43);
  });

  it('the simulator refuses a body changed after signing, an ISO timestamp and a missing signature with HTTP 200 AUTHENTICATION_FAILED', async () => {
    const key = env.sim.demo.sendsafelyApiKey;
    const path = '/api/v2.0/package/';
    const ts = requestTimestamp(new Date());
    const signed = '{"vdr":false}';
    const sig = signRequest(env.sim.demo.sendsafelyApiSecret, key, path, ts, signed);
    const send = (body: string, headers: Record<string, string>) =>
      fetch(env.sim.sendsafelyUrl + path, { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body }).then(async (r) => ({ status: r.status, json: (await r.json()) as { response: string } }));
    const ok = await send(signed, { 'ss-api-key': key, 'ss-request-timestamp': ts, 'ss-request-signature': sig });
    expect(ok.json.response).toBe('SUCCESS');
    // The same JSON value with a space: the bytes differ, so the signature must not match.
    const spaced = await send('{"vdr": false}', { 'ss-api-key': key, 'ss-request-timestamp': ts, 'ss-request-signature': sig });
    expect(spaced).toEqual({ status: 200, json: expect.objectContaining({ response: 'AUTHENTICATION_FAILED' }) });
    const iso = new Date().toISOString();
    const isoSig = signRequest(env.sim.demo.sendsafelyApiSecret, key, path, iso, signed);
    expect((await send(signed, { 'ss-api-key': key, 'ss-request-timestamp': iso, 'ss-request-signature': isoSig })).json.response).toBe('AUTHENTICATION_FAILED');
    expect((await send(signed, { 'ss-api-key': key, 'ss-request-timestamp': ts })).json.response).toBe('AUTHENTICATION_FAILED');
  });
});

describe('simulator admin API', () => {
  it('refuses web pages of other origins (it hands out the organisation private key)', async () => {
    const foreign = await fetch(`${env.sim.sendsafelyUrl}/__simulator/org-key`, { headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${env.sim.sendsafelyUrl}/__simulator/org-key`);
    expect(((await own.json()) as { privateArmored: string }).privateArmored).toMatch(/BEGIN PGP PRIVATE KEY BLOCK/);
  });
});

describe('errors a person can act on', () => {
  it('a wrong secret', async () => {
    const e = await codeOf(client({ apiSecret: 'not-the-secret' }).verifyCredentials());
    expect(e.code).toBe('sendsafely_auth_failed');
    expect(e.message).toMatch(/did not accept this API key and secret/);
    expect(e.message).not.toContain('not-the-secret');
  });

  it('an account without the Enterprise plan', async () => {
    await env.sim.sendsafelyAdmin.setAccount({ apiKey: env.sim.demo.sendsafelyApiKey, enterprise: false });
    const e = await codeOf(client().verifyCredentials());
    expect(e.code).toBe('sendsafely_plan');
    expect(e.message).toMatch(/only on the Enterprise plan/);
  });

  it('a clock too far off', async () => {
    await env.sim.sendsafelyAdmin.setClockOffset(20 * 60_000);
    const e = await codeOf(client().verifyCredentials());
    expect(e.code).toBe('sendsafely_clock_skew');
    expect(e.message).toMatch(/clock is too far off \(this computer is about 20 minutes behind\)/);
  });

  it('an unreachable host', async () => {
    const port = await closedPort();
    const e = await codeOf(client({ host: `http://127.0.0.1:${port}` }).verifyCredentials());
    expect(e.code).toBe('sendsafely_unreachable');
    expect(e.message).toBe(`Cannot reach 127.0.0.1:${port}: the connection was refused.`);
  });

  it('hosts: a bare organisation name, https only off loopback', () => {
    expect(normaliseHost('acme')).toBe('https://acme.sendsafely.com');
    expect(normaliseHost('acme.sendsafely.com/')).toBe('https://acme.sendsafely.com');
    expect(() => normaliseHost('http://acme.sendsafely.com')).toThrow(/HTTPS/);
    expect(() => normaliseHost('https://acme.sendsafely.com/api?x=1')).toThrow(/not a SendSafely organisation host/);
  });
});

describe('resilience', () => {
  it('backs off on 503 and 429 and then succeeds; a 500 on finalize is not repeated', async () => {
    await env.sim.sendsafelyAdmin.addFault({ route: '/api/v2.0/config/', kind: '503', count: 2, retryAfterSeconds: 0 });
    expect(await client().verifyCredentials()).toBe(env.sim.demo.sendsafelyEmail);
    await env.sim.sendsafelyAdmin.addFault({ route: '/api/v2.0/package/', kind: '429', count: 1, retryAfterSeconds: 1 });
    await env.sim.sendsafelyAdmin.clearRequests();
    const pkg = await client().createPackage();
    const creates = (await env.sim.sendsafelyAdmin.requests()).filter((r) => r.method === 'PUT' && r.path === '/api/v2.0/package/');
    expect(creates).toHaveLength(2);
    expect(creates[1].receivedAt - creates[0].receivedAt).toBeGreaterThanOrEqual(900);
    await env.sim.sendsafelyAdmin.addFault({ route: `/api/v2.0/package/${pkg.packageId}/finalize/`, kind: '500', count: 1 });
    await env.sim.sendsafelyAdmin.clearRequests();
    const e = await codeOf(client().finalize(pkg.packageId, 'a'.repeat(64)));
    expect(e.code).toBe('sendsafely_unavailable');
    expect((await env.sim.sendsafelyAdmin.requests()).filter((r) => r.path.includes('/finalize/'))).toHaveLength(1);
  });

  it('times out, and can be cancelled', async () => {
    await env.sim.sendsafelyAdmin.addFault({ route: '/api/v2.0/config/', kind: 'latency', latencyMs: 3000, count: 1 });
    const t = await codeOf(client({ timeoutMs: 300, retries: 0 }).verifyCredentials());
    expect(t.code).toBe('sendsafely_timeout');
    await env.sim.sendsafelyAdmin.addFault({ route: '/api/v2.0/config/', kind: 'latency', latencyMs: 3000, count: 1 });
    const ac = new AbortController();
    const p = client().verifyCredentials(ac.signal);
    setTimeout(() => ac.abort(), 100);
    expect((await codeOf(p)).code).toBe('sendsafely_cancelled');
  });

  it('sends one request at a time', async () => {
    await env.sim.sendsafelyAdmin.addFault({ route: '/api/v2.0/config/', kind: 'latency', latencyMs: 250, count: 3 });
    await env.sim.sendsafelyAdmin.clearRequests();
    const c = client();
    await Promise.all([c.verifyCredentials(), c.verifyCredentials(), c.verifyCredentials()]);
    const at = (await env.sim.sendsafelyAdmin.requests()).filter((r) => r.path.startsWith('/api/')).map((r) => r.receivedAt);
    expect(at).toHaveLength(3);
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(240);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(240);
  });
});

describe('a whole package', () => {
  const payload = JSON.stringify({ format: 'certn-icims-handoff/1', webhookPassword: 'CANARY-pw-1234' }, null, 2) + '\n';

  it('encrypts with serverSecret + keyCode, escrows the keyCode to the organisation key, finalizes with the checksum, never sends the keyCode', async () => {
    await env.sim.sendsafelyAdmin.clearRequests();
    const steps: string[] = [];
    const sent = await sendPackage({ client: client(), message: payload, recipientEmail: 'dana@consultants.example', lifeDays: 9, onStep: (s) => steps.push(s) });
    expect(steps).toEqual(['created', 'recipient', 'message', 'life', 'keys', 'finalized']);
    const m = /^(http:\/\/127\.0\.0\.1:\d+)\/receive\/\?thread=([A-Z0-9-]{9})&packageCode=([\w-]{43})#keyCode=([\w-]{43})$/.exec(sent.link);
    expect(m).not.toBeNull();
    const [, host, thread, packageCode, keyCode] = m!;
    expect(host).toBe(env.sim.sendsafelyUrl);
    expect(thread).toBe(sent.packageId);

    const view = await env.sim.sendsafelyAdmin.pkg(sent.packageId);
    expect(view.life).toBe(9);
    expect(view.state).toBe('Waiting for Pickup');
    expect(view.recipients.map((r) => r.email)).toEqual(['dana@consultants.example']);
    expect(view.checksum).toBe(keyCodeChecksum(keyCode, packageCode));
    expect(view.notified).toEqual([]);

    const info = await client().packageInfo(sent.packageId);
    expect(await decryptMessage(sent.encryptedMessage, String(info.serverSecret), keyCode)).toBe(payload);
    await expect(decryptMessage(sent.encryptedMessage, String(info.serverSecret), keyCode.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).rejects.toThrow();

    const org = await env.sim.sendsafelyAdmin.orgKey();
    expect(Object.keys(view.keycodes)).toEqual([org.id]);
    const opened = await openpgp.decrypt({
      message: await openpgp.readMessage({ armoredMessage: view.keycodes[org.id] }),
      decryptionKeys: await openpgp.readPrivateKey({ armoredKey: org.privateArmored }),
    });
    expect(opened.data).toBe(keyCode);

    const reqs = await env.sim.sendsafelyAdmin.requests();
    expect(reqs.length).toBeGreaterThanOrEqual(8);
    const encodings = [keyCode, Buffer.from(keyCode).toString('base64'), encodeURIComponent(keyCode)];
    for (const r of reqs) {
      const seen = JSON.stringify(r.headers) + r.path + r.body;
      for (const v of encodings) expect(seen).not.toContain(v);
    }
    expect(reqs.some((r) => r.path.includes('/notify/'))).toBe(false);
  });

  it('notifies only when asked, and then SendSafely has the keyCode', async () => {
    const sent = await sendPackage({ client: client(), message: payload, recipientEmail: 'dana@consultants.example', lifeDays: 3, notify: true });
    const view = await env.sim.sendsafelyAdmin.pkg(sent.packageId);
    expect(view.notified).toEqual([{ to: ['dana@consultants.example'], link: sent.link }]);
  });

  it('a bad recipient address is INVALID_EMAIL, worded plainly', async () => {
    const e = await codeOf(sendPackage({ client: client(), message: payload, recipientEmail: 'not an address', lifeDays: 3 }));
    expect(e.code).toBe('sendsafely_invalid_email');
    expect(e.message).toMatch(/did not accept the recipient's e-mail address/);
  });

  it('tracking: openings per recipient, and deleting the package', async () => {
    const sent = await sendPackage({ client: client(), message: payload, recipientEmail: 'dana@consultants.example', lifeDays: 3 });
    const info = await client().packageInfo(sent.packageId);
    expect(info.recipients[0].confirmations).toEqual([]);
    await client().deletePackage(sent.packageId);
    const e = await codeOf(client().packageInfo(sent.packageId));
    expect(e.code).toBe('sendsafely_unknown_package');
  });
});
