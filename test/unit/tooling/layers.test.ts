import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { parseCircular, parseDependencyTree } from 'dpdm';

// The layer rules and the loop check are only worth something if they fail: each is run here on
// a small project with a planted violation, using the repository's own lint configuration.
const ROOT = path.resolve(__dirname, '../../..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|tsx|mjs)$/.test(e.name) ? [p] : [];
  });
}

/** A throwaway project with this repository's lint configuration and node_modules. */
function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  fs.copyFileSync(path.join(ROOT, 'eslint.config.js'), path.join(dir, 'eslint.config.js'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true }, include: ['main'] }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function lintMessages(dir: string): Promise<{ file: string; rule: string | null }[]> {
  const eslint = new ESLint({ cwd: dir });
  const results = await eslint.lintFiles(['main']);
  return results.flatMap((r) => r.messages.map((m) => ({ file: path.relative(dir, r.filePath), rule: m.ruleId })));
}

async function cycles(dir: string, patterns: string[]): Promise<string[][]> {
  const tree = await parseDependencyTree(patterns, { context: dir, cwd: dir, transform: false, skipDynamicImports: false });
  return parseCircular(tree).map((loop) => [...loop].sort());
}

describe('lint', () => {
  // One project and one run: the import plugin caches what it resolved for the whole process.
  it('refuses a lower layer importing a higher one, a step service reaching past the contract, and an import loop', async () => {
    const dir = project({
      'main/setup/high.ts': 'export const high = 1;\n',
      'main/ipc/contract/shape.ts': 'export const shape = 1;\n',
      'main/ipc/handlers/wire.ts': 'export const wire = 1;\n',
      'main/store/planted.ts': "import { high } from '../setup/high';\nexport const low = high;\n",
      'main/certn/planted.ts': "import { wire } from '../ipc/handlers/wire';\nexport const c = wire;\n",
      'main/setup/allowed.ts': "import { shape } from '../ipc/contract/shape';\nexport const a = shape;\n",
      'main/setup/planted.ts': "import { wire } from '../ipc/handlers/wire';\nexport const s = wire;\n",
      'main/shared/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'main/shared/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    const messages = await lintMessages(dir);
    const files = (rule: string) => messages.filter((m) => m.rule === rule).map((m) => m.file).sort();
    expect(files('import-x/no-restricted-paths')).toEqual(['main/certn/planted.ts', 'main/setup/planted.ts', 'main/store/planted.ts']);
    expect(files('import-x/no-cycle')).toEqual(['main/shared/a.ts', 'main/shared/b.ts']);
    expect(messages.filter((m) => m.file === 'main/setup/allowed.ts')).toEqual([]);
  }, 120_000);
});

describe('import loops', () => {
  it('are found through type-only imports too (the check this repository runs)', async () => {
    const dir = project({
      'main/shared/a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'main/shared/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
    });
    expect(await cycles(dir, ['main/**/*.ts'])).toEqual([['main/shared/a.ts', 'main/shared/b.ts']]);
  }, 60_000);

  it('are none in main/, preload/ and renderer/, type-only imports included', async () => {
    expect(await cycles(ROOT, ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.{ts,tsx}'])).toEqual([]);
  }, 120_000);
});

describe('SQL', () => {
  it('lives only in main/store/: no other file under main/ prepares a statement', () => {
    const offenders = filesUnder(path.join(ROOT, 'main'))
      .filter((f) => !f.startsWith(path.join(ROOT, 'main', 'store') + path.sep))
      .filter((f) => /\.prepare\s*\(/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
