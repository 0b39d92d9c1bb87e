import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import { allFiles, call, makeApp, PASSPHRASE, tempDir } from '../../support/app';
import { createConfStore } from '../../../main/prefs/conf-store';
import type { SecretKind } from '../../../main/shared/secret-kinds';

// Distinctive values that must never be found in plaintext anywhere the console writes.
const CANARIES = {
  certn_api_key: 'CANARY-certn-key-3f9a1c7e5b',
  icims_password: 'CANARY-icims-pw-88d1e2',
  webhook_password: 'CANARY-webhook-pw-c0ffee42',
};

function scan(dir: string): string[] {
  const hits: string[] = [];
  for (const file of allFiles(dir)) {
    const bytes = fs.readFileSync(file);
    for (const value of Object.values(CANARIES)) {
      for (const enc of [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le'), Buffer.from(Buffer.from(value).toString('base64'))]) {
        if (bytes.includes(enc)) hits.push(`${file}: ${value}`);
      }
    }
  }
  return hits;
}

describe('canary: secrets never in plaintext', () => {
  it('in the data folder (database, WAL, preferences) after storing, using and revealing them', async () => {
    const dataDir = tempDir();
    const app = await makeApp({ dataDir });
    await call(app, 'vault.init', { passphrase: PASSPHRASE });
    const integration = await call<{ id: string }>(app, 'integrations.create', { name: 'Canary Co', environment: 'ca' });
    for (const [kind, value] of Object.entries(CANARIES)) app.services.vault.put(integration.id, kind as SecretKind, value);
    await call(app, 'prefs.set', { theme: 'dark' });
    const revealed = await call<{ value: string }>(app, 'secrets.reveal', { integrationId: integration.id, kind: 'webhook_password', purpose: 'reveal' });
    expect(revealed.value).toBe(CANARIES.webhook_password);
    await call(app, 'audit.exportCsv', {});
    // Before close: the WAL holds the latest pages.
    expect(fs.readdirSync(dataDir)).toEqual(expect.arrayContaining(['console.sqlite', 'console.sqlite-wal', 'preferences.json']));
    expect(scan(dataDir)).toEqual([]);
    await app.close();
    expect(scan(dataDir)).toEqual([]);
    expect(Object.keys(createConfStore(dataDir).store)).not.toContain('certn_api_key');
  });

  it('in the browser-mode server output', async () => {
    const dataDir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli/web.ts', '--port', '0', '--data-dir', dataDir, '--static-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(out)), 20_000);
      child.stdout.on('data', () => {
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)#token=([\w-]+)/.exec(out);
        if (m) {
          clearTimeout(t);
          resolve(`${m[1]}|${m[2]}`);
        }
      });
    });
    const [base, token] = url.split('|');
    const signIn = await fetch(`${base}session`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    const rpc = async (channel: string, input: unknown) => {
      const r = await fetch(`${base}rpc/${channel}`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      return r.json() as Promise<{ ok: boolean; data?: { id: string } }>;
    };
    await rpc('vault.init', { passphrase: PASSPHRASE });
    const created = await rpc('integrations.create', { name: 'Server Canary', environment: 'simulator' });
    // Bad inputs that carry the secret must not echo it back or into the log.
    const bad = await rpc('vault.unlock', { passphrase: CANARIES.certn_api_key, extra: CANARIES.icims_password });
    expect(JSON.stringify(bad)).not.toContain('CANARY');
    await rpc('vault.unlock', { passphrase: CANARIES.webhook_password });
    await rpc('secrets.reveal', { integrationId: created.data!.id, kind: 'missing', purpose: 'reveal' });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    expect(out).toContain('Browser mode');
    for (const v of Object.values(CANARIES)) expect(out).not.toContain(v);
    // The log file (next to a --data-dir given on the command line) exists, has content, and is scanned too.
    const logFile = `${dataDir}/logs/console.log`;
    expect(fs.readFileSync(logFile, 'utf8')).toMatch(/browser mode started[\s\S]*browser mode stopped/);
    expect(fs.readFileSync(logFile, 'utf8')).not.toContain(token);
    expect(scan(dataDir)).toEqual([]);
  });
});
