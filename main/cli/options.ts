import { parseArgs, type ParseArgsConfig } from 'node:util';
import { t } from '../shared/i18n';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A refusal a terminal command ends with: its exit code, what went wrong and what to do next. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Edit distance, to suggest the option a typo meant (`--recipent` → `--recipient`). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

export function suggestOption(given: string, known: string[]): string | null {
  const name = given.replace(/^-+/, '').split('=')[0];
  const best = known.map((o) => ({ o, d: o.startsWith(name) || name.startsWith(o) ? 1 : distance(name, o) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? `--${best.o}` : null;
}

export interface StrictOptions {
  /** The npm script, named in the hint (`npm run <command> -- --help`). */
  command: string;
  /** Exit code for wrong options. */
  usageExit: number;
  /** What to say about a stray word: every value follows its option. */
  positional: { message: (word: string) => string; hint: string };
}

/**
 * Strict parsing for every command: a misspelled option must stop the run, not be ignored while the
 * command goes on with a default. Unknown options name the likely one.
 */
export function parseStrict<T extends OptionsConfig>(args: string[], options: T, how: StrictOptions) {
  try {
    return parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const code = (e as { code?: string }).code;
    const msg = e instanceof Error ? e.message : String(e);
    const help = t('cli.option.help', { command: how.command });
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const opt = /'([^']+)'/.exec(msg)?.[1] ?? '';
      const hint = suggestOption(opt, Object.keys(options));
      throw new CliError(how.usageExit, hint ? t('cli.option.unknownSuggest', { option: opt, suggestion: hint }) : t('cli.option.unknown', { option: opt }), help);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new CliError(how.usageExit, how.positional.message(/'([^']+)'/.exec(msg)?.[1] ?? ''), how.positional.hint);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const opt = /--[\w-]+/.exec(msg)?.[0];
      if (!opt) throw new CliError(how.usageExit, t('cli.option.someNeedsValue'), help);
      throw new CliError(how.usageExit, t(options[opt.slice(2)]?.type === 'boolean' ? 'cli.option.noValue' : 'cli.option.needsValue', { option: opt }), help);
    }
    throw e;
  }
}

/** The refusal for an integration not in the data folder, naming those that are. */
export function unknownIntegration(exitCode: number, nameOrId: string, known: readonly string[]): CliError {
  const names = known.map((name) => t('cli.quoted', { name }));
  return new CliError(exitCode, t('cli.noIntegration', { name: nameOrId }), names.length ? t('cli.knownIntegrations', { names: names.join(', ') }) : t('cli.noIntegrations'));
}
