// The two programs the tests drive that npm cannot install: a Chromium-family browser (the handoff
// page, the end-to-end tests, the benchmark) and GnuPG (the interoperability checks). Every entry
// that launches one asks here, so a contributor's machine is searched the same way everywhere, and
// a missing program stops `npm test` before any test with one line saying what to install.
//
// The search is a pure function of a Host (platform, environment, which files exist), so each
// platform's rules are unit-tested on any machine with a faked file system.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export interface Host {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** True when a file (or a link to one) exists at this path. */
  isFile(file: string): boolean;
  /** Where this playwright-core version keeps the Chromium it downloads; it may not exist. */
  playwrightChromium(): string | undefined;
}

export interface Found {
  path: string;
  /** Where it was found, in words, for logs. */
  from: string;
}

export interface FoundGpg extends Found {
  /** gpgconf from the same installation (stops the agent a test started), or the bare name. */
  gpgconf: string;
}

/** A program the tests need is not on this machine. The message is one line: what to do. */
export class MissingTool extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingTool';
  }
}

export const realHost: Host = {
  platform: process.platform,
  env: process.env,
  isFile(file) {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  playwrightChromium() {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
};

// Windows paths are built with Windows rules even when the unit tests run elsewhere.
const pathsOf = (host: Host) => (host.platform === 'win32' ? path.win32 : path.posix);

/** Environment variables are case-insensitive on Windows (`Path`, `ProgramFiles`). */
function envOf(host: Host, name: string): string | undefined {
  if (host.platform !== 'win32') return host.env[name] || undefined;
  const key = Object.keys(host.env).find((k) => k.toUpperCase() === name.toUpperCase());
  return (key && host.env[key]) || undefined;
}

function searchPath(host: Host, names: string[]): string | undefined {
  const p = pathsOf(host);
  const dirs = (envOf(host, 'PATH') ?? '').split(p.delimiter).map((d) => d.replace(/^"(.*)"$/, '$1')).filter(Boolean);
  for (const dir of dirs) {
    for (const name of names) {
      const file = p.join(dir, name);
      if (host.isFile(file)) return file;
    }
  }
  return undefined;
}

/** An override variable: honoured if it names a file, a one-line error if it names nothing. */
function fromOverride(host: Host, variable: string, what: string): Found | undefined {
  const value = envOf(host, variable);
  if (!value) return undefined;
  if (host.isFile(value)) return { path: value, from: variable };
  throw new MissingTool(`${variable} is set to ${value}, but there is no file there: point it at ${what}, or unset it to use the one installed on this machine.`);
}

const firstFile = (host: Host, candidates: Array<[string, string]>): Found | undefined => {
  for (const [file, from] of candidates) if (host.isFile(file)) return { path: file, from };
  return undefined;
};

/** Program Files folders, with Windows' own defaults when the variables are missing. */
function windowsRoots(host: Host) {
  return {
    programFiles: envOf(host, 'ProgramFiles') ?? 'C:\\Program Files',
    programFilesX86: envOf(host, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)',
    localAppData: envOf(host, 'LOCALAPPDATA'),
  };
}

function systemBrowsers(host: Host): Array<[string, string]> {
  const p = pathsOf(host);
  switch (host.platform) {
    case 'linux':
      return [
        ['/usr/bin/chromium', 'Debian Chromium'],
        ['/usr/bin/chromium-browser', 'Ubuntu/Fedora Chromium'],
        ['/usr/bin/google-chrome-stable', 'Google Chrome'],
        ['/usr/bin/google-chrome', 'Google Chrome'],
        // Where Playwright's `channel: 'chrome'` looks.
        ['/opt/google/chrome/chrome', 'Google Chrome'],
        ['/snap/bin/chromium', 'Chromium snap'],
      ];
    case 'darwin': {
      const apps = ['/Applications'];
      const home = envOf(host, 'HOME');
      if (home) apps.push(p.join(home, 'Applications'));
      return apps.flatMap((dir): Array<[string, string]> => [
        [p.join(dir, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'), 'Google Chrome'],
        [p.join(dir, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'), 'Chromium'],
        [p.join(dir, 'Microsoft Edge.app', 'Contents', 'MacOS', 'Microsoft Edge'), 'Microsoft Edge'],
      ]);
    }
    case 'win32': {
      const { programFiles, programFilesX86, localAppData } = windowsRoots(host);
      // Playwright's `channel: 'chrome'` looks in these three, in this order.
      const roots = [localAppData, programFiles, programFilesX86].filter((r): r is string => !!r);
      return [
        ...roots.map((r): [string, string] => [p.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), 'Google Chrome']),
        ...roots.map((r): [string, string] => [p.join(r, 'Chromium', 'Application', 'chrome.exe'), 'Chromium']),
        // Every Windows 10 and 11 machine has Edge, which is Chromium too.
        ...[programFilesX86, programFiles].map((r): [string, string] => [p.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), 'Microsoft Edge']),
      ];
    }
    default:
      return [];
  }
}

const BROWSER_NAMES_ON_PATH: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'],
  darwin: ['chromium'],
  win32: ['chrome.exe', 'msedge.exe'],
};

const INSTALL: Record<'browser' | 'gpg' | 'both', Partial<Record<NodeJS.Platform, string>>> = {
  browser: { linux: 'sudo apt-get install chromium', darwin: 'brew install --cask google-chrome', win32: 'winget install -e --id Google.Chrome' },
  gpg: { linux: 'sudo apt-get install gnupg', darwin: 'brew install gnupg', win32: 'winget install -e --id GnuPG.Gpg4win' },
  both: {
    linux: 'sudo apt-get install chromium gnupg',
    darwin: 'brew install gnupg && brew install --cask google-chrome',
    win32: 'winget install -e --id GnuPG.Gpg4win; winget install -e --id Google.Chrome',
  },
};
const PLAYWRIGHT_DOWNLOAD = 'or, where downloads are allowed, run `npx playwright install chromium`';

function browserAdvice(host: Host): string {
  const cmd = INSTALL.browser[host.platform];
  return `${cmd ? `install one with \`${cmd}\`, ` : 'install Chromium or Google Chrome, '}or set CHROMIUM_PATH to one, ${PLAYWRIGHT_DOWNLOAD}`;
}

function gpgAdvice(host: Host): string {
  const cmd = INSTALL.gpg[host.platform];
  return `${cmd ? `install it with \`${cmd}\`` : 'install GnuPG 2.2 or later'}, or set GPG_PATH to gpg`;
}

/**
 * The browser for Playwright: CHROMIUM_PATH if set; else a system Chromium, Chrome or Edge in this
 * platform's usual places or on PATH; else the Chromium Playwright has already downloaded.
 * Throws MissingTool with one line saying what to install.
 */
export function findChromium(host: Host = realHost): Found {
  const chosen = fromOverride(host, 'CHROMIUM_PATH', 'a Chromium or Chrome executable');
  if (chosen) return chosen;
  const system = firstFile(host, systemBrowsers(host));
  if (system) return system;
  const onPath = searchPath(host, BROWSER_NAMES_ON_PATH[host.platform] ?? []);
  if (onPath) return { path: onPath, from: 'PATH' };
  const downloaded = host.playwrightChromium();
  if (downloaded && host.isFile(downloaded)) return { path: downloaded, from: 'Playwright’s downloaded Chromium' };
  throw new MissingTool(`No Chromium or Chrome found for the browser tests: ${browserAdvice(host)}.`);
}

function gpgLocations(host: Host): Array<[string, string]> {
  const p = pathsOf(host);
  switch (host.platform) {
    case 'linux':
      return [['/usr/bin/gpg', 'GnuPG'], ['/usr/local/bin/gpg', 'GnuPG']];
    case 'darwin':
      // A shell started from Finder or an IDE often lacks Homebrew's folder on PATH.
      return [
        ['/opt/homebrew/bin/gpg', 'Homebrew GnuPG'],
        ['/usr/local/bin/gpg', 'Homebrew GnuPG'],
        ['/usr/local/MacGPG2/bin/gpg', 'GPG Suite'],
        ['/opt/local/bin/gpg', 'MacPorts GnuPG'],
      ];
    case 'win32': {
      const { programFiles, programFilesX86 } = windowsRoots(host);
      // Gpg4win up to 4.x installs 32-bit GnuPG under Program Files (x86); 5.x is 64-bit.
      return [
        [p.join(programFilesX86, 'GnuPG', 'bin', 'gpg.exe'), 'Gpg4win'],
        [p.join(programFiles, 'GnuPG', 'bin', 'gpg.exe'), 'Gpg4win'],
      ];
    }
    default:
      return [];
  }
}

/**
 * GnuPG for the interoperability tests: GPG_PATH if set; else gpg on PATH; else Gpg4win, GPG Suite,
 * Homebrew or MacPorts in their usual places. Throws MissingTool with one line saying what to install.
 */
export function findGpg(host: Host = realHost): FoundGpg {
  const exe = host.platform === 'win32' ? '.exe' : '';
  const found =
    fromOverride(host, 'GPG_PATH', 'the gpg executable') ??
    (() => {
      const onPath = searchPath(host, [`gpg${exe}`]);
      return onPath ? { path: onPath, from: 'PATH' } : undefined;
    })() ??
    firstFile(host, gpgLocations(host));
  if (!found) throw new MissingTool(`GnuPG (gpg) not found for the handoff interoperability tests: ${gpgAdvice(host)}.`);
  const p = pathsOf(host);
  const sibling = p.join(p.dirname(found.path), `gpgconf${exe}`);
  return { ...found, gpgconf: host.isFile(sibling) ? sibling : `gpgconf${exe}` };
}

/**
 * What `npm test` lacks on this machine, as the one line to print, or null when both are there.
 * A variable pointing nowhere is reported as such; two missing programs share one install command.
 */
export function missingPrerequisites(host: Host = realHost): string | null {
  const problem = (find: () => unknown) => {
    try {
      find();
      return null;
    } catch (e) {
      if (e instanceof MissingTool) return e;
      throw e;
    }
  };
  const browser = problem(() => findChromium(host));
  const gpg = problem(() => findGpg(host));
  if (!browser && !gpg) return null;
  const isOverride = (e: MissingTool | null) => !!e && /^(CHROMIUM|GPG)_PATH /.test(e.message);
  if (browser && gpg && !isOverride(browser) && !isOverride(gpg)) {
    const cmd = INSTALL.both[host.platform];
    return `npm test cannot start: it needs Chromium (or Chrome) and GnuPG, and found neither: ${cmd ? `install both with \`${cmd}\`` : 'install Chromium or Google Chrome, and GnuPG 2.2 or later'}, or set CHROMIUM_PATH and GPG_PATH (for the browser, ${PLAYWRIGHT_DOWNLOAD}).`;
  }
  return `npm test cannot start: ${[browser, gpg].filter((e): e is MissingTool => !!e).map((e) => e.message).join(' ')}`;
}

/** Flags for a browser that runs headless on a CI box or in a container, often as root. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Options for `chromium.launch` (or Playwright's `use.launchOptions`). */
export function chromiumLaunchOptions(extraArgs: string[] = []): { executablePath: string; args: string[] } {
  return { executablePath: findChromium().path, args: [...CHROMIUM_ARGS, ...extraArgs] };
}
