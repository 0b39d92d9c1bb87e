// R2: a child process writes through the services and is killed with SIGKILL at a random moment,
// again and again on the same data folder. After every kill: the database passes integrity_check,
// every acknowledged write is there, and every audit row is paired with its change (and back).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Database from 'better-sqlite3';
import { AuditLog } from '../../main/store/audit';
import { systemClock } from '../../main/shared/clock';
import { DB_FILE } from '../../main/store/db';
import { Vault } from '../../main/vault/vault';
import { FAST_KDF, PASSPHRASE, tempDir } from './flow';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');

/** The writer compiled once to plain JavaScript, so each of the many starts costs little. */
async function compileChild(): Promise<string> {
  const out = path.join(ROOT, 'test', 'artifacts', 'reliability', `r2-child-${process.pid}.mjs`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await build({ entryPoints: [path.join(HERE, 'r2-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'silent' });
  return out;
}

export interface CrashResult {
  runs: number;
  acknowledged: number;
  integrityFailures: number;
  lostWrites: string[];
  unpaired: string[];
}

interface Entity {
  exists: boolean;
  name?: string;
  secret?: string;
  company?: string;
}

function runChild(script: string, dataDir: string, killAfterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    const startup = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      if (!timer && out.includes('READY\n')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(startup);
      if (timer) clearTimeout(timer);
      if (!out.includes('READY\n')) return reject(new Error(`the writer did not start:\n${err}`));
      if (signal !== 'SIGKILL') return reject(new Error(`the writer stopped on its own:\n${err}`));
      resolve(out.split('\n'));
    });
  });
}

export async function runCrash(opts: { runs: number; maxDelayMs?: number; onRun?: (i: number) => void }): Promise<CrashResult> {
  const dataDir = tempDir('reliability-crash-');
  const model = new Map<string, Entity>();
  const result: CrashResult = { runs: 0, acknowledged: 0, integrityFailures: 0, lostWrites: [], unpaired: [] };
  const script = await compileChild();
  try {
    await crashLoop();
  } finally {
    fs.rmSync(script, { force: true });
  }
  return result;

  async function crashLoop() {
  for (let run = 0; run < opts.runs; run++) {
    const lines = await runChild(script, dataDir, Math.floor(Math.random() * (opts.maxDelayMs ?? 300)));
    let inFlight: string[] | null = null;
    for (const line of lines) {
      const [kind, op, id, ...rest] = line.split(' ');
      if (kind === 'BEGIN') inFlight = [op, id];
      if (kind !== 'ACK') continue;
      inFlight = null;
      result.acknowledged++;
      const value = rest.join(' ');
      const e = model.get(id) ?? { exists: true };
      if (op === 'create') Object.assign(e, { exists: true, name: value });
      if (op === 'secret') e.secret = value;
      if (op === 'company') e.company = value;
      if (op === 'rename') e.name = value;
      if (op === 'remove') e.exists = false;
      model.set(id, e);
    }
    const check = await verify(dataDir, model, inFlight);
    result.integrityFailures += check.integrityOk ? 0 : 1;
    result.lostWrites.push(...check.lost.map((l) => `run ${run}: ${l}`));
    result.unpaired.push(...check.unpaired.map((l) => `run ${run}: ${l}`));
    // What the interrupted write did (or not) is now settled: the next run starts from the database as it is.
    if (inFlight) settle(dataDir, model, inFlight);
    result.runs++;
    opts.onRun?.(run);
  }
  }
}

function settle(dataDir: string, model: Map<string, Entity>, inFlight: string[]) {
  const [op, id] = inFlight;
  const e = model.get(id);
  if (!e) return;
  const db = new Database(path.join(dataDir, DB_FILE));
  try {
    const row = db.prepare('SELECT name FROM integrations WHERE id = ?').get(id) as { name: string } | undefined;
    if (op === 'remove') e.exists = !!row;
    if (op === 'rename' && row) e.name = row.name;
    if (op === 'company') e.company = undefined;
    if (op === 'secret') e.secret = undefined;
  } finally {
    db.close();
  }
}

async function verify(dataDir: string, model: Map<string, Entity>, inFlight: string[] | null) {
  const db = new Database(path.join(dataDir, DB_FILE));
  db.pragma('foreign_keys = ON');
  try {
    const integrityOk = db.pragma('integrity_check', { simple: true }) === 'ok';
    const audit = new AuditLog(db, systemClock, 'reliability-check');
    const vault = new Vault(db, systemClock, audit, null, FAST_KDF);
    await vault.unlock(PASSPHRASE);
    const lost: string[] = [];
    const touching = (op: string, id: string) => inFlight !== null && inFlight[0] === op && inFlight[1] === id;
    for (const [id, e] of model) {
      const row = db.prepare('SELECT name FROM integrations WHERE id = ?').get(id) as { name: string } | undefined;
      if (!e.exists) {
        if (row) lost.push(`${id} was removed (acknowledged) but is back`);
        continue;
      }
      if (!row) {
        if (!touching('remove', id)) lost.push(`${id} is missing`);
        continue;
      }
      if (e.name && row.name !== e.name && !touching('rename', id)) lost.push(`${id} is called “${row.name}”, not “${e.name}”`);
      if (e.secret && !touching('secret', id)) {
        let got: string | null = null;
        try {
          got = vault.read(id, 'webhook_password');
        } catch {
          got = null;
        }
        if (got !== e.secret) lost.push(`${id}: the acknowledged secret is not readable`);
      }
      if (e.company && !touching('company', id)) {
        const c = db.prepare("SELECT value FROM integration_settings WHERE integration_id = ? AND key = 'company'").get(id) as { value: string } | undefined;
        if (!c || JSON.parse(c.value) !== e.company) lost.push(`${id}: the acknowledged company is not there`);
      }
    }
    vault.dispose();
    return { integrityOk, lost, unpaired: unpairedAudit(db) };
  } finally {
    db.close();
  }
}

/** Changes without their audit row, and audit rows without their change. */
export function unpairedAudit(db: Database.Database): string[] {
  const out: string[] = [];
  const rows = db.prepare('SELECT seq, action, integration_id AS id, detail FROM audit_log ORDER BY seq').all() as { seq: number; action: string; id: string | null; detail: string }[];
  const byId = new Map<string, { action: string; detail: Record<string, unknown> }[]>();
  for (const r of rows) if (r.id) byId.set(r.id, [...(byId.get(r.id) ?? []), { action: r.action, detail: JSON.parse(r.detail) }]);
  const integrations = db.prepare('SELECT id, name FROM integrations').all() as { id: string; name: string }[];
  const present = new Map(integrations.map((i) => [i.id, i.name]));
  for (const i of integrations) {
    const log = byId.get(i.id) ?? [];
    if (!log.some((a) => a.action === 'integration.created')) out.push(`${i.id} exists without “integration.created”`);
    const renames = log.filter((a) => a.action === 'integration.renamed');
    const expected = renames.length ? renames[renames.length - 1].detail.to : log.find((a) => a.action === 'integration.created')?.detail.name;
    if (expected !== undefined && expected !== i.name) out.push(`${i.id} is called “${i.name}” but the audit says “${String(expected)}”`);
    const companies = log.filter((a) => a.action === 'icims.company_set');
    const company = db.prepare("SELECT value FROM integration_settings WHERE integration_id = ? AND key = 'company'").get(i.id) as { value: string } | undefined;
    const lastCompany = companies.length ? companies[companies.length - 1].detail.company : undefined;
    if ((company ? JSON.parse(company.value) : undefined) !== lastCompany) out.push(`${i.id}: company and its audit row disagree`);
  }
  for (const [id, log] of byId) {
    const created = log.some((a) => a.action === 'integration.created');
    const deleted = log.some((a) => a.action === 'integration.deleted');
    if (created && !deleted && !present.has(id)) out.push(`${id}: “integration.created” for a row that does not exist and was never deleted`);
    if (deleted && present.has(id)) out.push(`${id}: “integration.deleted” but the row is there`);
  }
  const secrets = db.prepare('SELECT integration_id AS id, kind FROM secrets').all() as { id: string; kind: string }[];
  for (const s of secrets) {
    if (!(byId.get(s.id) ?? []).some((a) => a.action === 'secret.stored' && a.detail.kind === s.kind)) out.push(`${s.id}: a ${s.kind} without “secret.stored”`);
  }
  for (const [id, log] of byId) {
    if (!present.has(id)) continue;
    for (const kind of new Set(log.filter((a) => a.action === 'secret.stored').map((a) => String(a.detail.kind)))) {
      if (!secrets.some((s) => s.id === id && s.kind === kind)) out.push(`${id}: “secret.stored” (${kind}) without the secret`);
    }
  }
  return out;
}
