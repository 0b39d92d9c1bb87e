import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { createConsoleApp, type ConsoleApp } from '../app';
import { AppError } from '../shared/errors';
import { ENVIRONMENT_LABEL_IDS } from '../shared/regions';
import { formatDateTimeZoned } from '../shared/time';
import { verdictSentence } from '../shared/package-verdict';
import { stepRef } from '../shared/step-ref';
import { DB_FILE } from '../store/db';
import { HandoffService } from '../setup/steps/handoff';
import type { HandoffMethod } from '../handoff';
import { defaultDataDir } from './data-dir';
import { LANGUAGE_OPTION, useCliLanguage } from './language';
import { CliError, parseStrict, unknownIntegration } from './options';
import { currentLocale, setLocale, t } from '../shared/i18n';
import { LOCALES, isLocale, type Locale } from '../shared/i18n/locales';

// `npm run handoff -- --integration <name> --out <dir>`: the handoff step for implementers, from a
// terminal. It uses the same service as the window, so the record and the audit entry are the same;
// the keycode goes to the terminal once and into no file.

// A function, not a constant: the step reference is worded in the language set when it is shown.
const usage = () => t('cli.handoff.usage', { dataDir: defaultDataDir(), step: stepRef('handoff') });

const EXIT_BY_CODE: Record<string, number> = {
  not_found: 3,
  vault_locked: 4,
  vault_wrong_passphrase: 4,
  vault_uninitialized: 5,
  secret_missing: 5,
  handoff_not_ready: 5,
  handoff_invalid: 5,
  handoff_environment_unsupported: 5,
  handoff_recipient_key_invalid: 6,
  handoff_recipient_key_private: 6,
  handoff_recipient_key_unusable: 6,
  handoff_recipient_key_missing: 6,
  handoff_fingerprint_mismatch: 6,
  sendsafely_not_connected: 7,
};
const exitFor = (code: string) => EXIT_BY_CODE[code] ?? (code.startsWith('sendsafely_') ? 7 : 1);
const METHODS = ['keycode', 'keycode-split', 'public-key', 'sendsafely'] as const;
type CliMethod = (typeof METHODS)[number];

const OPTIONS = {
  integration: { type: 'string' },
  out: { type: 'string' },
  'data-dir': { type: 'string' },
  recipient: { type: 'string' },
  days: { type: 'string' },
  split: { type: 'boolean' },
  'recipient-key': { type: 'string' },
  fingerprint: { type: 'string' },
  method: { type: 'string' },
  'recipient-email': { type: 'string' },
  'notify-by-sendsafely': { type: 'boolean' },
  'handoff-language': { type: 'string' },
  ...LANGUAGE_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;
type Options = ReturnType<typeof parseOptions>;

/** Strict: a misspelled option must stop the run, not be ignored while a handoff is made anyway. */
function parseOptions(args: string[]) {
  return parseStrict(args, OPTIONS, {
    command: 'handoff',
    usageExit: 2,
    positional: {
      message: (word) => t('cli.handoff.positional', { word }),
      hint: t('cli.handoff.positional.hint'),
    },
  });
}

/** `--method` names it; the older `--split` and `--recipient-key` still imply theirs. */
function chooseMethod(opts: Options): CliMethod {
  const keyFile = opts['recipient-key'];
  if (keyFile && opts.split) throw new CliError(2, t('cli.handoff.splitOrKey'));
  const implied: HandoffMethod = keyFile ? 'public-key' : opts.split ? 'keycode-split' : 'keycode';
  if (opts.method === undefined) return implied;
  if (!(METHODS as readonly string[]).includes(opts.method)) throw new CliError(2, t('cli.handoff.method', { methods: METHODS.join(', '), given: opts.method }));
  const m = opts.method as CliMethod;
  if ((keyFile || opts.split) && m !== implied) throw new CliError(2, t('cli.handoff.methodClash', { method: m, option: keyFile ? '--recipient-key' : '--split' }));
  if (m === 'public-key' && !keyFile) throw new CliError(2, t('cli.handoff.publicKeyNeedsFile'));
  if (m !== 'sendsafely' && (opts['recipient-email'] || opts['notify-by-sendsafely'])) throw new CliError(2, t('cli.handoff.sendsafelyOnly'));
  return m;
}

function required(opts: Options, name: 'integration' | 'out'): string {
  const v = opts[name];
  if (!v || v.startsWith('--')) throw new CliError(2, t('cli.required', { name }), usage());
  return v;
}

function parseDays(raw: string | undefined): number {
  if (raw === undefined) return 14;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 365) throw new CliError(2, t('cli.handoff.days', { given: String(raw) }));
  return n;
}

