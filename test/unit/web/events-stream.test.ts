import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { startWebServer, EVENTS_PATH, type WebServer } from '../../../main/web/server';
import type { ConsoleApp } from '../../../main/app';
import type { EventMap } from '../../../main/ipc/contract/push';
import { call, makeApp, PASSPHRASE, tempDir } from '../../support/app';

interface Stream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Resolves with the next `event:`/`data:` block (comments and `retry:` skipped). */
  next(): Promise<{ event: string; data: unknown }>;
  body(): string;
  close(): void;
}

/** Opens the event stream over real HTTP, as EventSource would (GET, cookie, no body). */
function openStream(port: number, headers: Record<string, string>): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'GET', path: EVENTS_PATH, headers: { Host: `127.0.0.1:${port}`, Accept: 'text/event-stream', ...headers } }, (res) => {
      res.setEncoding('utf8');
      let buf = '';
      let all = '';
      const blocks: { event: string; data: unknown }[] = [];
      const waiting: ((b: { event: string; data: unknown }) => void)[] = [];
      res.on('data', (chunk: string) => {
        all += chunk;
        buf += chunk;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const raw = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const lines = raw.split('\n');
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (event === undefined || data === undefined) continue;
          const block = { event, data: JSON.parse(data) as unknown };
          const w = waiting.shift();
          if (w) w(block);
          else blocks.push(block);
        }
      });
      resolve({
        status: res.statusCode!,
        headers: res.headers,
        next: () => (blocks.length ? Promise.resolve(blocks.shift()!) : new Promise((r) => waiting.push(r))),
        body: () => all,
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('event stream (browser mode, Server-Sent Events)', () => {
  let app: ConsoleApp;
  let server: WebServer;
  let cookie: string;
  const refused: string[] = [];

  beforeAll(async () => {
    app = await makeApp({ onEventError: (name) => refused.push(name) });
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    // Short request timeouts: a stream must outlive them (it is a response, not a slow request).
    server = await startWebServer({ dispatch: app.dispatch, events: app.events, staticDir, timeouts: { headersMs: 400, requestMs: 500, checkEveryMs: 100 } });
    const signIn = await fetch(`${server.url}session`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}` } });
    cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  });
  afterAll(async () => {
    await server.close();
    await app.close();
  });

  it('refuses a page that is not signed in (401) and opens nothing', async () => {
    const before = app.events.listenerCount();
    const s = await openStream(server.port, {});
    expect(s.status).toBe(401);
    expect(s.headers['content-type']).toContain('application/json');
    const forged = await openStream(server.port, { Cookie: `${server.cookieName}=${'A'.repeat(43)}` });
    expect(forged.status).toBe(401);
    expect(app.events.listenerCount()).toBe(before);
  });

  it('refuses another site’s page even with the cookie (Origin, Sec-Fetch-Site), and a wrong Host', async () => {
    expect((await openStream(server.port, { Cookie: cookie, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await openStream(server.port, { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await openStream(server.port, { Cookie: cookie, Host: 'evil.example' })).status).toBe(403);
  });

  it('accepts only GET', async () => {
    const res = await fetch(`${server.url}${EVENTS_PATH.slice(1)}`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(405);
  });

  it('streams each pushed event to a signed-in page, named and as JSON', async () => {
    const s = await openStream(server.port, { Cookie: cookie, Origin: `http://127.0.0.1:${server.port}`, 'Sec-Fetch-Site': 'same-origin' });
    expect(s.status).toBe(200);
    expect(s.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(s.headers['cache-control']).toBe('no-store');
    expect(s.headers['content-security-policy']).toBeTruthy();
    await vi.waitFor(() => expect(app.events.listenerCount()).toBe(1));
    app.events.emit('rehearsal.changed', { integrationId: 'int-1' });
    expect(await s.next()).toEqual({ event: 'rehearsal.changed', data: { integrationId: 'int-1' } });
    const progress: EventMap['packages.syncProgress'] = { integrationId: 'int-1', running: true, loaded: 100, total: 250, startedAt: '2026-01-01T00:00:00.000Z', finishedAt: null, error: null, callsLeft: 12, etaAt: '2026-01-01T00:01:00.000Z' };
    app.events.emit('packages.syncProgress', progress);
    expect(await s.next()).toEqual({ event: 'packages.syncProgress', data: progress });
    s.close();
  });

  it('pushes vault.locked when the vault locks itself after the idle time', async () => {
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    const s = await openStream(server.port, { Cookie: cookie });
    await vi.waitFor(() => expect(app.events.listenerCount()).toBe(1));
    // The idle check runs on a timer; here it is asked directly with a time past the limit.
    app.services.vault.lockIfIdle(Date.now() + (app.services.vault.autoLockMinutes + 1) * 60_000);
    expect(await s.next()).toEqual({ event: 'vault.locked', data: { reason: 'idle' } });
    expect((await call<{ locked: boolean }>(app, 'vault.status')).locked).toBe(true);
    s.close();
  });

  it('never sends a payload the contract does not allow', async () => {
    const s = await openStream(server.port, { Cookie: cookie });
    await vi.waitFor(() => expect(app.events.listenerCount()).toBe(1));
    app.events.emit('rehearsal.changed', { integrationId: '', secret: 'x' } as unknown as EventMap['rehearsal.changed']);
    app.events.emit('health.changed', healthChanged('int-2'));
    expect(await s.next()).toEqual({ event: 'health.changed', data: healthChanged('int-2') });
    expect(refused).toContain('rehearsal.changed');
    expect(s.body()).not.toContain('secret');
    s.close();
  });

  it('keeps a stream open past the request timeouts, and lets go of it when the page goes away', async () => {
    const s = await openStream(server.port, { Cookie: cookie });
    await vi.waitFor(() => expect(app.events.listenerCount()).toBe(1));
    await new Promise((r) => setTimeout(r, 1_200));
    app.events.emit('health.changed', healthChanged('late'));
    expect(await s.next()).toEqual({ event: 'health.changed', data: healthChanged('late') });
    s.close();
    await vi.waitFor(() => expect(app.events.listenerCount()).toBe(0), { timeout: 10_000 });
  });
});

function healthChanged(integrationId: string): EventMap['health.changed'] {
  return { integrationId, integrationName: 'Acme', runId: 7, at: '2026-11-28T10:00:00.000Z', verdict: 'fail', previousVerdict: 'ok', newFailures: [{ check: 'package-drift', title: 'Packages as handed over', summary: 'A package changed.' }] };
}
