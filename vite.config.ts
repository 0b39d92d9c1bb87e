import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import path from 'node:path';
import ts from 'typescript';
import { parse } from '@formatjs/icu-messageformat-parser';
import { precompressDir } from './main/web/precompress.mjs';

/** Brotli and gzip copies of the built renderer, for browser mode to send (see main/web/precompress.mjs). */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'console-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const t = precompressDir(outDir);
      console.log(`precompressed ${t.files} files: ${kb(t.bytes)} → brotli ${kb(t.br)}, gzip ${kb(t.gzip)}`);
    },
  };
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A catalog area file: `renderer/i18n/<locale>/<area>.ts` or `main/shared/i18n/<locale>/<area>.ts`. */
const AREA_FILE = /[\\/](?:renderer|main[\\/]shared)[\\/]i18n[\\/](?:en|fr-CA)[\\/](?!index\.ts$)[^\\/]+\.ts$/;

/**
 * Messages compiled to FormatJS's AST at build time, as FormatJS recommends: the page then formats
 * without the ICU parser, which is left out of the bundle (its `no-parser` entry). An area file is
 * `export default { key: 'message', … }` with plain string messages; anything else fails the
 * build, as does a message that does not parse. Tests and main read the same files as strings.
 */
function precompileMessages(): Plugin {
  return {
    name: 'console-precompile-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] } }),
    transform(code, id) {
      if (!AREA_FILE.test(id)) return null;
      const sf = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const fail = (why: string): never => {
        throw new Error(`${path.relative(process.cwd(), id)}: ${why}`);
      };
      const exported = sf.statements.find(ts.isExportAssignment) ?? fail('no `export default { … }`');
      let value: ts.Expression = exported.expression;
      while (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value)) value = value.expression;
      if (!ts.isObjectLiteralExpression(value)) fail('the default export is not an object literal');
      const compiled: Record<string, unknown> = {};
      for (const prop of (value as ts.ObjectLiteralExpression).properties) {
        if (!ts.isPropertyAssignment(prop) || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) fail(`only \`key: 'message'\` entries, not ${prop.getText().slice(0, 40)}`);
        const p = prop as ts.PropertyAssignment;
        if (!(ts.isStringLiteral(p.initializer) || ts.isNoSubstitutionTemplateLiteral(p.initializer))) fail(`${p.name.getText()} is not a plain string`);
        const key = (p.name as ts.Identifier | ts.StringLiteral).text;
        try {
          compiled[key] = parse((p.initializer as ts.StringLiteral).text);
        } catch (e) {
          fail(`${key} does not parse: ${(e as Error).message}`);
        }
      }
      return { code: `export default ${JSON.stringify(compiled)};\n`, map: null };
    },
  };
}

// One config for the renderer build (vite build) and the unit tests (vitest run).
// The renderer is built with relative asset paths so the same bundle loads from
// file:// (Electron) and from the browser-mode server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [precompileMessages(), react(), precompress()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  test: {
    root: '.',
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
