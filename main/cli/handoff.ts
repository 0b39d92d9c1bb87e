// i18n-pending: its words are moving to the message catalogs.
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
import { CliError, parseStrict } from './options';
import { setLocale, t } from '../shared/i18n';

// `npm run handoff -- --integration <name> --out <dir>`: the handoff step for implementers, from a
// terminal. It uses the same service as the window, so the record and the audit entry are the same;
// the keycode goes to the terminal once and into no file.

// A function, not a constant: the step reference is worded in the language set when it is shown.
const usage = () => `Usage: npm run handoff -- --integration <name or id> --out <dir> [options]
       npm run handoff -- --method sendsafely --recipient-email <address> --integration <name or id> [options]

  --data-dir <dir>        the console's data folder (default: ${defaultDataDir()})
  --recipient "label"     who the handoff is for (default: "iCIMS consultant")
  --days N                advisory validity, 1 to 365 days (default: 14)
  --split                 keycode in two parts, for two different channels
  --recipient-key <file>  encrypt to the consultant's OpenPGP public key instead of a keycode
  --fingerprint <hex>     the key's fingerprint as confirmed with the consultant (needed without a terminal)
  --method <m>            keycode (default), keycode-split, public-key or sendsafely
  --recipient-email <a>   sendsafely: the consultant's e-mail address, the package's recipient
  --notify-by-sendsafely  sendsafely: let SendSafely e-mail the link. This hands SendSafely the keyCode,
                          so anyone with access to your SendSafely account or its mail could open it.
                          Without it, the secure link is printed once for you to pass on.
  --language <l>          en or fr-CA: the language of the consultant's handoff (instructions, page) and of
                          this output (default: the console's language, else the system's)

SendSafely uses the account connected in the console (${stepRef('handoff')}); --days is the package life.

The vault passphrase is read from CONSOLE_VAULT_PASSPHRASE, or asked for (without echo) on a terminal.
Exit codes: 0 done, 2 wrong options, 3 no data or unknown integration, 4 vault locked or wrong
passphrase, 5 values missing for the handoff, 6 consultant's key unusable or not confirmed,
7 SendSafely not connected, refused or unreachable, 1 other failure.`;

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
      message: (word) => `Unexpected argument “${word}”: every value follows its option (for example --days 7).`,
      hint: 'A value with spaces needs quotes, e.g. --recipient "Dana Smith".',
    },
  });
}

/** `--method` names it; the older `--split` and `--recipient-key` still imply theirs. */
function chooseMethod(opts: Options): CliMethod {
  const keyFile = opts['recipient-key'];
  if (keyFile && opts.split) throw new CliError(2, 'Choose either --split or --recipient-key, not both.');
  const implied: HandoffMethod = keyFile ? 'public-key' : opts.split ? 'keycode-split' : 'keycode';
  if (opts.method === undefined) return implied;
  if (!(METHODS as readonly string[]).includes(opts.method)) throw new CliError(2, `--method must be one of ${METHODS.join(', ')} (got “${opts.method}”).`);
  const m = opts.method as CliMethod;
  if ((keyFile || opts.split) && m !== implied) throw new CliError(2, `--method ${m} does not go with ${keyFile ? '--recipient-key' : '--split'}.`);
  if (m === 'public-key' && !keyFile) throw new CliError(2, '--method public-key needs --recipient-key <file>.');
  if (m !== 'sendsafely' && (opts['recipient-email'] || opts['notify-by-sendsafely'])) throw new CliError(2, '--recipient-email and --notify-by-sendsafely go with --method sendsafely only.');
  return m;
}

function required(opts: Options, name: 'integration' | 'out'): string {
  const v = opts[name];
  if (!v || v.startsWith('--')) throw new CliError(2, `--${name} is required.`, usage());
  return v;
}

