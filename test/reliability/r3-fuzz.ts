// R3: property-based calls (fast-check) over every channel of the contract, through the dispatcher
// and over HTTP to browser mode. Counted: crashes (a rejected dispatch or an unhandled rejection),
// 5xx answers, untyped errors ("internal" or no code/message), stack traces and secrets in answers.
import fc from 'fast-check';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { CHANNELS, findChannel } from '../../main/ipc/contract';
import { isWellFormedText } from '../../main/ipc/contract/define';
import { startWebServer } from '../../main/web/server';
import { call, CANARIES, makeHarness, PASSPHRASE, tempDir } from './flow';
import type { SecretKind } from '../../main/shared/secret-kinds';

export interface FuzzResult {
  calls: number;
  httpCalls: number;
  crashes: string[];
  serverErrors: string[];
  untyped: string[];
  stackTraces: string[];
  secretsInAnswers: string[];
  channels: number;
}

/** Channels whose purpose is to hand a secret to the person who asked: their answers may hold one. */
const REVEALING = new Set(['secrets.reveal', 'connection.copyIcimsValue']);
const STACK = /\n\s+at [\w.<>]+ \(|\bat .+\.(ts|js|mjs):\d+:\d+|node:internal|SqliteError|TypeError|ReferenceError/;

type Shape = Record<string, z.ZodType>;

/** Values for one field: mostly of the kind the schema wants (enums from their options), often not. */
function fieldArb(schema: z.ZodType, ids: string[]): fc.Arbitrary<unknown> {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; options?: unknown[]; entries?: Record<string, unknown> } }).def;
  const inner = def.innerType;
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && inner) return fc.oneof(fc.constant(undefined), fieldArb(inner, ids));
  const wild = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string({ unit: 'binary', maxLength: 40 }), fc.jsonValue({ maxDepth: 2 }));
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('', ' ', '%', '%E0%A4%A', '\uD800', 'a\uDC00b', '../../etc/passwd', '<script>', 'https://client.certn.co/ca/package/x/', '2026-01-05', '2026-13-45', '9'.repeat(30)),
    fc.constantFrom(...ids),
  );
  switch (def.type) {
    case 'enum':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries ?? {})) }, { weight: 1, arbitrary: wild });
    case 'string':
      return fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: wild });
    case 'number':
      return fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double({ noNaN: false }), wild);
    case 'boolean':
      return fc.oneof(fc.boolean(), wild);
    case 'array':
      return fc.oneof(fc.array(text, { maxLength: 4 }), wild);
    default:
      return fc.oneof(text, wild);
  }
}

function inputArb(channel: string, ids: string[]): fc.Arbitrary<unknown> {
  const shape = ((findChannel(channel)!.input as unknown as { shape?: Shape }).shape ?? {}) as Shape;
  const keys = Object.keys(shape);
  const record = fc.record(Object.fromEntries(keys.map((k) => [k, fieldArb(shape[k], ids)])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 });
  return fc.oneof(
    { weight: 6, arbitrary: record },
    { weight: 1, arbitrary: fc.tuple(record, extra).map(([a, b]) => ({ ...b, ...a })) },
    { weight: 1, arbitrary: fc.oneof(fc.constant(undefined), fc.constant(null), fc.jsonValue({ maxDepth: 2 })) },
  );
}

