// What `npm start` prints when the desktop window cannot open (one line per reason, naming the
// command that fixes it), and while it prepares SQLite for Electron. `next` says what follows:
// browser mode, or nothing (`--prepare-sqlite`).
export default {
  noDisplay: 'Electron cannot start here because there is no display (DISPLAY/WAYLAND_DISPLAY unset){next, select, browser {: starting browser mode instead.} other {.}}',
  noBinary: 'Electron cannot start here because the Electron binary is not installed and could not be downloaded (offline?){next, select, browser {: starting browser mode instead.} other {.}}',
  sqliteUnavailable:
    'Electron cannot start here because SQLite could not be built for Electron {electron} (offline, or no C++ compiler; details in {log}): run `{command}` where the network is available, then `npm start`{next, select, browser {; starting browser mode instead.} other {.}}',
  sqliteAbi:
    'Electron cannot start here because the SQLite build for Electron {electron} targets NODE_MODULE_VERSION {built}, not {required}: run `{command}`, then `npm start`{next, select, browser {; starting browser mode instead.} other {.}}',
  sqliteFailed: 'Electron {electron} could not load its SQLite build: run `{command}`, then `npm start`{next, select, browser {; starting browser mode instead.} other {.}}',
  exited: 'Electron exited at start (code {code}){next, select, browser {: starting browser mode instead.} other {.}}',
  unknownVersion: 'unknown',
  preparing: 'Preparing SQLite for Electron {electron} ({platform}-{arch}); first run only, this can take a minute…',
  ready: 'SQLite for Electron {electron} ({platform}-{arch}) is ready: {file}',
} as const;
