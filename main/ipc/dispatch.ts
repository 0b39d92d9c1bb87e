import { AppError, toErrorInfo } from '../shared/errors';
import { findChannel, type Envelope, type Handlers } from './contract';

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
    const def = findChannel(channel);
    if (!def) return fail(new AppError('unknown_channel', `The console has no operation called “${channel.slice(0, 80)}”.`, 'Reload the window; if this persists, reinstall the console.'));
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) {
      const detail = parsed.error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; ');
      return fail(new AppError('invalid_input', `That request was not accepted (${channel}: ${detail}).`, 'Check the highlighted fields and try again.'));
    }
    const [d, m] = channel.split('.');
    const fn = (handlers as unknown as Record<string, Record<string, (i: unknown) => unknown>>)[d][m];
    try {
      opts.onCall?.(channel);
      const out = await fn(parsed.data);
      const checked = def.output.safeParse(out);
      if (!checked.success) {
        opts.onUnexpected?.(channel, new Error(`output of ${channel} does not match the contract: ${checked.error.issues.map((i) => i.path.join('.') + ' ' + i.code).join(', ')}`));
        return fail(new AppError('internal', 'The console produced an answer it does not recognise.', 'Try again; if it keeps happening, export the audit log and contact support.'));
      }
      return { ok: true, data: checked.data };
    } catch (err) {
      if (!(err instanceof AppError)) opts.onUnexpected?.(channel, err);
      return { ok: false, error: toErrorInfo(err) };
    }
  };
}

function fail(e: AppError): Envelope {
  return { ok: false, error: e.toInfo() };
}
