// The simulated SendSafely: the documented REST API under /api/v2.0 (signed requests checked over
// the raw body bytes, errors as HTTP 200 with a response code), a receive page that decrypts in the
// browser, and an admin API for tests. Shapes no public source shows live in sendsafely-shapes.ts.
import { randomBytes, randomInt, pbkdf2Sync } from 'node:crypto';
import type { Server } from 'node:http';
import * as openpgp from 'openpgp';
import { type Ctx, Router, createSimServer, sendJson, sendRaw } from './router';
import { safeEqual } from './auth';
import { Faults, registerFaultRoutes } from './faults';
import { API_BASE_PATH, parseRequestTimestamp, signRequest } from '../sendsafely/sign';
import { RECEIVE_PAGE, RECEIVE_SCRIPT, receiveCsp } from './sendsafely-receive';
import { loadOpenpgpBrowserBuild } from '../handoff/html-page';
import * as A from './sendsafely-shapes';

export interface SendSafelyAccount {
  apiKey: string;
  apiSecret: string;
  email: string;
  /** Only Enterprise-plan users may use the REST API. */
  enterprise: boolean;
}

interface Confirmation { ipAddress: string; timestamp: string }
interface Recipient { recipientId: string; email: string; confirmations: Confirmation[] }

interface SimPackage {
  packageId: string;
  packageCode: string;
  serverSecret: string;
  owner: string;
  recipients: Recipient[];
  message: string | null;
  life: number;
  keycodes: Map<string, string>;
  checksum: string | null;
  state: string;
  createdAt: Date;
  finalizedAt: Date | null;
  deleted: boolean;
  notified: { to: string[]; link: string }[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Milliseconds since the epoch on arrival, before any injected latency. */
  receivedAt: number;
}

export interface SendSafelySimOptions {
  account: SendSafelyAccount;
}

export interface SendSafelySim {
  server: Server;
  setBaseUrl(url: string): void;
  /** The organisation key pair; the private half lets tests open escrowed keycodes. */
  orgKey: { id: string; publicArmored: string; privateArmored: string };
}

const ID_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newPackageId = () => Array.from({ length: 8 }, (_, i) => (i === 4 ? '-' : '') + ID_CHARS[randomInt(ID_CHARS.length)]).join('');
const secret32 = () => randomBytes(32).toString('base64url');
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_RECORDED = 2000;

export async function createSendSafelyServer(opts: SendSafelySimOptions): Promise<SendSafelySim> {
  const accounts = new Map<string, SendSafelyAccount>([[opts.account.apiKey, { ...opts.account }]]);
  const packages = new Map<string, SimPackage>();
  const codes = new Map<string, { code: string; email: string; packageId: string; tries: number }>();
  const requests: RecordedRequest[] = [];
  const faults = new Faults();
  let clockOffsetMs = 0;
  let baseUrl = '';
  const now = () => new Date(Date.now() + clockOffsetMs);

  const generated = await openpgp.generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ name: 'Simulated organisation key', email: opts.account.email }], format: 'armored' });
  const orgPublic = await openpgp.readKey({ armoredKey: generated.publicKey });
  const orgKey = { id: orgPublic.getFingerprint().toUpperCase(), publicArmored: generated.publicKey, privateArmored: generated.privateKey };
  const publicKeys = [{ id: orgKey.id, key: orgKey.publicArmored }];

  const answer = (ctx: Ctx, body: Record<string, unknown>, status = 200) => sendJson(ctx.res, status, body, { date: now().toUTCString() });
  const fail = (ctx: Ctx, response: string, message: string, extra: Record<string, unknown> = {}) => answer(ctx, { response, message, ...extra });
  const writeError = (ctx: Ctx, status: number, code: string, detail: string, headers: Record<string, string> = {}) =>
    sendJson(ctx.res, status, { response: code, message: detail }, { date: now().toUTCString(), ...headers });

  /** The documented signature check; returns the caller's account or answers AUTHENTICATION_FAILED. */
  const authenticate = (ctx: Ctx): SendSafelyAccount | null => {
    const h = ctx.req.headers;
    const key = typeof h['ss-api-key'] === 'string' ? h['ss-api-key'] : '';
    const ts = typeof h['ss-request-timestamp'] === 'string' ? h['ss-request-timestamp'] : '';
    const sig = typeof h['ss-request-signature'] === 'string' ? h['ss-request-signature'] : '';
    const account = accounts.get(key);
    const when = parseRequestTimestamp(ts);
    if (!account || !when || !/^[0-9a-f]{64}$/.test(sig)) {
      fail(ctx, 'AUTHENTICATION_FAILED', 'Invalid API key or signature');
      return null;
    }
    const expected = signRequest(account.apiSecret, key, ctx.url.pathname, ts, ctx.rawBody);
    if (!safeEqual(expected, sig)) {
      fail(ctx, 'AUTHENTICATION_FAILED', 'Invalid API key or signature');
      return null;
    }
    if (Math.abs(when.getTime() - now().getTime()) > A.ALLOWED_SKEW_MS) {
      fail(ctx, 'AUTHENTICATION_FAILED', A.SKEW_MESSAGE);
      return null;
    }
    if (!account.enterprise) {
      answer(ctx, { ...A.NOT_ENTERPRISE });
      return null;
    }
    return account;
  };

  /** JSON body as an object, or null after answering FAIL. */
  const jsonBody = (ctx: Ctx): Record<string, unknown> | null => {
    try {
      const v: unknown = JSON.parse(ctx.rawBody.toString('utf8'));
      if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // answered below
    }
    fail(ctx, 'FAIL', 'Invalid request body');
    return null;
  };

  const ownPackage = (ctx: Ctx, account: SendSafelyAccount): SimPackage | null => {
    const p = packages.get(ctx.params.id);
    if (!p || p.deleted || p.owner !== account.apiKey) {
      fail(ctx, 'UNKNOWN_PACKAGE', A.UNKNOWN_PACKAGE_MESSAGE);
      return null;
    }
    return p;
  };
  const draft = (ctx: Ctx, p: SimPackage): boolean => {
    if (p.finalizedAt) fail(ctx, 'FAIL', 'The package is already finalized');
    return !p.finalizedAt;
  };
  const expired = (p: SimPackage) => !!p.finalizedAt && now().getTime() > p.finalizedAt.getTime() + p.life * 86_400_000;
  const link = (p: SimPackage) => `${baseUrl}/receive/?thread=${p.packageId}&packageCode=${p.packageCode}`;

  const router = new Router();
  const api = (method: string, path: string, fn: (ctx: Ctx, account: SendSafelyAccount) => void | Promise<void>) =>
    router.on(method, API_BASE_PATH + path, async (ctx) => {
      const account = authenticate(ctx);
      if (account) await fn(ctx, account);
    });

  api('GET', '/config/verify-credentials/', (ctx, account) => answer(ctx, { response: 'SUCCESS', message: account.email }));

  api('PUT', '/package/', (ctx, account) => {
    const b = jsonBody(ctx);
    if (!b) return;
    if (b.vdr !== undefined && typeof b.vdr !== 'boolean') return fail(ctx, 'FAIL', 'vdr must be a boolean');
    let packageId = newPackageId();
    while (packages.has(packageId)) packageId = newPackageId();
    const p: SimPackage = {
      packageId, packageCode: secret32(), serverSecret: secret32(), owner: account.apiKey, recipients: [], message: null, life: 14,
      keycodes: new Map(), checksum: null, state: A.STATE_DRAFT, createdAt: now(), finalizedAt: null, deleted: false, notified: [],
    };
    packages.set(packageId, p);
    answer(ctx, { response: 'SUCCESS', packageId, packageCode: p.packageCode, serverSecret: p.serverSecret });
  });

  api('PUT', '/package/:id/recipients/', (ctx, account) => {
    const p = ownPackage(ctx, account);
    const b = p && draft(ctx, p) ? jsonBody(ctx) : null;
    if (!p || !b) return;
    const emails = b.emails;
    if (!Array.isArray(emails) || emails.length === 0 || emails.some((e) => typeof e !== 'string' || !EMAIL_RE.test(e))) {
      return fail(ctx, 'INVALID_EMAIL', A.INVALID_EMAIL_MESSAGE);
    }
    for (const email of emails as string[]) {
      if (!p.recipients.some((r) => r.email.toLowerCase() === email.toLowerCase())) p.recipients.push({ recipientId: randomBytes(8).toString('hex'), email, confirmations: [] });
    }
    answer(ctx, A.recipientsAnswer(p.recipients.map((r) => ({ recipientId: r.recipientId, email: r.email }))));
  });

  api('PUT', '/package/:id/message/', (ctx, account) => {
    const p = ownPackage(ctx, account);
    const b = p && draft(ctx, p) ? jsonBody(ctx) : null;
    if (!p || !b) return;
    const m = b.message;
    const bytes = typeof m === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(m) ? Buffer.from(m, 'base64') : null;
    // A binary OpenPGP message starts with a packet tag byte, whose top bit is always set.
    if (!bytes || bytes.length < 2 || (bytes[0] & 0x80) === 0) return fail(ctx, 'FAIL', 'message must be a base64 encoded encrypted message');
    p.message = m as string;
    answer(ctx, { response: 'SUCCESS', message: 'Message saved' });
  });

  api('POST', '/package/:id/', (ctx, account) => {
    const p = ownPackage(ctx, account);
    const b = p ? jsonBody(ctx) : null;
    if (!p || !b) return;
    if (!Number.isInteger(b.life) || (b.life as number) < 1 || (b.life as number) > 365) return fail(ctx, 'FAIL', A.LIFE_MESSAGE);
    p.life = b.life as number;
    answer(ctx, { response: 'SUCCESS', message: 'Package updated' });
  });

  api('GET', '/package/:id/public-keys/', (ctx, account) => {
    if (ownPackage(ctx, account)) answer(ctx, { response: 'SUCCESS', publicKeys });
  });

  api('PUT', '/package/:id/link/:keyId/', async (ctx, account) => {
    const p = ownPackage(ctx, account);
    const b = p && draft(ctx, p) ? jsonBody(ctx) : null;
    if (!p || !b) return;
    const key = publicKeys.find((k) => k.id === ctx.params.keyId);
    if (!key) return fail(ctx, 'FAIL', 'Unknown public key');
    // The service cannot read the keycode, but it can see whom the message is encrypted to.
    try {
      const msg = await openpgp.readMessage({ armoredMessage: String(b.keycode ?? '') });
      const wanted = new Set((await openpgp.readKey({ armoredKey: key.key })).getKeyIDs().map((k) => k.toHex()));
      if (!msg.getEncryptionKeyIDs().some((k) => wanted.has(k.toHex()))) return fail(ctx, 'FAIL', 'The keycode is not encrypted to this public key');
    } catch {
      return fail(ctx, 'FAIL', 'keycode must be an armored OpenPGP message');
    }
    p.keycodes.set(key.id, String(b.keycode));
    answer(ctx, { response: 'SUCCESS', message: 'Keycode saved' });
  });

  api('POST', '/package/:id/finalize/', (ctx, account) => {
    const p = ownPackage(ctx, account);
    const b = p && draft(ctx, p) ? jsonBody(ctx) : null;
    if (!p || !b) return;
    if (typeof b.checksum !== 'string' || !/^[0-9a-f]{64}$/.test(b.checksum)) return fail(ctx, 'FAIL', 'checksum is required');
    const errors: string[] = [];
    if (p.recipients.length === 0) errors.push('The package has no recipients');
    if (!p.message) errors.push('The package has no message');
    if (publicKeys.some((k) => !p.keycodes.has(k.id))) errors.push(A.FINALIZE_MISSING_KEYCODES);
    if (errors.length) return fail(ctx, 'FAIL', 'The package could not be finalized', { errors });
    p.checksum = b.checksum;
    p.finalizedAt = now();
    p.state = A.STATE_WAITING;
    answer(ctx, { response: 'SUCCESS', message: link(p) });
  });

  api('POST', '/package/:id/notify/', (ctx, account) => {
    const p = ownPackage(ctx, account);
    const b = p ? jsonBody(ctx) : null;
    if (!p || !b) return;
    if (!p.finalizedAt) return fail(ctx, 'FAIL', 'The package is not finalized');
    if (typeof b.keycode !== 'string' || !b.keycode) return fail(ctx, 'FAIL', 'keycode is required');
    p.notified.push({ to: p.recipients.map((r) => r.email), link: `${link(p)}#keyCode=${b.keycode}` });
    answer(ctx, { response: 'SUCCESS', message: 'Recipients notified' });
  });

  api('GET', '/package/:id/', (ctx, account) => {
    const p = ownPackage(ctx, account);
    if (!p) return;
    answer(ctx, {
      response: 'SUCCESS', packageId: p.packageId, packageCode: p.packageCode, serverSecret: p.serverSecret,
      state: expired(p) ? 'Expired' : p.state, life: p.life, packageTimestamp: p.createdAt.toISOString(), packageSender: account.email,
      recipients: p.recipients.map((r) => ({ recipientId: r.recipientId, email: r.email, confirmations: r.confirmations })),
    });
  });

  api('DELETE', '/package/:id/', (ctx, account) => {
    const p = ownPackage(ctx, account);
    if (!p) return;
    p.deleted = true;
    answer(ctx, { response: 'SUCCESS', message: 'Package deleted' });
  });

  // ---- The receive page ----
  const openable = (thread: unknown, packageCode: unknown): SimPackage | string => {
    const p = typeof thread === 'string' ? packages.get(thread) : undefined;
    if (!p || typeof packageCode !== 'string' || !safeEqual(p.packageCode, packageCode)) return 'This link is not valid. Ask the sender to check it.';
    if (p.deleted) return 'The sender deleted this package.';
    if (!p.finalizedAt) return 'This package has not been sent yet.';
    if (expired(p)) return 'This package has expired.';
    return p;
  };
  router.on('GET', '/receive/', (ctx) => sendRaw(ctx.res, 200, RECEIVE_PAGE, 'text/html; charset=utf-8', { 'content-security-policy': receiveCsp(), 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' }));
  router.on('GET', '/receive/app.js', (ctx) => sendRaw(ctx.res, 200, RECEIVE_SCRIPT, 'text/javascript; charset=utf-8'));
  router.on('GET', '/receive/openpgp.min.js', (ctx) => sendRaw(ctx.res, 200, loadOpenpgpBrowserBuild(), 'text/javascript; charset=utf-8'));
  router.on('POST', A.RECEIVE_START_PATH, (ctx) => {
    const b = jsonBody(ctx);
    if (!b) return;
    const p = openable(b.thread, b.packageCode);
    if (typeof p === 'string') return fail(ctx, 'FAIL', p);
    const email = typeof b.email === 'string' ? b.email.trim().toLowerCase() : '';
    if (!p.recipients.some((r) => r.email.toLowerCase() === email)) return fail(ctx, 'FAIL', 'This address is not a recipient of the package.');
    const code = String(randomInt(10 ** A.CODE_DIGITS)).padStart(A.CODE_DIGITS, '0');
    codes.set(`${p.packageId}\n${email}`, { code, email, packageId: p.packageId, tries: 0 });
    answer(ctx, { response: 'SUCCESS', message: `A verification code was sent to ${email}.` });
  });
  router.on('POST', A.RECEIVE_OPEN_PATH, (ctx) => {
    const b = jsonBody(ctx);
    if (!b) return;
    const p = openable(b.thread, b.packageCode);
    if (typeof p === 'string') return fail(ctx, 'FAIL', p);
    const email = typeof b.email === 'string' ? b.email.trim().toLowerCase() : '';
    const pending = codes.get(`${p.packageId}\n${email}`);
    if (!pending || pending.tries >= A.CODE_TRIES) return fail(ctx, 'FAIL', 'Ask for a new verification code.');
    if (typeof b.code !== 'string' || !safeEqual(pending.code, b.code.trim())) {
      pending.tries += 1;
      return fail(ctx, 'FAIL', 'That verification code is not right.');
    }
    if (typeof b.checksum !== 'string' || !p.checksum || !safeEqual(p.checksum, b.checksum)) return fail(ctx, 'FAIL', 'The link is incomplete: open it exactly as it was sent.');
    codes.delete(`${p.packageId}\n${email}`);
    const r = p.recipients.find((x) => x.email.toLowerCase() === email)!;
    r.confirmations.push({ ipAddress: ctx.req.socket.remoteAddress ?? '127.0.0.1', timestamp: A.confirmationTimestamp(now()) });
    p.state = A.STATE_COMPLETE;
    answer(ctx, { response: 'SUCCESS', serverSecret: p.serverSecret, message: p.message });
  });

  // ---- Admin (tests and the console's rehearsals) ----
  router.on('GET', '/__simulator/requests', (ctx) => sendJson(ctx.res, 200, { requests }));
  router.on('DELETE', '/__simulator/requests', (ctx) => ((requests.length = 0), sendJson(ctx.res, 200, { requests })));
  router.on('GET', '/__simulator/codes', (ctx) => {
    const email = (ctx.url.searchParams.get('email') ?? '').toLowerCase();
    sendJson(ctx.res, 200, { codes: [...codes.values()].filter((c) => !email || c.email === email).map((c) => ({ email: c.email, packageId: c.packageId, code: c.code })) });
  });
  router.on('POST', '/__simulator/accounts', (ctx) => {
    const b = jsonBody(ctx);
    if (!b) return;
    const existing = typeof b.apiKey === 'string' ? accounts.get(b.apiKey) : undefined;
    const account: SendSafelyAccount = {
      apiKey: existing?.apiKey ?? (typeof b.apiKey === 'string' ? b.apiKey : secret32().slice(0, 22)),
      apiSecret: typeof b.apiSecret === 'string' ? b.apiSecret : existing?.apiSecret ?? secret32().slice(0, 22),
      email: typeof b.email === 'string' ? b.email : existing?.email ?? 'someone@example.com',
      enterprise: typeof b.enterprise === 'boolean' ? b.enterprise : existing?.enterprise ?? true,
    };
    accounts.set(account.apiKey, account);
    sendJson(ctx.res, 201, account);
  });
  router.on('POST', '/__simulator/clock', (ctx) => {
    const b = jsonBody(ctx);
    if (!b) return;
    clockOffsetMs = Number.isFinite(b.offsetMs) ? (b.offsetMs as number) : 0;
    sendJson(ctx.res, 200, { offsetMs: clockOffsetMs });
  });
  router.on('GET', '/__simulator/packages/:id', (ctx) => {
    const p = packages.get(ctx.params.id);
    if (!p) return sendJson(ctx.res, 404, { response: 'UNKNOWN_PACKAGE', message: A.UNKNOWN_PACKAGE_MESSAGE });
    sendJson(ctx.res, 200, {
      packageId: p.packageId, state: p.state, life: p.life, deleted: p.deleted, checksum: p.checksum, hasMessage: !!p.message,
      recipients: p.recipients, keycodes: Object.fromEntries(p.keycodes), notified: p.notified,
    });
  });
  router.on('GET', '/__simulator/org-key', (ctx) => sendJson(ctx.res, 200, orgKey));
  registerFaultRoutes(router, faults, writeError);

  const server = createSimServer({
    router,
    before: async (ctx) => {
      // Bounded, so a long rehearsal does not grow without end; tests clear it before they look.
      if (requests.length >= MAX_RECORDED) requests.splice(0, requests.length - MAX_RECORDED + 1);
      requests.push({ method: ctx.method, path: ctx.url.pathname + ctx.url.search, headers: { ...ctx.req.headers }, body: ctx.rawBody.toString('utf8'), receivedAt: Date.now() });
      if (!ctx.url.pathname.startsWith(API_BASE_PATH)) return false;
      return faults.apply(ctx, writeError);
    },
    error: (ctx, status, code, detail) => writeError(ctx, status, code === 'parse_error' ? 'FAIL' : code.toUpperCase(), detail),
  });
  return { server, setBaseUrl: (u) => void (baseUrl = u), orgKey };
}

/** What a recipient's browser computes from the fragment's keyCode (the same as the sender's checksum). */
export function receiveChecksum(keyCode: string, packageCode: string): string {
  return pbkdf2Sync(keyCode, packageCode, 1024, 32, 'sha256').toString('hex');
}
