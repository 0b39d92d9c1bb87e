// The self-contained offline decryptor: the armored message, OpenPGP.js's browser build and a
// small script, all inline, under a CSP that forbids every network fetch. It opens from file://.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { currentLocale, t, translator, type MainMessageId, type Translator } from '../shared/i18n';
import type { Locale } from '../shared/i18n/locales';
import { NAME_CHECKS } from '../shared/package-verdict';
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
  throw new AppError('handoff_page_unavailable', t('handoff.error.pageUnavailable'), t('handoff.error.pageUnavailable.hint'));
}

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A message as HTML: its text escaped, and each value named in `code` set in <code> (escaped too). */
function html(tr: Translator, id: MainMessageId, values: Record<string, string> = {}, code: readonly string[] = []): string {
  const mark = (k: string) => `\u0000${k}\u0000`;
  let out = escapeHtml(tr.t(id, { ...values, ...Object.fromEntries(code.map((k) => [k, mark(k)])) }));
  for (const k of code) out = out.replace(mark(k), `<code>${escapeHtml(values[k] ?? '')}</code>`);
  return out;
}

function keycodeFields(tr: Translator, mode: PageMode): string {
  const attrs = 'type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" required';
  if (mode === 'keycode') {
    return `<label for="keycode">${html(tr, 'handoff.page.keycode')}</label><input id="keycode" ${attrs} placeholder="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX">`;
  }
  return `<p>${html(tr, 'handoff.page.splitIntro')}</p>
<label for="keycode">${html(tr, 'handoff.page.part1')}</label><input id="keycode" ${attrs} placeholder="XXXXX-XXXXX-XXXXX-X">
<label for="part2">${html(tr, 'handoff.page.part2')}</label><input id="part2" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="XXXXX-XXXXX-X">`;
}

function gpgHelp(tr: Translator, ascName: string, mode: PageMode): string {
  return `<details><summary>${html(tr, 'handoff.page.gpg.summary')}</summary>
<p>${html(tr, mode === 'keycode' ? 'handoff.page.gpg.save' : 'handoff.page.gpg.saveSplit', { asc: ascName }, ['asc'])}</p>
<pre class="help">gpg --output certn-icims-handoff.json --decrypt ${escapeHtml(ascName)}</pre>
<p>${html(tr, 'handoff.page.gpg.version')}</p></details>`;
}

/** A check's problem as the page words it, by the check's pattern (the list itself is the console's). */
const NAME_PROBLEMS: Record<string, MainMessageId> = {
  [/^\s/.source]: 'handoff.page.name.starts',
  [/\s$/.source]: 'handoff.page.name.ends',
  [/\S {2,}\S/.source]: 'handoff.page.name.doubled',
  [/[^\S ]/.source]: 'handoff.page.name.unusual',
  [/^[\s\S]{201,}$/.source]: 'handoff.page.name.long',
};

/** The words the page's script shows, with {name} placeholders it fills itself. */
function scriptText(tr: Translator): string {
  const template = (id: MainMessageId, ...names: string[]) => tr.t(id, Object.fromEntries(names.map((n) => [n, `{${n}}`])));
  const text = {
    locale: tr.locale,
    nameChecks: NAME_CHECKS.map((c) => [c.pattern.source, NAME_PROBLEMS[c.pattern.source] ? tr.t(NAME_PROBLEMS[c.pattern.source]) : tr.t('handoff.page.name.other')]),
    msg: {
      wrong: tr.t('handoff.page.js.wrong'),
      tampered: tr.t('handoff.page.js.tampered'),
      unreadable: tr.t('handoff.page.js.unreadable'),
      notHandoff: tr.t('handoff.page.js.notHandoff'),
      noCrypto: tr.t('handoff.page.js.noCrypto'),
      badChar: template('handoff.page.js.badChar', 'char'),
      partLength: template('handoff.page.js.partLength', 'part', 'n', 'want'),
      partCheck: template('handoff.page.js.partCheck', 'part'),
      needParts: tr.t('handoff.page.js.needParts'),
      length: template('handoff.page.js.length', 'n'),
      copy: tr.t('handoff.page.js.copy'),
      copied: tr.t('handoff.page.js.copied'),
      space: tr.t('handoff.page.js.space'),
      integration: tr.t('handoff.page.field.integration'),
      company: tr.t('handoff.page.field.company'),
      customerId: tr.t('handoff.page.field.customerId'),
      endpoint: tr.t('handoff.page.field.endpoint'),
      username: tr.t('handoff.page.field.username'),
      password: tr.t('handoff.page.field.password'),
      packageName: template('handoff.page.field.packageName', 'n'),
      packageId: template('handoff.page.field.packageId', 'n'),
      created: tr.t('handoff.page.field.created'),
      expires: tr.t('handoff.page.field.expires'),
      nameNote: template('handoff.page.js.nameNote', 'problems'),
      opening: tr.t('handoff.page.js.opening'),
      opened: tr.t('handoff.page.js.opened'),
      expired: template('handoff.page.js.expired', 'when'),
    },
  };
  // A data block is never run, so the CSP needs no hash for it; "<" is escaped so no text can end it.
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

export interface DecryptorPageInput {
  armored: string;
  mode: PageMode;
  ascFileName: string;
  /** The page's language; the console's when absent. */
  language?: Locale;
}

export function buildDecryptorPage({ armored, mode, ascFileName, language }: DecryptorPageInput): string {
  const tr = translator(language ?? currentLocale());
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
<html lang="${tr.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(tr, 'handoff.page.title')}</title>
<style>${DECRYPTOR_STYLE}</style>
</head>
<body>
<main>
<h1>${html(tr, 'handoff.page.title')}</h1>
<p>${html(tr, 'handoff.page.intro')}</p>
<p>${html(tr, 'handoff.page.trust')}</p>
<form id="unlock" autocomplete="off">
${keycodeFields(tr, mode)}
<div><button id="open" type="submit">${html(tr, 'handoff.page.open')}</button></div>
</form>
<p id="status" role="status" aria-live="polite"></p>
<p id="error" class="error" role="alert" hidden></p>
<div id="expired" class="warning" role="alert" hidden><p id="expired-text"></p><button id="show-anyway" type="button">${html(tr, 'handoff.page.showAnyway')}</button></div>
<section id="values" hidden>
<h2>${html(tr, 'handoff.page.values')}</h2>
<p id="instructions"></p>
<table><tbody id="fields"></tbody></table>
</section>
${gpgHelp(tr, ascFileName, mode)}
<details><summary>${html(tr, 'handoff.page.message')}</summary><pre class="help" id="handoff-message">${escapeHtml(armored)}</pre></details>
</main>
<script type="application/json" id="page-text">${scriptText(tr)}</script>
<script>${library}</script>
<script>${DECRYPTOR_SCRIPT}</script>
</body>
</html>
`;
}
