import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, findGpg, missingPrerequisites, MissingTool, realHost, type Host } from '../../support/system-tools';

// Each platform's search, on a faked file system: the files that exist are listed, nothing else does.
function host(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, playwright?: string): Host {
  const existing = new Set(files);
  return { platform, env, isFile: (f) => existing.has(f), playwrightChromium: () => playwright };
}

function missing(find: () => unknown): string {
  try {
    find();
  } catch (e) {
    expect(e).toBeInstanceOf(MissingTool);
    const message = (e as Error).message;
    expect(message).not.toMatch(/\n/);
    return message;
  }
  throw new Error('expected MissingTool');
}

const PW_LINUX = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const PW_MAC = '/Users/dev/Library/Caches/ms-playwright/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
const PW_WIN = 'C:\\Users\\dev\\AppData\\Local\\ms-playwright\\chromium-1255\\chrome-win64\\chrome.exe';
const WIN_ENV = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local', Path: 'C:\\Windows\\system32;C:\\Windows' };

describe('browser resolver: CHROMIUM_PATH', () => {
  for (const platform of ['linux', 'darwin', 'win32'] as const) {
    it(`${platform}: wins over every other browser when it names a file`, () => {
      const chosen = platform === 'win32' ? 'D:\\tools\\chrome\\chrome.exe' : '/opt/custom/chrome';
      const h = host(platform, [chosen, '/usr/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], { CHROMIUM_PATH: chosen });
      expect(findChromium(h)).toEqual({ path: chosen, from: 'CHROMIUM_PATH' });
    });

    it(`${platform}: set but naming nothing is an error in one line, never a fallback to another browser`, () => {
      const h = host(platform, ['/usr/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], { ...WIN_ENV, CHROMIUM_PATH: '/nowhere/chrome' }, PW_LINUX);
      expect(missing(() => findChromium(h))).toBe(
        'CHROMIUM_PATH is set to /nowhere/chrome, but there is no file there: point it at a Chromium or Chrome executable, or unset it to use the one installed on this machine.',
      );
    });
  }

  it('an empty CHROMIUM_PATH counts as unset', () => {
    expect(findChromium(host('linux', ['/usr/bin/chromium'], { CHROMIUM_PATH: '' })).path).toBe('/usr/bin/chromium');
  });
});

describe('browser resolver: linux', () => {
  it("Debian's Chromium", () => {
    expect(findChromium(host('linux', ['/usr/bin/chromium', '/usr/bin/google-chrome'], {}, PW_LINUX))).toEqual({ path: '/usr/bin/chromium', from: 'Debian Chromium' });
  });
  it('Ubuntu: the apt wrapper, or the snap alone', () => {
    expect(findChromium(host('linux', ['/usr/bin/chromium-browser', '/snap/bin/chromium'])).path).toBe('/usr/bin/chromium-browser');
    expect(findChromium(host('linux', ['/snap/bin/chromium'], {}, PW_LINUX))).toEqual({ path: '/snap/bin/chromium', from: 'Chromium snap' });
  });
  it("Google Chrome, including where Playwright's chrome channel looks", () => {
    expect(findChromium(host('linux', ['/usr/bin/google-chrome-stable'])).path).toBe('/usr/bin/google-chrome-stable');
    expect(findChromium(host('linux', ['/opt/google/chrome/chrome'])).path).toBe('/opt/google/chrome/chrome');
  });
  it('a browser on PATH outside the usual folders', () => {
    const h = host('linux', ['/home/dev/bin/chromium'], { PATH: '/usr/local/bin:/home/dev/bin:/usr/bin' });
    expect(findChromium(h)).toEqual({ path: '/home/dev/bin/chromium', from: 'PATH' });
  });
  it('only when no system browser exists: the Chromium Playwright already downloaded', () => {
    expect(findChromium(host('linux', [PW_LINUX], { PATH: '/usr/bin' }, PW_LINUX))).toEqual({ path: PW_LINUX, from: 'Playwright’s downloaded Chromium' });
  });
  it("Playwright's path is not taken when nothing was downloaded there", () => {
    expect(missing(() => findChromium(host('linux', [], { PATH: '/usr/bin' }, PW_LINUX)))).toBe(
      'No Chromium or Chrome found for the browser tests: install one with `sudo apt-get install chromium`, or set CHROMIUM_PATH to one, or, where downloads are allowed, run `npx playwright install chromium`.',
    );
  });
});

describe('browser resolver: macOS', () => {
  const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  it('Google Chrome first, then Chromium, then Edge, in /Applications', () => {
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findChromium(host('darwin', [chromium, chrome], {}, PW_MAC))).toEqual({ path: chrome, from: 'Google Chrome' });
    expect(findChromium(host('darwin', [chromium, edge])).path).toBe(chromium);
    expect(findChromium(host('darwin', [edge])).path).toBe(edge);
  });
  it('an app installed for one user in ~/Applications', () => {
    const mine = '/Users/dev/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(host('darwin', [mine], { HOME: '/Users/dev' })).path).toBe(mine);
  });
  it("Playwright's download when no app is installed", () => {
    expect(findChromium(host('darwin', [PW_MAC], { HOME: '/Users/dev' }, PW_MAC)).path).toBe(PW_MAC);
  });
  it('nothing: says to use Homebrew', () => {
    expect(missing(() => findChromium(host('darwin', [], { HOME: '/Users/dev', PATH: '/usr/bin:/bin' }, PW_MAC)))).toBe(
      'No Chromium or Chrome found for the browser tests: install one with `brew install --cask google-chrome`, or set CHROMIUM_PATH to one, or, where downloads are allowed, run `npx playwright install chromium`.',
    );
  });
});

describe('browser resolver: Windows', () => {
  it('Chrome for one user (%LOCALAPPDATA%) before Chrome for all (%ProgramFiles%), as Playwright orders them', () => {
    const user = 'C:\\Users\\dev\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const all = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium(host('win32', [all, user], WIN_ENV))).toEqual({ path: user, from: 'Google Chrome' });
    expect(findChromium(host('win32', [all], WIN_ENV)).path).toBe(all);
  });
  it('32-bit Chrome under %ProgramFiles(x86)%, and variables in any letter case', () => {
    const x86 = 'D:\\Apps (x86)\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium(host('win32', [x86], { PROGRAMFILES: 'D:\\Apps', 'PROGRAMFILES(X86)': 'D:\\Apps (x86)' })).path).toBe(x86);
  });
  it("Edge, which every Windows 10 and 11 machine has, when there is no Chrome", () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium(host('win32', [edge], WIN_ENV, PW_WIN))).toEqual({ path: edge, from: 'Microsoft Edge' });
  });
  it("Windows' default folders when the variables are missing", () => {
    expect(findChromium(host('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], {})).path).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });
  it("Playwright's download, then a line naming winget", () => {
    expect(findChromium(host('win32', [PW_WIN], WIN_ENV, PW_WIN)).path).toBe(PW_WIN);
    expect(missing(() => findChromium(host('win32', [], WIN_ENV, PW_WIN)))).toBe(
      'No Chromium or Chrome found for the browser tests: install one with `winget install -e --id Google.Chrome`, or set CHROMIUM_PATH to one, or, where downloads are allowed, run `npx playwright install chromium`.',
    );
  });
});

describe('GnuPG lookup', () => {
  it('linux: gpg on PATH, with its gpgconf', () => {
    const h = host('linux', ['/usr/bin/gpg', '/usr/bin/gpgconf'], { PATH: '/usr/local/bin:/usr/bin' });
    expect(findGpg(h)).toEqual({ path: '/usr/bin/gpg', from: 'PATH', gpgconf: '/usr/bin/gpgconf' });
  });
  it('linux: GPG_PATH wins; pointing nowhere is a one-line error', () => {
    const h = host('linux', ['/usr/bin/gpg', '/opt/gnupg/bin/gpg'], { PATH: '/usr/bin', GPG_PATH: '/opt/gnupg/bin/gpg' });
    expect(findGpg(h)).toEqual({ path: '/opt/gnupg/bin/gpg', from: 'GPG_PATH', gpgconf: 'gpgconf' });
    expect(missing(() => findGpg(host('linux', ['/usr/bin/gpg'], { GPG_PATH: '/opt/none/gpg' })))).toBe(
      'GPG_PATH is set to /opt/none/gpg, but there is no file there: point it at the gpg executable, or unset it to use the one installed on this machine.',
    );
  });
  it('linux: nothing → apt-get', () => {
    expect(missing(() => findGpg(host('linux', [], { PATH: '/usr/bin' })))).toBe(
      'GnuPG (gpg) not found for the handoff interoperability tests: install it with `sudo apt-get install gnupg`, or set GPG_PATH to gpg.',
    );
  });
  it('macOS: Homebrew on Apple silicon and Intel, GPG Suite, even when PATH lacks them', () => {
    const path = { PATH: '/usr/bin:/bin' };
    expect(findGpg(host('darwin', ['/opt/homebrew/bin/gpg', '/opt/homebrew/bin/gpgconf'], path))).toEqual({ path: '/opt/homebrew/bin/gpg', from: 'Homebrew GnuPG', gpgconf: '/opt/homebrew/bin/gpgconf' });
    expect(findGpg(host('darwin', ['/usr/local/bin/gpg'], path)).path).toBe('/usr/local/bin/gpg');
    expect(findGpg(host('darwin', ['/usr/local/MacGPG2/bin/gpg', '/usr/local/MacGPG2/bin/gpgconf'], path))).toEqual({
      path: '/usr/local/MacGPG2/bin/gpg',
      from: 'GPG Suite',
      gpgconf: '/usr/local/MacGPG2/bin/gpgconf',
    });
    expect(missing(() => findGpg(host('darwin', [], path)))).toMatch(/install it with `brew install gnupg`, or set GPG_PATH to gpg\.$/);
  });
  it('macOS: PATH comes first', () => {
    expect(findGpg(host('darwin', ['/opt/homebrew/bin/gpg', '/Users/dev/bin/gpg'], { PATH: '/Users/dev/bin:/usr/bin' })).path).toBe('/Users/dev/bin/gpg');
  });
  it('Windows: gpg.exe on PATH, then Gpg4win in Program Files (x86) and Program Files', () => {
    const onPath = 'C:\\Tools\\GnuPG\\bin\\gpg.exe';
    expect(findGpg(host('win32', [onPath], { ...WIN_ENV, Path: 'C:\\Windows;"C:\\Tools\\GnuPG\\bin"' })).path).toBe(onPath);
    const x86 = 'C:\\Program Files (x86)\\GnuPG\\bin\\gpg.exe';
    expect(findGpg(host('win32', [x86, 'C:\\Program Files (x86)\\GnuPG\\bin\\gpgconf.exe'], WIN_ENV))).toEqual({
      path: x86,
      from: 'Gpg4win',
      gpgconf: 'C:\\Program Files (x86)\\GnuPG\\bin\\gpgconf.exe',
    });
    const x64 = 'C:\\Program Files\\GnuPG\\bin\\gpg.exe';
    expect(findGpg(host('win32', [x64], WIN_ENV))).toEqual({ path: x64, from: 'Gpg4win', gpgconf: 'gpgconf.exe' });
    expect(missing(() => findGpg(host('win32', [], WIN_ENV)))).toBe(
      'GnuPG (gpg) not found for the handoff interoperability tests: install it with `winget install -e --id GnuPG.Gpg4win`, or set GPG_PATH to gpg.',
    );
  });
});

describe('what npm test lacks, in one line', () => {
  it('nothing when both are found', () => {
    expect(missingPrerequisites(host('linux', ['/usr/bin/chromium', '/usr/bin/gpg'], { PATH: '/usr/bin' }))).toBeNull();
  });
  it('both missing: one install command per platform', () => {
    expect(missingPrerequisites(host('linux', [], { PATH: '/usr/bin' }))).toBe(
      'npm test cannot start: it needs Chromium (or Chrome) and GnuPG, and found neither: install both with `sudo apt-get install chromium gnupg`, or set CHROMIUM_PATH and GPG_PATH (for the browser, or, where downloads are allowed, run `npx playwright install chromium`).',
    );
    expect(missingPrerequisites(host('darwin', [], {}))).toContain('`brew install gnupg && brew install --cask google-chrome`');
    expect(missingPrerequisites(host('win32', [], WIN_ENV))).toContain('`winget install -e --id GnuPG.Gpg4win; winget install -e --id Google.Chrome`');
  });
  it('one missing: that one', () => {
    expect(missingPrerequisites(host('darwin', ['/opt/homebrew/bin/gpg'], {}))).toMatch(/^npm test cannot start: No Chromium or Chrome found .*brew install --cask google-chrome/);
    expect(missingPrerequisites(host('win32', ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'], WIN_ENV))).toMatch(/^npm test cannot start: GnuPG \(gpg\) not found .*GnuPG\.Gpg4win/);
  });
  it('a variable pointing nowhere is named, whatever else is installed', () => {
    const line = missingPrerequisites(host('linux', ['/usr/bin/chromium', '/usr/bin/gpg'], { PATH: '/usr/bin', CHROMIUM_PATH: '/tmp/none' }));
    expect(line).toBe('npm test cannot start: CHROMIUM_PATH is set to /tmp/none, but there is no file there: point it at a Chromium or Chrome executable, or unset it to use the one installed on this machine.');
  });
});

describe('on this machine', () => {
  it('finds a browser and GnuPG that exist (Debian: /usr/bin/chromium and /usr/bin/gpg)', () => {
    const env = { ...process.env };
    delete env.CHROMIUM_PATH;
    delete env.GPG_PATH;
    const here = { ...realHost, env };
    expect(fs.existsSync(findChromium(here).path)).toBe(true);
    expect(fs.existsSync(findGpg(here).path)).toBe(true);
    expect(missingPrerequisites(here)).toBeNull();
    if (process.platform === 'linux' && fs.existsSync('/usr/bin/chromium')) expect(findChromium(here).path).toBe('/usr/bin/chromium');
  });
});

describe('every entry that launches a browser or gpg asks the resolver', () => {
  // Source files of the project (not node_modules, builds or artifacts).
  function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) return ['node_modules', 'dist', 'artifacts'].includes(e.name) ? [] : sources(file);
      return /\.(ts|tsx|mjs|js)$/.test(e.name) ? [file] : [];
    });
  }
  const files = [...sources('main'), ...sources('test')].filter((f) => !f.startsWith(path.join('test', 'support')) && !f.startsWith(path.join('test', 'unit', 'tooling')));

  it('no hard-coded browser path, and every chromium.launch / launchOptions uses chromiumLaunchOptions', () => {
    const offenders: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      if (/\/usr\/bin\/chrom|ms-playwright/.test(text)) offenders.push(`${f}: hard-coded browser path`);
      for (const m of text.matchAll(/chromium\.launch\(([^)]{0,40})|launchOptions:\s*([^,\n]{0,40})/g)) {
        if (!/chromiumLaunchOptions\(/.test(m[1] ?? m[2] ?? '')) offenders.push(`${f}: ${m[0]}`);
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });

  it('every npm script that runs Playwright uses the config that asks the resolver', () => {
    const scripts: Record<string, string> = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts;
    const runs = Object.entries(scripts).filter(([, cmd]) => /playwright test/.test(cmd));
    expect(runs.map(([name]) => name)).toContain('test:e2e');
    for (const [name, cmd] of runs) expect(`${name}: ${cmd}`).toMatch(/playwright test -c test\/e2e\/playwright\.config\.ts/);
  });

  it("no test runs a bare 'gpg' or 'gpgconf'", () => {
    const offenders = files.filter((f) => f.startsWith('test') && /(execFileSync|spawnSync|spawn|execFile)\(\s*'gpg(conf)?'/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
