// Shared plumbing for the reliability suite: a real console app on a real data folder, and one walk
// through every flow of the wizard against the in-process simulator, through the same gate
// (dispatch) the renderer uses.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConsoleApp, type AppOptions, type ConsoleApp } from '../../main/app';
import type { Envelope } from '../../main/ipc/contract';
import type { SecretKind } from '../../main/shared/secret-kinds';

export const PASSPHRASE = 'reliability passphrase one';
export const NEXT_PASSPHRASE = 'reliability passphrase two';
/** A cheap scrypt cost: the suite measures the console's behaviour, not the KDF's speed. */
export const FAST_KDF = { N: 2 ** 12, r: 8, p: 1 };

export function tempDir(prefix = 'reliability-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function allFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export interface Harness {
  app: ConsoleApp;
  dataDir: string;
  /** What the host would log: unexpected errors, as browser mode logs them. */
  log: string[];
}

export async function makeHarness(opts: Partial<AppOptions> = {}): Promise<Harness> {
  const dataDir = opts.dataDir ?? tempDir();
  const log: string[] = [];
  const app = await createConsoleApp({
    dataDir,
    mode: 'browser',
    kdf: FAST_KDF,
    dispatch: { onUnexpected: (channel, err) => log.push(`[console] ${channel} failed: ${err instanceof Error ? `${err.name}: ${err.message}\n${err.stack}` : String(err)}`) },
    ...opts,
  });
  return { app, dataDir, log };
}

export class CallFailed extends Error {
  constructor(
    readonly channel: string,
    readonly error: { code: string; message: string; hint?: string },
  ) {
    super(`${channel}: ${error.code} ${error.message}`);
  }
}

export async function call<T = unknown>(app: ConsoleApp, channel: string, input: unknown = {}): Promise<T> {
  const env: Envelope = await app.dispatch(channel, input);
  if (!env.ok) throw new CallFailed(channel, env.error);
  return env.data as T;
}