function post(port: number, pathname: string, headers: Record<string, string>, body: string | Buffer): Promise<{ status: number; body: string; setCookie?: string[] }> {
  return new Promise((resolve, reject) => {
    // One connection per call: a reused keep-alive socket that the server is closing would count as a crash.
    const req = http.request({ host: '127.0.0.1', port, agent: false, method: 'POST', path: pathname, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, setCookie: res.headers['set-cookie'] }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function runFuzz(opts: { calls: number; seed?: number; onProgress?: (n: number) => void }): Promise<FuzzResult> {
  const h = await makeHarness();
  const staticDir = tempDir('reliability-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>console</title>');
  const server = await startWebServer({ dispatch: h.app.dispatch, staticDir });
  const signIn = await post(server.port, '/session', { Authorization: `Bearer ${server.token}` }, '');
  if (signIn.status !== 200 || !signIn.setCookie) throw new Error(`sign-in failed: ${signIn.status}`);
  const sessionCookie = signIn.setCookie[0].split(';')[0];

  const result: FuzzResult = { calls: 0, httpCalls: 0, crashes: [], serverErrors: [], untyped: [], stackTraces: [], secretsInAnswers: [], channels: CHANNELS.length };
  const unhandled = (e: unknown) => result.crashes.push(`unhandled rejection: ${e instanceof Error ? e.name : String(e)}`);
  process.on('unhandledRejection', unhandled);
  try {
    await call(h.app, 'vault.init', { passphrase: PASSPHRASE });
    const real = (await call<{ id: string }>(h.app, 'integrations.create', { name: 'Fuzz Target', environment: 'simulator' })).id;
    for (const [kind, value] of Object.entries(CANARIES)) h.app.services.vault.put(real, kind as SecretKind, value);
    const secrets = [PASSPHRASE, ...Object.values(CANARIES)];
    const ids = [real, 'not-an-id', '00000000-0000-4000-8000-000000000000', real.toUpperCase()];

    const cases = fc.sample(
      fc.oneof(
        { weight: 7, arbitrary: fc.constantFrom(...CHANNELS).chain((ch) => fc.record({ via: fc.constantFrom('dispatch', 'dispatch', 'http'), channel: fc.constant(ch), input: inputArb(ch, ids) })) },
        {
          weight: 1,
          arbitrary: fc.record({
            via: fc.constant('http-raw'),
            channel: fc.oneof(fc.constantFrom(...CHANNELS), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('%', '%E0%A4%A', 'app.%ZZ', '..%2f..%2fetc', 'vault.init%00', '__proto__.x', 'constructor.name')),
            input: fc.oneof(fc.string({ unit: 'binary', maxLength: 50 }), fc.constantFrom('{', '[]', 'null', '{"a":', '\uFEFF{}', '{"passphrase":"\\ud800"}')),
          }),
        },
      ),
      { numRuns: opts.calls, seed: opts.seed ?? 20261128 },
    );

    for (const c of cases) {
      result.calls++;
      let answer: string;
      if (c.via === 'dispatch') {
        try {
          answer = JSON.stringify(await h.app.dispatch(c.channel, c.input));
        } catch (e) {
          result.crashes.push(`${c.channel}: dispatch threw ${e instanceof Error ? e.name : 'something'}`);
          continue;
        }
      } else {
        result.httpCalls++;
        const pathname = `/rpc/${c.via === 'http-raw' ? [...c.channel].map((ch) => (/[\w.%-]/.test(ch) ? ch : encodeURIComponent(isWellFormedText(ch) ? ch : '\uFFFD'))).join('') : c.channel}`;
        const body = c.via === 'http-raw' ? String(c.input) : JSON.stringify(c.input ?? {});
        let r: { status: number; body: string };
        try {
          r = await post(server.port, pathname, { 'Content-Type': 'application/json', Cookie: sessionCookie }, body);
        } catch (e) {
          result.crashes.push(`${pathname}: the server dropped the connection (${(e as NodeJS.ErrnoException).code})`);
          continue;
        }
        if (r.status >= 500) result.serverErrors.push(`${pathname}: HTTP ${r.status}`);
        answer = r.body;
      }
      check(c.channel, answer, secrets, result);
      if (h.app.services.vault.status().locked) await h.app.services.vault.unlock(PASSPHRASE).catch(() => undefined);
      opts.onProgress?.(result.calls);
    }
  } finally {
    process.off('unhandledRejection', unhandled);
    await server.close();
    await h.app.close();
  }
  // Errors the host would have logged count as untyped too: they are bugs that reached the gate.
  result.untyped.push(...h.log.map((l) => l.split('\n')[0]));
  return result;
}

function check(channel: string, answer: string, secrets: string[], r: FuzzResult) {
  let env: { ok?: boolean; error?: { code?: unknown; message?: unknown } };
  try {
    env = JSON.parse(answer);
  } catch {
    r.untyped.push(`${channel}: the answer is not JSON`);
    return;
  }
  if (env.ok !== true) {
    const code = env.error?.code;
    if (typeof code !== 'string' || code === 'internal' || typeof env.error?.message !== 'string' || !env.error.message) r.untyped.push(`${channel}: ${String(code)} ${String(env.error?.message ?? '')}`.slice(0, 200));
  }
  if (STACK.test(answer)) r.stackTraces.push(`${channel}: ${answer.slice(0, 200)}`);
  if (!(env.ok === true && REVEALING.has(channel))) {
    for (const s of secrets) if (answer.includes(s)) r.secretsInAnswers.push(`${channel}: a planted secret`);
  }
}
