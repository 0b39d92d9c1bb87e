import fs from 'node:fs';
import path from 'node:path';
import { createConsoleApp, type ConsoleApp } from '../app';
import { AppError } from '../shared/errors';
import { currentLocale, setLocale, t } from '../shared/i18n';
import { formatDateTimeZoned } from '../shared/time';
import { ENVIRONMENT_LABEL_IDS } from '../shared/regions';
import { CHECK_TITLE_IDS, HEALTH_EXIT, VERDICT_LABEL_IDS, type HealthVerdict } from '../shared/health';
import { DB_FILE } from '../store/db';
import { defaultDataDir } from './data-dir';
import { LANGUAGE_OPTION, useCliLanguage } from './language';
import { CliError, parseStrict, unknownIntegration } from './options';

// `npm run health -- --integration <name> [--json]`: the health watch from a terminal or a scheduler
// (cron, Windows Task Scheduler). The run is stored like one made in the console, so the Health page
// shows it; the exit code says how it went.

const usage = () => t('cli.health.usage', {
  dataDir: defaultDataDir(),
  healthy: HEALTH_EXIT.healthy, warning: HEALTH_EXIT.warning, usage: HEALTH_EXIT.usage, failure: HEALTH_EXIT.failure, cannotRun: HEALTH_EXIT.cannotRun,
});

const OPTIONS = {
  integration: { type: 'string' },
  json: { type: 'boolean' },
  'data-dir': { type: 'string' },
  ...LANGUAGE_OPTION,
  help: { type: 'boolean', short: 'h' },
} as const;

/** Strict: a misspelled option stops the run instead of checking with a default. */
function parseOptions(args: string[]) {
  return parseStrict(args, OPTIONS, {
    command: 'health',
    usageExit: HEALTH_EXIT.usage,
    positional: {
      message: (word) => t('cli.health.positional', { word }),
      hint: t('cli.health.positional.hint'),
    },
  });
}

async function unlockVault(app: ConsoleApp): Promise<void> {
  const status = app.services.vault.status();
  if (!status.initialized) throw new CliError(HEALTH_EXIT.cannotRun, t('cli.health.noVault'), t('cli.health.noVault.hint'));
  if (status.kind === 'keychain') {
    throw new CliError(HEALTH_EXIT.cannotRun, t('cli.health.keychain'), t('cli.health.keychain.hint'));
  }
  const passphrase = process.env.CONSOLE_VAULT_PASSPHRASE;
  if (!passphrase) throw new CliError(HEALTH_EXIT.cannotRun, t('cli.health.locked'), t('cli.health.locked.hint'));
  await app.services.vault.unlock(passphrase);
}

const EXIT_BY_VERDICT: Record<HealthVerdict, number> = { ok: HEALTH_EXIT.healthy, warn: HEALTH_EXIT.warning, fail: HEALTH_EXIT.failure };
const MARK = { ok: 'cli.health.mark.ok', warn: 'cli.health.mark.warn', fail: 'cli.health.mark.fail' } as const satisfies Record<HealthVerdict, string>;
/** The verdict marks, padded to one width so the check titles line up. */
function marks(): Record<HealthVerdict, string> {
  const words = { ok: t(MARK.ok), warn: t(MARK.warn), fail: t(MARK.fail) };
  const width = Math.max(...Object.values(words).map((w) => w.length));
  return { ok: words.ok.padEnd(width), warn: words.warn.padEnd(width), fail: words.fail.padEnd(width) };
}

async function run(): Promise<number> {
  const argv = process.argv.slice(2);
  const locale = useCliLanguage(argv, HEALTH_EXIT.usage);
  const opts = parseOptions(argv);
  if (opts.help || argv.length === 0) {
    console.log(usage());
    return argv.length === 0 ? HEALTH_EXIT.usage : HEALTH_EXIT.healthy;
  }
  const nameOrId = opts.integration?.trim();
  if (!nameOrId) throw new CliError(HEALTH_EXIT.usage, t('cli.required', { name: 'integration' }), usage());
  const dataDir = path.resolve(opts['data-dir'] ?? defaultDataDir());
  if (!fs.existsSync(path.join(dataDir, DB_FILE))) {
    throw new CliError(HEALTH_EXIT.cannotRun, t('cli.noData', { dir: dataDir }), t('cli.noData.hint'));
  }
  const app = await createConsoleApp({ dataDir, mode: 'browser' });
  // The app's preferences set the language for the process; the command's own choice stands.
  setLocale(locale);
  try {
    const s = app.services;
    const integration = s.integrations.findByName(nameOrId) ?? s.integrations.find(nameOrId);
    if (!integration) throw unknownIntegration(HEALTH_EXIT.cannotRun, nameOrId, s.integrations.list().map((i) => i.name));
    await unlockVault(app);
    const r = await s.health.run(integration.id, 'cli');
    if (opts.json) {
      console.log(JSON.stringify({ integration: { id: integration.id, name: integration.name, environment: integration.environment }, run: r }, null, 2));
    } else {
      const at = formatDateTimeZoned(r.at, { locale: currentLocale() });
      console.log(t('cli.health.header', { name: integration.name, environment: t(ENVIRONMENT_LABEL_IDS[integration.environment]), at, verdict: t(VERDICT_LABEL_IDS[r.verdict]) }));
      const mark = marks();
      const indent = ' '.repeat(mark.ok.length + 6);
      for (const c of r.results) {
        console.log(t('cli.health.line', { mark: mark[c.verdict], title: t(CHECK_TITLE_IDS[c.check]), summary: c.summary }));
        for (const e of c.evidence) console.log(`${indent}${e}`);
        if (c.verdict !== 'ok' && c.fixLink) console.log(indent + (c.fixLink.url ? t('cli.health.fixUrl', { label: c.fixLink.label, url: c.fixLink.url }) : t('cli.health.fix', { label: c.fixLink.label })));
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
    console.error(t('cli.health.unexpected', { name: e instanceof Error ? e.name : 'error' }));
    process.exitCode = HEALTH_EXIT.cannotRun;
  }
}
