import fs from 'node:fs';
import path from 'node:path';
import { createConsoleApp } from '../app';
import { AppError } from '../shared/errors';
import { currentTranslator, setLocale, t } from '../shared/i18n';
import { DB_FILE } from '../store/db';
import { makeRecord } from '../setup/record';
import { defaultDataDir } from './data-dir';
import { LANGUAGE_OPTION, useCliLanguage } from './language';
import { CliError, parseStrict, unknownIntegration } from './options';

// `npm run record -- --integration <name> --out <file.pdf>`: the integration record for an auditor
// or the consultant, from a terminal. The record holds no secret, so the vault stays locked and no
// passphrase is asked for.

const usage = () => t('cli.record.usage', { dataDir: defaultDataDir() });

const OPTIONS = {
  integration: { type: 'string' },
  out: { type: 'string' },
  'data-dir': { type: 'string' },
  force: { type: 'boolean' },
  ...LANGUAGE_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;

/** Strict: a misspelled option stops the run instead of being ignored. */
function parseOptions(args: string[]) {
  return parseStrict(args, OPTIONS, {
    command: 'record',
    usageExit: 2,
    positional: {
      message: (word) => t('cli.record.positional', { word }),
      hint: t('cli.record.positional.hint'),
    },
  });
}

function required(v: string | undefined, name: string): string {
  if (!v || v.startsWith('--')) throw new CliError(2, t('cli.required', { name }), usage());
  return v;
}

/** `--out` names a file: a folder, a missing parent folder or (without --force) an existing file is refused before anything runs. */
function checkOut(out: string, force: boolean): void {
  const st = fs.statSync(out, { throwIfNoEntry: false });
  if (st?.isDirectory()) throw new CliError(2, t('cli.record.outIsFolder', { out }), t('cli.record.outIsFolder.hint', { example: path.join(out, 'integration-record.pdf') }));
  if (st && !force) throw new CliError(2, t('cli.record.exists', { out }), t('cli.record.exists.hint'));
  const parent = path.dirname(out);
  const pst = fs.statSync(parent, { throwIfNoEntry: false });
  if (!pst?.isDirectory()) throw new CliError(2, t('cli.record.noFolder', { folder: parent }), t('cli.record.noFolder.hint'));
}

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  const locale = useCliLanguage(argv, 2);
  const opts = parseOptions(argv);
  if (opts.help || argv.length === 0) {
    console.log(usage());
    return;
  }
  const nameOrId = required(opts.integration, 'integration');
  const out = path.resolve(required(opts.out, 'out'));
  checkOut(out, opts.force === true);
  const dataDir = path.resolve(opts['data-dir'] ?? defaultDataDir());
  if (!fs.existsSync(path.join(dataDir, DB_FILE))) {
    throw new CliError(3, t('cli.noData', { dir: dataDir }), t('cli.noData.hintBrowser'));
  }
  const app = await createConsoleApp({ dataDir, mode: 'browser' });
  // The app's preferences set the language for the process; the command's own choice stands.
  setLocale(locale);
  try {
    const s = app.services;
    const integration = s.integrations.findByName(nameOrId) ?? s.integrations.find(nameOrId);
    if (!integration) throw unknownIntegration(3, nameOrId, s.integrations.list().map((i) => i.name));
    const made = await makeRecord({ ...s.steps, auditLog: s.audit }, integration.id, 'cli', s.opts.health);
    fs.writeFileSync(out, made.bytes);
    console.log(t('cli.record.written', { name: integration.name, out, bytes: currentTranslator().number(made.bytes.length) }));
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
    console.error(t('cli.record.unexpected', { name: e instanceof Error ? e.name : 'error' }));
    process.exitCode = 1;
  }
}
