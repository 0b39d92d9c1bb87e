// i18n-pending: its words are moving to the message catalogs.
// The self-contained offline decryptor: the armored message, OpenPGP.js's browser build and a
// small script, all inline, under a CSP that forbids every network fetch. It opens from file://.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { DECRYPTOR_SCRIPT, DECRYPTOR_STYLE } from './decryptor-script';

export type PageMode = 'keycode' | 'keycode-split';

let openpgpBrowserBuild: string | undefined;

function candidatePaths(): string[] {
  const out: string[] = [];
  try {
    // The package exports map hides dist/ files; its Node entry sits in dist/node/, beside dist/.
    const entry = createRequire(import.meta.url).resolve('openpgp');
    out.push(path.join(path.dirname(entry), '..', 'openpgp.min.js'));
  } catch {
    // Bundled without node_modules next to it: fall back to the working directory.
  }
  out.push(path.join(process.cwd(), 'node_modules', 'openpgp', 'dist', 'openpgp.min.js'));
  return out;
}

/** OpenPGP.js's IIFE browser build (defines a global `openpgp`), read from disk once. */
export function loadOpenpgpBrowserBuild(): string {
  if (openpgpBrowserBuild !== undefined) return openpgpBrowserBuild;
  for (const p of candidatePaths()) {
    let src: string;
    try {
      src = readFileSync(p, 'utf8');
    } catch {
      continue;
    }
    // A source-map comment would make developer tools fetch a file; drop it. A closing script
    // tag would end the inline script early; the build has none, and we refuse rather than patch.
    src = src.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
    if (/<\/script|<!--/i.test(src)) break;
    openpgpBrowserBuild = src;
    return src;
  }
  throw new AppError('handoff_page_unavailable', 'The offline decryptor page could not be built (OpenPGP.js browser build not found).', 'Send the .asc file and the GnuPG instructions instead, or reinstall the console.');
}

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function keycodeFields(mode: PageMode): string {
  const attrs = 'type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" required';
  if (mode === 'keycode') {
    return `<label for="keycode">Keycode</label><input id="keycode" ${attrs} placeholder="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX">`;
  }
  return `<p>Your keycode came in two parts, by two different channels.</p>
<label for="keycode">Part 1 (3 groups and a check character)</label><input id="keycode" ${attrs} placeholder="XXXXX-XXXXX-XXXXX-X">
<label for="part2">Part 2 (2 groups and a check character)</label><input id="part2" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="XXXXX-XXXXX-X">`;
}

function gpgHelp(ascName: string, mode: PageMode): string {
  const what = mode === 'keycode' ? 'the keycode exactly as given (capitals and dashes)' : 'part 1, then a dash, then part 2, exactly as given (capitals and dashes)';
  return `<details><summary>Prefer GnuPG?</summary>
<p>Save the <code>${escapeHtml(ascName)}</code> file you received (or the message below), then run the command and enter ${what} as the passphrase:</p>
<pre class="help">gpg --output certn-icims-handoff.json --decrypt ${escapeHtml(ascName)}</pre>
<p>GnuPG 2.2 or later opens it; the result is the same values as JSON.</p></details>`;
}

export interface DecryptorPageInput {
  armored: string;
  mode: PageMode;
  ascFileName: string;
}

export function buildDecryptorPage({ armored, mode, ascFileName }: DecryptorPageInput): string {
  const library = loadOpenpgpBrowserBuild();
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(library)} ${cspHash(DECRYPTOR_SCRIPT)}`,
    `style-src ${cspHash(DECRYPTOR_STYLE)}`,
    "img-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Encrypted Certn values for the iCIMS integration</title>
<style>${DECRYPTOR_STYLE}</style>
</head>
<body>
<main>
<h1>Encrypted Certn values for the iCIMS integration</h1>
<p>This file holds the Certn values you need to set up the iCIMS integration, encrypted. Enter the keycode the sender gave you by a separate channel (for example by phone). Everything happens on this computer: the page works offline and sends nothing anywhere.</p>
<p>Only type the keycode into a file you received directly from the sender.</p>
<form id="unlock" autocomplete="off">
${keycodeFields(mode)}
<div><button id="open" type="submit">Open</button></div>
</form>
<p id="status" role="status" aria-live="polite"></p>
<p id="error" class="error" role="alert" hidden></p>
<div id="expired" class="warning" role="alert" hidden><p id="expired-text"></p><button id="show-anyway" type="button">Show anyway</button></div>
<section id="values" hidden>
<h2>Values</h2>
<p id="instructions"></p>
<table><tbody id="fields"></tbody></table>
</section>
${gpgHelp(ascFileName, mode)}
<details><summary>The encrypted message</summary><pre class="help" id="handoff-message">${escapeHtml(armored)}</pre></details>
</main>
<script>${library}</script>
<script>${DECRYPTOR_SCRIPT}</script>
</body>
</html>
`;
}
