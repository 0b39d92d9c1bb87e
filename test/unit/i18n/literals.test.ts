import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSource, type Finding } from '../../support/i18n-literals';

// Every string a person reads comes from a message catalog (renderer/i18n, main/shared/i18n), so
// the console can speak French: a literal added in a component or an error fails here, with the
// file and line to fix.
const ROOT = path.resolve(__dirname, '../../..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * Catalogs hold the words; the simulator plays English-only APIs; launch (plain .mjs that runs before
 * anything is built, so before any catalog can load) and packaging are build tools. Everything else in
 * main, preload and the renderer is scanned, with no file let off.
 */
const SKIP = /^(renderer\/i18n\/|main\/shared\/i18n\/|main\/simulator\/|main\/launch\/|main\/packaging\/)/;

function scanTree(): Finding[] {
  const findings: Finding[] = [];
  for (const file of [...filesUnder('renderer'), ...filesUnder('main'), ...filesUnder('preload')]) {
    if (SKIP.test(file)) continue;
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    findings.push(...scanSource(file, text, { renderer: file.startsWith('renderer/'), phrases: true }));
  }
  return findings;
}

describe('user-facing text comes from the catalogs', () => {
  it('no literal text in the renderer or in what main words for people', () => {
    const findings = scanTree();
    expect(findings.map((f) => `${f.file}:${f.line} [${f.rule}] ${f.text}`)).toEqual([]);
  });

  it('the scanner finds each kind of planted literal, and passes message ids and wire values', () => {
    const planted = `
      import x from 'Some Module Name';
      const LABELS = { todo: 'Not started', done: 'Done' };
      export function A({ on }: { on: boolean }) {
        const t = useT();
        if (on === 'Not a phrase') return null;
        return (
          <div className="big box" data-state="open" aria-label="Close the dialog" title={on ? t('a.b') : 'Shown title'}>
            Save the key
            {on ? 'Saved.' : t('shell.saved')}
            {t('shell.x', { n: 'Not text either' })}
            <span>Certn × iCIMS</span>
            {/* a comment, never shown */}
            <input placeholder={t('a.c')} type="text" />
          </div>
        );
      }
      // i18n-ignore: a header value
      const header = 'Bearer Token Value';
      throw new AppError('internal', 'Something broke.', \`Try again in \${n} minutes.\`);
    `;
    const rules = scanSource('renderer/Planted.tsx', planted, { renderer: true, phrases: true }).map((f) => `${f.rule}:${f.text}`);
    expect(rules).toEqual([
      'phrase:Not started',
      'text-attribute:Close the dialog',
      'jsx-child:Shown title',
      'jsx-text:Save the key',
      'jsx-child:Saved.',
      'error-literal:Something broke.',
      'error-literal:Try again in  …  minutes.',
    ]);
    const main = scanSource(
      'main/sendsafely/x.ts',
      `throw new CliError(2, 'Unknown option.', 'Use --help');\nconst sql = 'select * from packages';\nconst q = 'SELECT id FROM secrets WHERE kind = ?';\nthrow new SendSafelyError('sendsafely_down', 'SendSafely is down.', 'Try later.');\nthrow new RangeError('limit must be positive');`,
      { renderer: false, phrases: true },
    );
    expect(main.map((f) => f.text)).toEqual(['Unknown option.', 'Use --help', 'SendSafely is down.', 'Try later.']);
  });
});
