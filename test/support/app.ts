import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConsoleApp, type AppOptions, type ConsoleApp } from '../../main/app';

export function tempDir(prefix = 'console-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real console app on a real SQLite file in a temp folder, as browser mode builds it. */
export async function makeApp(opts: Partial<AppOptions> = {}): Promise<ConsoleApp> {
  return createConsoleApp({ dataDir: opts.dataDir ?? tempDir(), mode: 'browser', ...opts });
}

/** Calls a channel and unwraps the envelope, throwing the error body on failure. */
export async function call<T = unknown>(app: ConsoleApp, channel: string, input: unknown = {}): Promise<T> {
  const env = await app.dispatch(channel, input);
  if (!env.ok) throw Object.assign(new Error(env.error.message), env.error);
  return env.data as T;
}

export const PASSPHRASE = 'correct horse battery staple';

/** Every file under a folder, for canary scans. */
export function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** A typed refusal as the gate returns it. */
export type CallError = { code: string; message: string; hint?: string };

/** The refusal a call ends in; the test fails if the call succeeds. */
export async function fails(p: Promise<unknown>): Promise<CallError> {
  try {
    await p;
  } catch (e) {
    return e as CallError;
  }
  throw new Error('expected a failure');
}
