import { AppError, toErrorInfo } from '../shared/errors';
import { findChannel, type Envelope, type Handlers } from './contract';
import { findIllFormed } from './contract/define';
import { t } from '../shared/i18n';
import { parseOptions, issueText } from '../shared/i18n/zod-issues';

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope>;

export interface DispatchOptions {
  /** Called for errors that are not AppErrors (bugs): logged by the host without the input. */
  onUnexpected?: (channel: string, err: unknown) => void;
  /** Called before every accepted call (activity for the vault's idle timer). */
  onCall?: (channel: string) => void;
}

/**
 * The single gate between the outside (IPC or HTTP) and the services: unknown channels and
 * inputs that fail the contract are refused before any service code runs.
 */
export function createDispatch(handlers: Handlers, opts: DispatchOptions = {}): Dispatch {
  return async (channel, input) => {
    const def = typeof channel === 'string' ? findChannel(channel) : undefined;
    if (!def) return fail(new AppError('unknown_channel', t('errors.dispatch.unknownChannel', { channel: printable(channel) }), t('errors.dispatch.unknownChannel.hint')));
    const broken = findIllFormed(input);
    if (broken) {
      const where = broken.path.length ? `${broken.path.join('.')}: ` : '';
      return fail(new AppError('invalid_input', t('errors.dispatch.invalid', { channel, detail: `${where}${t('contract.illFormed')}` }), t('errors.dispatch.invalid.hint')));
    }
    const parsed = def.input.safeParse(input ?? {}, parseOptions());
    if (!parsed.success) {
      const detail = parsed.error.issues.slice(0, 3).map(issueText).join('; ');
      return fail(new AppError('invalid_input', t('errors.dispatch.invalid', { channel, detail }), t('errors.dispatch.invalid.hint')));
    }
    const [d, m] = channel.split('.');
    const fn = (handlers as unknown as Record<string, Record<string, (i: unknown) => unknown>>)[d][m];
    try {
      opts.onCall?.(channel);
      const out = await fn(parsed.data);
      const checked = def.output.safeParse(out);
      if (!checked.success) {
        // i18n-ignore: a log line for developers
        opts.onUnexpected?.(channel, new Error(`output of ${channel} does not match the contract: ${checked.error.issues.map((i) => i.path.join('.') + ' ' + i.code).join(', ')}`));
        return fail(new AppError('internal', t('errors.dispatch.badOutput'), t('errors.dispatch.badOutput.hint')));
      }
      return { ok: true, data: checked.data };
    } catch (err) {
      const known = err instanceof AppError ? err : fromStoreError(err);
      if (!known) opts.onUnexpected?.(channel, err);
      return { ok: false, error: toErrorInfo(known ?? err) };
    }
  };
}

/** A channel name as it may be shown back: short, and only printable, well-formed characters. */
function printable(channel: unknown): string {
  if (typeof channel !== 'string') return t('errors.dispatch.notAName');
  return [...channel.slice(0, 80)].map((c) => (/^[\p{L}\p{N}\p{P}\p{S} ]$/u.test(c) ? c : '�')).join('');
}

/**
 * A reference to a row that does not exist reaches SQLite as a foreign-key failure: to the caller
 * that is an id it should not have used, not a fault inside the console.
 */
function fromStoreError(err: unknown): AppError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('not_found', t('errors.dispatch.foreignKey'), t('errors.dispatch.foreignKey.hint'));
  }
  return null;
}

function fail(e: AppError): Envelope {
  return { ok: false, error: e.toInfo() };
}
