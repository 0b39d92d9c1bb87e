import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConsoleApp } from '../app';
import { startWebServer } from '../web/server';
import { argValue, defaultDataDir } from './data-dir';
import { browserLogDir } from '../logging/paths';
import { createNodeLog } from '../logging/node-log';

// Browser mode: `npm run start:web -- [--port N] [--data-dir DIR]`. Also what `npm start` falls back to.
const argv = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const staticDir = argValue(argv, 'static-dir') ?? path.resolve(here, '../renderer');
const dataDir = path.resolve(argValue(argv, 'data-dir') ?? defaultDataDir());
const log = createNodeLog(browserLogDir({ logDirArg: argValue(argv, 'log-dir'), dataDirArg: argValue(argv, 'data-dir') }));
const portArg = argValue(argv, 'port');
const port = portArg ? Number(portArg) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535 (got “${portArg}”).`);
  process.exit(2);
}

const app = await createConsoleApp({
  dataDir,
  mode: 'browser',
  version: readVersion(),
  logDir: log.dir,
  healthSchedule: true,
  onEventError: (name, err) => log.error(`event ${name} not sent: ${err instanceof Error ? err.name : 'error'}`),
  dispatch: {
    onUnexpected: (channel, err) => {
      const what = `${channel} failed: ${err instanceof Error ? err.name : 'error'}`;
      console.error(`[console] ${what}`);
      log.error(what);
    },
  },
});
let server;
try {
  server = await startWebServer({ dispatch: app.dispatch, events: app.events, staticDir, port });
} catch (e) {
  console.error(`Could not listen on 127.0.0.1:${port}: ${(e as NodeJS.ErrnoException).code ?? 'error'}. Choose another --port.`);
  log.error(`browser mode could not listen on 127.0.0.1:${port}`, e);
  await app.close();
  process.exit(1);
}
console.log(`Browser mode: data in ${dataDir}`);
console.log(`Logs in ${log.dir}`);
// The address carries the run's access token: it goes to the terminal only, never to the log file.
log.info(`browser mode started (version ${readVersion() ?? 'unknown'}), data in ${dataDir}`);
console.log(`Open this address in your browser (it carries a one-run access token): ${server.openUrl}`);

const stop = async () => {
  log.info('browser mode stopped');
  await server.close();
  await app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** The console's version from package.json (two folders up from both main/cli/ and dist/main/). */
function readVersion(): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(path.resolve(here, '../../package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}
