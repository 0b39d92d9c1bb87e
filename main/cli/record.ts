// i18n-pending: its words are moving to the message catalogs.
import fs from 'node:fs';
import path from 'node:path';
import { createConsoleApp } from '../app';
import { AppError } from '../shared/errors';
import { DB_FILE } from '../store/db';
import { makeRecord } from '../setup/record';
import { defaultDataDir } from './data-dir';
import { CliError, parseStrict } from './options';

// `npm run record -- --integration <name> --out <file.pdf>`: the integration record for an auditor
// or the consultant, from a terminal. The record holds no secret, so the vault stays locked and no
// passphrase is asked for.

const USAGE = `Usage: npm run record -- --integration <name or id> --out <file.pdf> [options]

  --data-dir <dir>   the console's data folder (default: ${defaultDataDir()})
  --force            replace --out if it already exists

Exit codes: 0 written, 2 wrong options (including an --out that is a folder or already exists
without --force), 3 no data or unknown integration, 1 other failure.`;

const OPTIONS = {
  integration: { type: 'string' },
  out: { type: 'string' },
  'data-dir': { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Strict: a misspelled option stops the run instead of being ignored. */
function parseOptions(args: string[]) {
  return parseStrict(args, OPTIONS, {
    command: 'record',
    usageExit: 2,
    positional: {
      message: (word) => `Unexpected argument “${word}”: every value follows its option.`,
      hint: 'A value with spaces needs quotes, e.g. --integration "Acme Canada".',
    },
  });
}

function required(v: string | undefined, name: string): string {
  if (!v || v.startsWith('--')) throw new CliError(2, `--${name} is required.`, USAGE);
  return v;
}

/** `--out` names a file: a folder, a missing parent folder or (without --force) an existing file is refused before anything runs. */
function checkOut(out: string, force: boolean): void {
  const st = fs.statSync(out, { throwIfNoEntry: false });
  if (st?.isDirectory()) throw new CliError(2, `--out must name a file, but ${out} is a folder.`, `For example --out ${path.join(out, 'integration-record.pdf')}.`);
  if (st && !force) throw new CliError(2, `${out} already exists.`, 'Choose another file name, or add --force to replace it.');
  const parent = path.dirname(out);
  const pst = fs.statSync(parent, { throwIfNoEntry: false });
  if (!pst?.isDirectory()) throw new CliError(2, `The folder ${parent} does not exist.`, 'Create it first, or choose a file in an existing folder.');
}

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  const opts = parseOptions(argv);
  if (opts.help || argv.length === 0) {
    console.log(USAGE);
    return;
  }
  const nameOrId = required(opts.integration, 'integration');
  const out = path.resolve(required(opts.out, 'out'));
  checkOut(out, opts.force === true);
  const dataDir = path.resolve(opts['data-dir'] ?? defaultDataDir());
  if (!fs.existsSync(path.join(dataDir, DB_FILE))) {
    throw new CliError(3, `No console data in ${dataDir}.`, 'Pass the folder the console uses with --data-dir (browser mode prints it when it starts).');
  }
  const app = await createConsoleApp({ dataDir, mode: 'browser' });
  try {
    const s = app.services;
    const integration = s.integrations.findByName(nameOrId) ?? s.integrations.find(nameOrId);
    if (!integration) {
      const names = s.integrations.list().map((i) => `“${i.name}”`);
      throw new CliError(3, `No integration called “${nameOrId}” in this data folder.`, names.length ? `Known integrations: ${names.join(', ')}.` : 'This data folder has no integrations yet.');
    }
    const made = await makeRecord({ ...s.steps, auditLog: s.audit }, integration.id, 'cli', s.opts.health);
    fs.writeFileSync(out, made.bytes);
    console.log(`Wrote the integration record for “${integration.name}” to ${out} (${made.bytes.length} bytes). It holds no secret.`);
  } finally {
    await app.close();
  }
}

try {
  await run();
} catch (e) {
  const err = e instanceof CliError ? e : e instanceof AppError ? new CliError(e.code === 'not_found' ? 3 : 1, e.message, e.hint) : null;
  if (err) {
    console.error(err.message);
    if (err.hint) console.error(err.hint);
    process.exitCode = err.exitCode;
  } else {
    console.error(`The record could not be made (${e instanceof Error ? e.name : 'error'}).`);
    process.exitCode = 1;
  }
}
