import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ConsoleApp } from '../../main/app';
import type { Environment } from '../../main/shared/regions';
import { allFiles, call, makeApp, PASSPHRASE, tempDir } from './app';
import { runScript, type CliRun } from './cli';

export { call, makeApp, PASSPHRASE, tempDir, allFiles };

// Distinctive values, so a scan of the data folder can prove they were never written in plaintext.
export const WEBHOOK_USERNAME = 'icims-acme-user-5e1d';
export const WEBHOOK_PASSWORD = 'CANARY-webhook-pw-9b7e4c21';
export const PACKAGES = [
  { id: 'pkg-uk-standard-01', name: 'UK Standard — Criminal + ID ' },
  { id: 'pkg-uk-mgmt-02', name: 'UK  Management' },
  { id: 'pkg-unselected-03', name: 'Not for iCIMS', selected: false },
];

export interface Populate {
  webhook?: 'both' | 'username' | 'none';
  packages?: boolean;
  customerId?: string | null;
  company?: string;
}

/** An integration filled in directly in the store, as steps 1–3 would leave it. */
export function populate(app: ConsoleApp, id: string, opts: Populate = {}): void {
  const webhook = opts.webhook ?? 'both';
  if (webhook !== 'none') app.services.vault.put(id, 'webhook_username', WEBHOOK_USERNAME);
  if (webhook === 'both') app.services.vault.put(id, 'webhook_password', WEBHOOK_PASSWORD);
  if (opts.packages ?? true) {
    const ins = app.services.db.prepare('INSERT INTO packages (integration_id, id, name, selected) VALUES (?, ?, ?, ?)');
    for (const p of PACKAGES) ins.run(id, p.id, p.name, p.selected === false ? 0 : 1);
  }
  const customerId = opts.customerId === undefined ? '4321' : opts.customerId;
  app.services.settings.set(id, { icimsCustomerId: customerId, company: opts.company });
}

/** A fresh app with an unlocked passphrase vault and one integration. */
export async function appWithIntegration(environment: Environment = 'uk', name = 'Acme UK', dataDir = tempDir('handoff-svc-')) {
  const app = await makeApp({ dataDir });
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  const integration = await call<{ id: string; name: string }>(app, 'integrations.create', { name, environment });
  return { app, id: integration.id, dataDir };
}

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Every place under `dir` where one of `values` occurs as UTF-8, UTF-16LE or base64. */
export function scanFor(dir: string, values: string[]): string[] {
  const hits: string[] = [];
  for (const file of allFiles(dir)) {
    const bytes = fs.readFileSync(file);
    for (const v of values) {
      for (const enc of [Buffer.from(v, 'utf8'), Buffer.from(v, 'utf16le'), Buffer.from(Buffer.from(v).toString('base64'))]) {
        if (bytes.includes(enc)) hits.push(`${file}: ${v.slice(0, 6)}…`);
      }
    }
  }
  return hits;
}

/** `npm run handoff` as a real process; the vault passphrase comes only from `env`. */
export const runCli = (args: string[], env?: Record<string, string | undefined>): Promise<CliRun> => runScript('main/cli/handoff.ts', args, env);
