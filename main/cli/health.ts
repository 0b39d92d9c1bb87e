// i18n-pending: its words are moving to the message catalogs.
import fs from 'node:fs';
import path from 'node:path';
import { createConsoleApp, type ConsoleApp } from '../app';
import { AppError } from '../shared/errors';
import { ENVIRONMENT_LABEL_IDS } from '../shared/regions';
import { CHECK_TITLE_IDS, HEALTH_EXIT, VERDICT_LABEL_IDS, type HealthVerdict } from '../shared/health';
import { DB_FILE } from '../store/db';
import { defaultDataDir } from './data-dir';
import { CliError, parseStrict } from './options';
import { t } from '../shared/i18n';

// `npm run health -- --integration <name> [--json]`: the health watch from a terminal or a scheduler
// (cron, Windows Task Scheduler). The run is stored like one made in the console, so the Health page
// shows it; the exit code says how it went.

const USAGE = `Usage: npm run health -- --integration <name or id> [--json] [--data-dir <dir>]

  --integration <n>  the integration to check, by name or id
  --json             print the run as JSON (verdicts, evidence, fix-it links) instead of text
  --data-dir <dir>   the console's data folder (default: ${defaultDataDir()})

The vault passphrase is read from CONSOLE_VAULT_PASSPHRASE. A local-simulator integration is checked
against a simulator started for the run.
Exit codes: ${HEALTH_EXIT.healthy} every check healthy, ${HEALTH_EXIT.warning} warnings only, ${HEALTH_EXIT.usage} wrong options, ${HEALTH_EXIT.failure} at least one check failing,
${HEALTH_EXIT.cannotRun} the checks could not run (no data, unknown integration, vault locked or wrong passphrase).`;

const OPTIONS = {
  integration: { type: 'string' },
  json: { type: 'boolean' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Strict: a misspelled option stops the run instead of checking with a default. */
function parseOptions(args: string[]) {
  return parseStrict(args, OPTIONS, {
    command: 'health',
    usageExit: HEALTH_EXIT.usage,
    positional: {
      message: (word) => `Unexpected argument “${word}”: the integration goes after --integration.`,
      hint: 'A name with spaces needs quotes, e.g. --integration "Acme UK".',
    },
  });
}

async function unlockVault(app: ConsoleApp): Promise<void> {
  const status = app.services.vault.status();
  if (!status.initialized) throw new CliError(HEALTH_EXIT.cannotRun, 'The vault has not been set up in this data folder, so there is nothing to check.', 'Set up the integration in the console first.');
  if (status.kind === 'keychain') {
    throw new CliError(HEALTH_EXIT.cannotRun, "This data folder's vault is protected by the desktop app's system keychain, which a terminal cannot use.", 'Use the Health page of the desktop app; it checks on its own schedule while open.');
  }
  const passphrase = process.env.CONSOLE_VAULT_PASSPHRASE;
  if (!passphrase) throw new CliError(HEALTH_EXIT.cannotRun, 'The vault is locked and CONSOLE_VAULT_PASSPHRASE is not set.', 'Set it in the scheduled task’s environment (never on the command line).');
  await app.services.vault.unlock(passphrase);
}

const EXIT_BY_VERDICT: Record<HealthVerdict, number> = { ok: HEALTH_EXIT.healthy, warn: HEALTH_EXIT.warning, fail: HEALTH_EXIT.failure };
const MARK: Record<HealthVerdict, string> = { ok: 'OK  ', warn: 'WARN', fail: 'FAIL' };

async function run(): Promise<number> {
  const argv = process.argv.slice(2);
  const opts = parseOptions(argv);
  if (opts.help || argv.length === 0) {
    console.log(USAGE);
    return argv.length === 0 ? HEALTH_EXIT.usage : HEALTH_EXIT.healthy;
  }
  const nameOrId = opts.integration?.trim();
  if (!nameOrId) throw new CliError(HEALTH_EXIT.usage, '--integration is required.', USAGE);
  const dataDir = path.resolve(opts['data-dir'] ?? defaultDataDir());
  if (!fs.existsSync(path.join(dataDir, DB_FILE))) {
    throw new CliError(HEALTH_EXIT.cannotRun, `No console data in ${dataDir}.`, 'Pass the folder the console uses with --data-dir.');
  }
  const app = await createConsoleApp({ dataDir, mode: 'browser' });
  try {
    const s = app.services;
    const integration = s.integrations.findByName(nameOrId) ?? s.integrations.find(nameOrId);
    if (!integration) {
      const names = s.integrations.list().map((i) => `“${i.name}”`);
      throw new CliError(HEALTH_EXIT.cannotRun, `No integration called “${nameOrId}” in this data folder.`, names.length ? `Known integrations: ${names.join(', ')}.` : 'This data folder has no integrations yet.');
    }
    await unlockVault(app);
    const r = await s.health.run(integration.id, 'cli');
    if (opts.json) {
      console.log(JSON.stringify({ integration: { id: integration.id, name: integration.name, environment: integration.environment }, run: r }, null, 2));
    } else {
      console.log(`Health of “${integration.name}” (${t(ENVIRONMENT_LABEL_IDS[integration.environment])}) at ${r.at}: ${t(VERDICT_LABEL_IDS[r.verdict])}`);
      for (const c of r.results) {
        console.log(`  ${MARK[c.verdict]}  ${t(CHECK_TITLE_IDS[c.check])}: ${c.summary}`);
        for (const e of c.evidence) console.log(`          ${e}`);
        if (c.verdict !== 'ok' && c.fixLink) console.log(`          Fix: ${c.fixLink.label}${c.fixLink.url ? ` (${c.fixLink.url})` : ''}`);
      }
    }
    return EXIT_BY_VERDICT[r.verdict];
  } finally {
    await app.close();
  }
}

try {
  process.exitCode = await run();
} catch (e) {
  const err = e instanceof CliError ? e : e instanceof AppError ? new CliError(HEALTH_EXIT.cannotRun, e.message, e.hint) : null;
  if (err) {
    console.error(err.message);
    if (err.hint) console.error(err.hint);
    process.exitCode = err.exitCode;
  } else {
    console.error(`The health check failed unexpectedly (${e instanceof Error ? e.name : 'error'}).`);
    process.exitCode = HEALTH_EXIT.cannotRun;
  }
}