function parseDays(raw: string | undefined): number {
  if (raw === undefined) return 14;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 365) throw new CliError(2, `--days must be a whole number from 1 to 365 (got “${raw}”).`);
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
      throw new CliError(2, `--out must name a folder, but ${parent} is a file.`, 'Give a folder for the two handoff files, e.g. --out ./handoff.');
    }
    return;
  }
  if (!st.isDirectory()) throw new CliError(2, `--out must name a folder, but ${outDir} is a file.`, 'Give a folder for the two handoff files, e.g. --out ./handoff (it is created if missing).');
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
        if (ch === '\u0003') return finish(), reject(new CliError(130, 'Cancelled.'));
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
  if (!status.initialized) throw new CliError(5, 'The vault has not been set up in this data folder, so no webhook credentials are saved.', `Complete ${stepRef('certn')}, in the console first.`);
  if (status.kind === 'keychain') {
    throw new CliError(4, "This data folder's vault is protected by the system keychain of the desktop app, which the terminal cannot use.", `Make the handoff in the desktop app (${stepRef('handoff')}).`);
  }
  let passphrase = process.env.CONSOLE_VAULT_PASSPHRASE;
  if (!passphrase && process.stdin.isTTY) passphrase = await promptHidden('Vault master passphrase: ');
  if (!passphrase) {
    throw new CliError(4, 'The vault is locked and no passphrase was given.', 'Set CONSOLE_VAULT_PASSPHRASE, or run the command in a terminal to be asked for it.');
  }
  await app.services.vault.unlock(passphrase);
}

function findIntegration(app: ConsoleApp, nameOrId: string) {
  const found = app.services.integrations.findByName(nameOrId) ?? app.services.integrations.find(nameOrId);
  if (found) return found;
  const names = app.services.integrations.list().map((i) => `“${i.name}”`);
  throw new CliError(3, `No integration called “${nameOrId}” in this data folder.`, names.length ? `Known integrations: ${names.join(', ')}.` : 'This data folder has no integrations yet.');
}

