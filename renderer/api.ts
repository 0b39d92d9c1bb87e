// Types only from the contract: the page builds its calls from the plain name list, so zod and
// the schemas stay out of the first screen's code (main validates every call anyway).
import type { Api, Envelope } from '../main/ipc/contract';
import { CHANNEL_NAMES } from '../main/ipc/contract/names';
import type { ErrorCode } from '../main/shared/error-codes';
import type { MessageValues } from '../main/shared/i18n/catalog';
import { MESSAGES_EN } from './i18n/messages-en';
import type { MessageId } from './i18n';

/** The page's own words for an error: ErrorNote says them in the console's language when it shows it. */
export interface ErrorWords {
  message: MessageId;
  hint?: MessageId;
  values?: MessageValues;
}

/** An error from main, in the contract's shape: what happened and what to do next. */
export class ApiError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly hint?: string, readonly words?: ErrorWords) {
    super(message);
  }
}

/**
 * An error the page raises itself (main never saw it). Its message and hint are the English ones,
 * so it reads anywhere, even before React renders; ErrorNote words it in the chosen language.
 */
export function localError(code: ErrorCode, message: MessageId, hint?: MessageId, values?: MessageValues): ApiError {
  return new ApiError(code, plainEnglish(message, values), hint && plainEnglish(hint, values), { message, hint, values });
}

/**
 * A message's English text without FormatJS: in the build, catalogs arrive compiled (literal and
 * argument elements); under tests, as ICU strings. Enough for the page's own simple messages.
 */
function plainEnglish(id: MessageId, values?: MessageValues): string {
  const m = MESSAGES_EN[id] as unknown as string | readonly { type: number; value: string }[];
  const value = (k: string) => String(values?.[k] ?? `{${k}}`);
  if (typeof m === 'string') return m.replace(/\{(\w+)\}/g, (_, k: string) => value(k));
  return m.map((e) => (e.type === 0 ? e.value : e.type === 1 ? value(e.value) : '')).join('');
}

type Bridge = Record<string, Record<string, (input: unknown) => Promise<Envelope>>>;
declare global {
  interface Window {
    consoleBridge?: Bridge;
  }
}

export const VAULT_LOCKED_EVENT = 'console:vault-locked';

/**
 * Browser mode: the one-use token arrives in the URL fragment and is traded at once for an
 * HttpOnly session cookie; it is never stored. A reload (no fragment) relies on the cookie alone.
 * A refused exchange (the address was already used) is not an error here: if this browser already
 * holds the cookie, calls work; if not, the first call says how to sign in.
 */
function signIn(): Promise<void> {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  // Tabs from before the cookie sign-in kept the token here; it is of no use any more.
  sessionStorage.removeItem('console-token');
  if (!m) return Promise.resolve();
  history.replaceState(null, '', window.location.pathname + window.location.search);
  return fetch('./session', { method: 'POST', headers: { Authorization: `Bearer ${m[1]}` }, credentials: 'same-origin' }).then(
    () => undefined,
    () => undefined,
  );
}

export const mode: 'electron' | 'browser' = window.consoleBridge ? 'electron' : 'browser';
export const signedIn = mode === 'browser' ? signIn() : Promise.resolve();

async function call(channel: string, input: unknown): Promise<unknown> {
  let env: Envelope;
  if (window.consoleBridge) {
    const [d, m] = channel.split('.');
    env = await window.consoleBridge[d][m](input);
  } else {
    let res: Response;
    await signedIn;
    try {
      res = await fetch(`./rpc/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw localError('offline', 'shell.error.offline', 'shell.error.offline.hint');
    }
    env = (await res.json()) as Envelope;
  }
  if (!env.ok) {
    // Any call can find the vault locked (idle timeout): the shell returns to the unlock screen.
    if (env.error.code === 'vault_locked') window.dispatchEvent(new Event(VAULT_LOCKED_EVENT));
    throw new ApiError(env.error.code, env.error.message, env.error.hint);
  }
  return env.data;
}

function build(): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [domain, methods] of Object.entries(CHANNEL_NAMES)) {
    api[domain] = {};
    for (const method of methods) api[domain][method] = (input?: unknown) => call(`${domain}.${method}`, input ?? {});
  }
  return api as unknown as Api;
}

export const api = build();
