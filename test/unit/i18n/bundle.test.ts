import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The page's messages are compiled at build time (vite.config.ts, precompileMessages), so the ICU
// parser stays out of the bundle and French loads only when it is the console's language. Read
// from the build `npm test` makes before the unit tests; skipped when there is no build.
const ASSETS = path.resolve(__dirname, '../../../dist/renderer/assets');
const built = fs.existsSync(ASSETS);
const js = built ? fs.readdirSync(ASSETS).filter((f) => f.endsWith('.js')) : [];
const read = (f: string) => fs.readFileSync(path.join(ASSETS, f), 'utf8');

describe.skipIf(!built)('the built page', () => {
  it('carries no ICU parser: every message is already compiled', () => {
    const entry = js.find((f) => /^index-.*\.js$/.test(f))!;
    expect(entry).toBeDefined();
    const text = read(entry);
    expect(text).toContain('uncompiled message'); // the no-parser entry, which only throws
    expect(text).not.toMatch(/EXPECT_ARGUMENT_CLOSING_BRACE|UNMATCHED_CLOSING_TAG/);
  });

  it('keeps French in its own chunk, compiled, out of the first screen', () => {
    const french = js.filter((f) => /^messages-fr-CA-.*\.js$/.test(f));
    expect(french).toHaveLength(1);
    expect(read(french[0])).toContain('Langue de la console');
    expect(read(french[0])).toMatch(/\{type:0,value:/);
    const entry = read(js.find((f) => /^index-.*\.js$/.test(f))!);
    expect(entry).not.toContain('Langue de la console');
  });
});