/** The error code a call ends with, or 'ok'. */
export async function outcome(app: ConsoleApp, channel: string, input: unknown = {}): Promise<string> {
  const env = await app.dispatch(channel, input);
  return env.ok ? 'ok' : env.error.code;
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function waitForSync(app: ConsoleApp, integrationId: string): Promise<{ error: unknown }> {
  for (let i = 0; i < 600; i++) {
    const s = await call<{ running: boolean; error: unknown }>(app, 'packages.syncStatus', { integrationId });
    if (!s.running) return s;
    await pause(25);
  }
  throw new Error('package sync did not finish');
}

/** Distinctive values planted through the console's own inputs; they must never be found in plaintext. */
export const CANARIES = {
  certnKey: 'CanaryK3y.c4n4ryc4n4ryc4n4ryc4n4ryc4n4ryc4n4ry7',
  icimsPassword: 'CANARY-icims-pw-5a7d19e3',
  webhookPassword: 'CANARY-webhook-pw-b81f6c2d',
  extra: 'CANARY-planted-secret-0f3e8a',
  sendsafelySecret: 'CANARY-sendsafely-secret-4d2b9e',
};

export interface FlowResult {
  integrationId: string;
  /** Files a person would save: the audit export and the handoff files. */
  exports: { name: string; content: string }[];
  /** Every secret the walk used, planted or issued by the simulator (the keycode included). */
  secrets: string[];
}

/**
 * Every flow of the wizard once: vault, integrations, Certn connection (a rejected key first),
 * packages, iCIMS request (a rejected password first), Certn connection settings, go-live probe,
 * the rehearsal loop, a handoff, reveal/copy, audit export, passphrase change, lock and unlock.
 */
export async function driveEveryFlow(app: ConsoleApp): Promise<FlowResult> {
  const secrets: string[] = [PASSPHRASE, NEXT_PASSPHRASE, ...Object.values(CANARIES)];
  await call(app, 'vault.init', { passphrase: PASSPHRASE });
  await call(app, 'prefs.set', { theme: 'dark', autoLockMinutes: 30 });
  const id = (await call<{ id: string }>(app, 'integrations.create', { name: 'Reliability Rehearsal', environment: 'simulator' })).id;
  // A kind the console never writes: the scans must find it wherever it could leak.
  app.services.vault.put(id, 'planted_extra' as SecretKind, CANARIES.extra);

  await outcome(app, 'certn.connect', { integrationId: id, apiKey: CANARIES.certnKey });
  await call(app, 'certn.connectSimulator', { integrationId: id });
  await call(app, 'packages.sync', { integrationId: id });
  await waitForSync(app, id);
  const list = (await call<{ rows: { id: string; name: string; verification: { ready: boolean } }[] }>(app, 'packages.list', { integrationId: id, limit: 500 })).rows;
  const ready = list.find((p) => p.verification.ready) ?? list[0];
  await call(app, 'packages.select', { integrationId: id, packageId: ready.id, selected: true });
  const plan = await call<{ id: string }>(app, 'packages.plan', { integrationId: id, name: 'Reliability Plan', description: 'canary run', checkTypes: ['IDENTITY_VERIFICATION_1'], tags: [] });
  await call(app, 'packages.createPlanInSimulator', { integrationId: id, planId: plan.id });

  const sim = await call<{ customerId: string }>(app, 'icims.useSimulatorAccount', { integrationId: id });
  await outcome(app, 'icims.saveCredentials', { integrationId: id, customerId: sim.customerId, password: CANARIES.icimsPassword, hosting: 'simulator' });
  await call(app, 'icims.useSimulatorAccount', { integrationId: id });
  await call(app, 'icims.setCompany', { integrationId: id, company: 'Reliability Co' });
  await call(app, 'icims.setMilestone', { integrationId: id, kind: 'requested', on: '2026-01-05' });

  await call(app, 'connection.saveWebhookField', { integrationId: id, field: 'password', value: CANARIES.webhookPassword });
  await call(app, 'connection.doItForMe', { integrationId: id });
  await call(app, 'connection.copyIcimsValue', { integrationId: id, field: 'password' });
  await call(app, 'golive.probe', { integrationId: id });

  await call(app, 'rehearsal.configureEvents', { integrationId: id });
  const state = await call<{ candidates: { workflowId: string; name: string }[] }>(app, 'rehearsal.createCandidate', { integrationId: id, firstName: 'Rita', lastName: 'Canary', email: 'rita.canary@example.com' });
  const rita = state.candidates.find((c) => c.name.includes('Rita'))!;
  await call(app, 'rehearsal.moveToTrigger', { integrationId: id, workflowId: rita.workflowId });
  await call(app, 'rehearsal.advance', { integrationId: id, hours: 80 });
  await call(app, 'golive.cases', { integrationId: id });

  const exports: FlowResult['exports'] = [];
  await call(app, 'handoff.preview', { integrationId: id });
  const handoff = await call<{ files: { name: string; content: string }[]; keycode: string | null }>(app, 'handoff.create', { integrationId: id, recipientLabel: 'Consultant', method: 'keycode' });
  exports.push(...handoff.files);
  if (handoff.keycode) secrets.push(handoff.keycode);
  const split = await call<{ files: { name: string; content: string }[]; keycode: string | null }>(app, 'handoff.create', { integrationId: id, recipientLabel: 'Consultant 2', method: 'keycode-split' });
  exports.push(...split.files.map((f) => ({ ...f, name: `split-${f.name}` })));
  if (split.keycode) secrets.push(split.keycode, ...split.keycode.split('-'));

  // SendSafely: a wrong secret first, then the simulator's demo account, a package sent and tracked.
  const ss = await call<{ host: string; apiKey: string; apiSecret: string }>(app, 'handoff.sendsafelySimulatorAccount', { integrationId: id });
  await outcome(app, 'handoff.sendsafelyConnect', { integrationId: id, host: ss.host, apiKey: ss.apiKey, apiSecret: CANARIES.sendsafelySecret });
  await call(app, 'handoff.sendsafelyConnect', { integrationId: id, ...ss });
  secrets.push(ss.apiSecret);
  const sent = await call<{ files: { name: string; content: string }[]; keycode: string | null }>(app, 'handoff.create', { integrationId: id, recipientLabel: 'Consultant 3', method: 'sendsafely', recipientEmail: 'consultant@example.com' });
  exports.push(...sent.files.map((f) => ({ ...f, name: `sendsafely-${f.name}` })));
  if (sent.keycode) secrets.push(sent.keycode);
  await call(app, 'handoff.refreshTracking', { integrationId: id });
  await call(app, 'handoff.list', { integrationId: id });

  await call(app, 'secrets.reveal', { integrationId: id, kind: 'webhook_password', purpose: 'copy' });
  for (const kind of ['certn_api_key', 'icims_password', 'webhook_password'] as const) secrets.push(app.services.vault.read(id, kind));

  await call(app, 'integrations.rename', { id, name: 'Reliability Rehearsal 2' });
  const spare = (await call<{ id: string }>(app, 'integrations.create', { name: 'Spare', environment: 'ca' })).id;
  app.services.vault.put(spare, 'certn_api_key', CANARIES.certnKey);
  await call(app, 'integrations.remove', { id: spare, confirmName: 'Spare' });

  await call(app, 'vault.changePassphrase', { current: PASSPHRASE, next: NEXT_PASSPHRASE });
  await call(app, 'vault.lock');
  await outcome(app, 'vault.unlock', { passphrase: PASSPHRASE });
  await call(app, 'vault.unlock', { passphrase: NEXT_PASSPHRASE });
  const csv = await call<{ fileName: string; csv: string }>(app, 'audit.exportCsv', {});
  exports.push({ name: csv.fileName, content: csv.csv });
  return { integrationId: id, exports, secrets: [...new Set(secrets.filter((s) => s.length >= 6))] };
}

/** The forms in which a secret could be written: raw, base64 (every alignment), hex, UTF-16. */
export function encodings(secret: string): Buffer[] {
  const raw = Buffer.from(secret, 'utf8');
  const out = [raw, Buffer.from(secret, 'utf16le'), Buffer.from(Buffer.from(secret, 'utf16le').swap16()), Buffer.from(raw.toString('hex')), Buffer.from(raw.toString('hex').toUpperCase())];
  for (let shift = 0; shift < 3; shift++) {
    const b64 = Buffer.concat([Buffer.alloc(shift), raw]).toString('base64');
    // Drop the characters that depend on the unknown neighbouring bytes.
    const core = b64.slice(Math.ceil((shift * 4) / 3), b64.length - 4);
    if (core.length >= 8) out.push(Buffer.from(core), Buffer.from(core.replace(/\+/g, '-').replace(/\//g, '_')));
  }
  return out;
}

/** Places where a secret was found: "file: encoding of secret #n". */
export function scanBytes(label: string, bytes: Buffer, secrets: string[]): string[] {
  const hits: string[] = [];
  secrets.forEach((s, i) => {
    for (const [j, enc] of encodings(s).entries()) if (bytes.includes(enc)) hits.push(`${label}: secret #${i} (encoding ${j})`);
  });
  return hits;
}