/** The fingerprint must be confirmed with the consultant before anything is encrypted to the key. */
async function confirmKey(svc: HandoffService, armored: string, given: string | undefined): Promise<string> {
  const info = await svc.readRecipientKey(armored);
  if (!info.canEncrypt || !info.fingerprint) throw new CliError(6, `The consultant's key cannot be used: ${info.problems.join(' ')}`, 'Ask the consultant for a current public key, or use a keycode.');
  console.log(`Consultant's key: ${info.userIds.join(', ') || '(no user id)'}`);
  console.log(`Fingerprint:      ${info.fingerprint}`);
  if (given) return given;
  if (!process.stdin.isTTY) {
    throw new CliError(6, 'The fingerprint was not confirmed.', 'Read it to the consultant by phone, then run again with --fingerprint "<the fingerprint>".');
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question('Have you confirmed this fingerprint with the consultant by phone? [y/N] ');
  rl.close();
  if (!/^y(es)?$/i.test(answer.trim())) throw new CliError(6, 'Stopped: the fingerprint was not confirmed.');
  return info.fingerprint;
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
  const method = chooseMethod(opts);
  const outDir = method === 'sendsafely' ? null : path.resolve(required(opts, 'out'));
  if (outDir) checkOutDir(outDir);
  const recipientEmail = opts['recipient-email']?.trim();
  if (method === 'sendsafely' && !recipientEmail) throw new CliError(2, '--recipient-email is required with --method sendsafely: SendSafely sends the package to it.');
  const dataDir = path.resolve(opts['data-dir'] ?? defaultDataDir());
  const recipientLabel = (opts.recipient ?? 'iCIMS consultant').trim();
  if (!recipientLabel || recipientLabel.length > 120) throw new CliError(2, '--recipient must be 1 to 120 characters.');
  const validForDays = parseDays(opts.days);
  const keyFile = opts['recipient-key'];
  let recipientPublicKey: string | undefined;
  if (keyFile) {
    try {
      recipientPublicKey = fs.readFileSync(keyFile, 'utf8');
    } catch {
      throw new CliError(2, `Could not read the key file ${keyFile}.`);
    }
  }
  if (!fs.existsSync(path.join(dataDir, DB_FILE))) {
    throw new CliError(3, `No console data in ${dataDir}.`, 'Pass the folder the console uses with --data-dir (browser mode prints it when it starts).');
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
      throw new CliError(5, `The handoff for “${integration.name}” cannot be made yet:\n${preview.missing.map((m) => `  - ${m}`).join('\n')}`, 'Complete these in the console, then run again.');
    }
    for (const p of preview.packages.filter((x) => x.verdict.level !== 'ready')) {
      console.log(`Note: package “${p.visibleName}” (␣ marks a space): ${p.verdict.label}; ${verdictSentence(p.verdict, p.overridden, t)}. It is handed over exactly as Certn has it.`);
    }
    const confirmedFingerprint = recipientPublicKey ? await confirmKey(svc, recipientPublicKey, opts.fingerprint) : undefined;
    const made = await svc.create({
      integrationId: integration.id, recipientLabel, validForDays, method, recipientPublicKey, confirmedFingerprint, language,
      ...(method === 'sendsafely' ? { recipientEmail, notifyBySendSafely: opts['notify-by-sendsafely'] === true } : {}),
    }, 'cli');

    if (made.secureLink && made.record.sendsafely) {
      const ss = made.record.sendsafely;
      console.log(`Handoff for “${integration.name}” (${t(ENVIRONMENT_LABEL_IDS[integration.environment])}), for ${recipientLabel}, sent through SendSafely (${ss.host}) to ${ss.recipientEmail}:`);
      console.log(`  package ${ss.packageId}, life ${ss.lifeDays} days (until ${formatDateTimeZoned(made.record.expiresAt)}); recorded as ${made.record.id} with an audit entry.`);
      console.log('');
      console.log(ss.notified
        ? 'SendSafely e-mails the link to the consultant. The link below is the same; it is shown once and saved nowhere.'
        : 'SECURE LINK: shown once, saved nowhere. The part after # is the key to the package: send the link to the consultant yourself.');
      console.log(`  ${made.secureLink}`);
      console.log('\nFor the consultant:');
      for (const line of made.consultantInstructions) console.log(`  - ${line}`);
      return;
    }
    if (!outDir) throw new CliError(1, 'No folder was given for the handoff files.');
    fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
    console.log(`Handoff for “${integration.name}” (${t(ENVIRONMENT_LABEL_IDS[integration.environment])}), for ${recipientLabel}:`);
    for (const f of made.files) console.log(`  wrote ${writePrivate(outDir, f.name, f.content)}  (SHA-256 ${f.sha256})`);
    console.log(`  valid until ${formatDateTimeZoned(made.record.expiresAt)} (advisory); recorded as ${made.record.id} with an audit entry.`);
    if (integration.environment === 'simulator') console.log('  Note: the local simulator’s endpoint is only reachable while a console runs it; this handoff is for rehearsal.');
    console.log('');
    if (made.keycodeParts) {
      console.log('KEYCODE IN TWO PARTS: shown once, saved nowhere. Send each part by a different channel, neither with the files.');
      console.log(`  Part 1: ${made.keycodeParts.part1}`);
      console.log(`  Part 2: ${made.keycodeParts.part2}`);
    } else if (made.keycode) {
      console.log('KEYCODE: shown once, saved nowhere. Give it to the consultant by another channel (for example by phone), not with the files.');
      console.log(`  ${made.keycode}`);
    } else {
      console.log(`Encrypted to the key with fingerprint ${made.fingerprint}; no keycode is needed.`);
    }
    console.log('\nFor the consultant:');
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
    console.error(`The handoff failed unexpectedly (${e instanceof Error ? e.name : 'error'}). Nothing was recorded unless an entry appears in the audit log.`);
    process.exitCode = 1;
  }
}