/** `--out` is a folder, made if missing; a file there is refused before anything is encrypted. */
function checkOutDir(outDir: string): void {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(outDir);
  } catch {
    const parent = path.dirname(outDir);
    if (fs.existsSync(parent) && !fs.statSync(parent).isDirectory()) {
      throw new CliError(2, t('cli.handoff.outParentIsFile', { parent }), t('cli.handoff.outParentIsFile.hint'));
    }
    return;
  }
  if (!st.isDirectory()) throw new CliError(2, t('cli.handoff.outIsFile', { out: outDir }), t('cli.handoff.outIsFile.hint'));
}

/** Reads a line from the terminal without showing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let buf = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(), resolve(buf);
        if (ch === '\u0003') return finish(), reject(new CliError(130, t('cli.handoff.cancelled')));
        if (ch === '\u007f' || ch === '\b') buf = [...buf].slice(0, -1).join('');
        else buf += ch;
      }
    };
    process.stderr.write(question);
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

async function unlockVault(app: ConsoleApp): Promise<void> {
  const status = app.services.vault.status();
  if (!status.initialized) throw new CliError(5, t('cli.handoff.noVault'), t('cli.handoff.noVault.hint', { step: stepRef('certn') }));
  if (status.kind === 'keychain') {
    throw new CliError(4, t('cli.handoff.keychain'), t('cli.handoff.keychain.hint', { step: stepRef('handoff') }));
  }
  let passphrase = process.env.CONSOLE_VAULT_PASSPHRASE;
  if (!passphrase && process.stdin.isTTY) passphrase = await promptHidden(t('cli.handoff.passphrasePrompt'));
  if (!passphrase) {
    throw new CliError(4, t('cli.handoff.locked'), t('cli.handoff.locked.hint'));
  }
  await app.services.vault.unlock(passphrase);
}

function findIntegration(app: ConsoleApp, nameOrId: string) {
  const found = app.services.integrations.findByName(nameOrId) ?? app.services.integrations.find(nameOrId);
  if (found) return found;
  throw unknownIntegration(3, nameOrId, app.services.integrations.list().map((i) => i.name));
}

/** The fingerprint must be confirmed with the consultant before anything is encrypted to the key. */
async function confirmKey(svc: HandoffService, armored: string, given: string | undefined): Promise<string> {
  const info = await svc.readRecipientKey(armored);
  if (!info.canEncrypt || !info.fingerprint) throw new CliError(6, t('cli.handoff.keyUnusable', { problems: info.problems.join(' ') }), t('cli.handoff.keyUnusable.hint'));
  console.log(t('cli.handoff.keyUsers', { users: info.userIds.join(', ') || t('cli.handoff.keyNoUser') }));
  console.log(t('cli.handoff.keyFingerprint', { fingerprint: info.fingerprint }));
  if (given) return given;
  if (!process.stdin.isTTY) {
    throw new CliError(6, t('cli.handoff.notConfirmed'), t('cli.handoff.notConfirmed.hint'));
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question(t('cli.handoff.confirmPrompt'));
  rl.close();
  // Yes in either language: y, yes, o, oui.
  if (!/^(?:y(?:es)?|o(?:ui)?)$/i.test(answer.trim())) throw new CliError(6, t('cli.handoff.stopped'));
  return info.fingerprint;
}

/** What the consultant reads may be in another language than this output (the consultant may not read French). */
function consultantLanguage(given: string | undefined, output: Locale): Locale {
  if (given === undefined) return output;
  if (!isLocale(given)) throw new CliError(2, t('cli.language.unknown', { given }), t('cli.language.unknown.hint', { choices: LOCALES.join(', ') }));
  return given;
}

function writePrivate(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return file;
}

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  const language = useCliLanguage(argv, 2);
  const opts = parseOptions(argv);
  if (opts.help || argv.length === 0) {
    console.log(usage());
    return;
  }
  const nameOrId = required(opts, 'integration');
  const handoffLanguage = consultantLanguage(opts['handoff-language'], language);
  const method = chooseMethod(opts);
  const outDir = method === 'sendsafely' ? null : path.resolve(required(opts, 'out'));
  if (outDir) checkOutDir(outDir);
  const recipientEmail = opts['recipient-email']?.trim();
  if (method === 'sendsafely' && !recipientEmail) throw new CliError(2, t('cli.handoff.emailRequired'));
  const dataDir = path.resolve(opts['data-dir'] ?? defaultDataDir());
  const recipientLabel = (opts.recipient ?? t('cli.handoff.defaultRecipient')).trim();
  if (!recipientLabel || recipientLabel.length > 120) throw new CliError(2, t('cli.handoff.recipientLength'));
  const validForDays = parseDays(opts.days);
  const keyFile = opts['recipient-key'];
  let recipientPublicKey: string | undefined;
  if (keyFile) {
    try {
      recipientPublicKey = fs.readFileSync(keyFile, 'utf8');
    } catch {
      throw new CliError(2, t('cli.handoff.keyFileUnreadable', { file: keyFile }));
    }
  }
  if (!fs.existsSync(path.join(dataDir, DB_FILE))) {
    throw new CliError(3, t('cli.noData', { dir: dataDir }), t('cli.noData.hintBrowser'));
  }

  const app = await createConsoleApp({ dataDir, mode: 'browser' });
  // The app's preferences set the language for the process; the command's own choice stands.
  setLocale(language);
  try {
    const integration = findIntegration(app, nameOrId);
    await unlockVault(app);
    const svc = new HandoffService(app.services.steps);
    const preview = await svc.preview(integration.id);
    if (!preview.ready) {
      throw new CliError(5, t('cli.handoff.notReady', { name: integration.name, missing: preview.missing.map((item) => t('cli.handoff.notReady.item', { item })).join('\n') }), t('cli.handoff.notReady.hint'));
    }
    for (const p of preview.packages.filter((x) => x.verdict.level !== 'ready')) {
      console.log(t('cli.handoff.packageNote', { name: p.visibleName, label: p.verdict.label, sentence: verdictSentence(p.verdict, p.overridden, t) ?? '' }));
    }
    const confirmedFingerprint = recipientPublicKey ? await confirmKey(svc, recipientPublicKey, opts.fingerprint) : undefined;
    const made = await svc.create({
      integrationId: integration.id, recipientLabel, validForDays, method, recipientPublicKey, confirmedFingerprint, language: handoffLanguage,
      ...(method === 'sendsafely' ? { recipientEmail, notifyBySendSafely: opts['notify-by-sendsafely'] === true } : {}),
    }, 'cli');

    if (made.secureLink && made.record.sendsafely) {
      const ss = made.record.sendsafely;
      console.log(t('cli.handoff.sentHeader', { name: integration.name, environment: t(ENVIRONMENT_LABEL_IDS[integration.environment]), recipient: recipientLabel, host: ss.host, email: ss.recipientEmail }));
      console.log(t('cli.handoff.sentPackage', { packageId: ss.packageId, days: ss.lifeDays, until: formatDateTimeZoned(made.record.expiresAt, { locale: currentLocale() }), id: made.record.id }));
      console.log('');
      console.log(t(ss.notified ? 'cli.handoff.linkNotified' : 'cli.handoff.linkOnce'));
      console.log(`  ${made.secureLink}`);
      console.log(`\n${t('cli.handoff.forConsultant')}`);
      for (const line of made.consultantInstructions) console.log(`  - ${line}`);
      return;
    }
    if (!outDir) throw new CliError(1, t('cli.handoff.noFolder'));
    fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
    console.log(t('cli.handoff.header', { name: integration.name, environment: t(ENVIRONMENT_LABEL_IDS[integration.environment]), recipient: recipientLabel }));
    for (const f of made.files) console.log(t('cli.handoff.wrote', { file: writePrivate(outDir, f.name, f.content), sha256: f.sha256 }));
    console.log(t('cli.handoff.validUntil', { until: formatDateTimeZoned(made.record.expiresAt, { locale: currentLocale() }), id: made.record.id }));
    if (integration.environment === 'simulator') console.log(t('cli.handoff.simulatorNote'));
    console.log('');
    if (made.keycodeParts) {
      console.log(t('cli.handoff.keycodeParts'));
      console.log(t('cli.handoff.part', { n: 1, part: made.keycodeParts.part1 }));
      console.log(t('cli.handoff.part', { n: 2, part: made.keycodeParts.part2 }));
    } else if (made.keycode) {
      console.log(t('cli.handoff.keycode'));
      console.log(`  ${made.keycode}`);
    } else {
      console.log(t('cli.handoff.encryptedToKey', { fingerprint: made.fingerprint }));
    }
    console.log(`\n${t('cli.handoff.forConsultant')}`);
    for (const line of made.consultantInstructions) console.log(`  - ${line}`);
  } finally {
    await app.close();
  }
}

try {
  await run();
} catch (e) {
  const err = e instanceof CliError ? e : e instanceof AppError ? new CliError(exitFor(e.code), e.message, e.hint) : null;
  if (err) {
    console.error(err.message);
    if (err.hint) console.error(err.hint);
    process.exitCode = err.exitCode;
  } else {
    console.error(t('cli.handoff.unexpected', { name: e instanceof Error ? e.name : 'error' }));
    process.exitCode = 1;
  }
}
