import fs from 'node:fs';
import path from 'node:path';
import type { LogFunctions, LogMessage, MainLogger, NodeLogger } from 'electron-log';
import { LOG_FILE } from './paths';

// One file log for both runtimes, through electron-log (electron-log/main in Electron,
// electron-log/node in browser mode and the CLIs). The file rotates at 1 MB to console.old.log.
// Only events the console chooses to log reach it (nothing hooks console.*), and a redaction
// hook masks anything shaped like a credential in case one slips into a message.

export type ConsoleLog = Pick<LogFunctions, 'info' | 'warn' | 'error'> & { file: string; dir: string };

const MAX_BYTES = 1_048_576;

const REDACTIONS: [RegExp, string][] = [
  [/(#|[?&])token=[^\s&#"']+/gi, '$1token=[redacted]'],
  [/\b(Api-Key|Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, '$1 [redacted]'],
  [/\b(password|passphrase|secret|api[_-]?key|token)(["']?\s*[:=]\s*["']?)[^\s"',}&]+/gi, '$1$2[redacted]'],
];

export function redact(text: string): string {
  return REDACTIONS.reduce((t, [re, to]) => t.replace(re, to), text);
}

function redactValue(v: unknown): unknown {
  if (typeof v === 'string') return redact(v);
  // Errors are logged by name and code only: messages can quote input.
  if (v instanceof Error) return `${v.name}${(v as NodeJS.ErrnoException).code ? ` (${(v as NodeJS.ErrnoException).code})` : ''}`;
  if (v && typeof v === 'object') return redact(JSON.stringify(v));
  return v;
}

export function redactHook(message: LogMessage): LogMessage {
  return { ...message, data: message.data.map(redactValue) };
}

export function configureFileLog(log: MainLogger | NodeLogger, dir: string): ConsoleLog {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, LOG_FILE);
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = MAX_BYTES;
  log.transports.file.level = 'info';
  // The terminal gets the console's own lines; the log file is separate.
  log.transports.console.level = false;
  log.hooks.push(redactHook);
  return { info: log.info.bind(log), warn: log.warn.bind(log), error: log.error.bind(log), file, dir };
}
