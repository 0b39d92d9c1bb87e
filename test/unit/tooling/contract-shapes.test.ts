import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The contract (main/ipc/contract) is the only source of the shapes that cross to the window: each
// schema exports a same-named `z.infer` type. Code at or above the layer that may read the contract
// uses those types; a hand-written copy would drift from the schema without a type error where it
// is written. Layers below the contract (store, certn, shared, …) may not import it and keep their
// own row types, which the contract's types are then checked against where they meet.
const ROOT = path.resolve(__dirname, '../../..');
const CONTRACT = path.join(ROOT, 'main/ipc/contract');
const MAY_READ_CONTRACT = ['main/setup', 'main/health', 'main/record', 'main/ipc/handlers', 'main/cli', 'main/web', 'main/electron', 'main/app.ts', 'main/services.ts'];
// Copies that lived in main/ before the contract owned them; they must not come back under any layer.
const RETIRED = ['PackageRowView', 'SyncState', 'VerificationView', 'GroupView', 'CertnStatusView'];

function filesUnder(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (fs.statSync(p).isFile()) return [p];
  return fs.readdirSync(p, { withFileTypes: true }).flatMap((e) => {
    const q = path.join(p, e.name);
    return e.isDirectory() ? filesUnder(q) : /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [q] : [];
  });
}

function parse(file: string, text = fs.readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

/** The names of the contract's data types: `export type X = z.infer<typeof X>`. */
function contractTypeNames(): Set<string> {
  const names = new Set<string>();
  for (const file of filesUnder(CONTRACT)) {
    parse(file).forEachChild((n) => {
      if (ts.isTypeAliasDeclaration(n) && /^z\.(infer|output|input)</.test(n.type.getText())) names.add(n.name.text);
    });
  }
  return names;
}

/** Type declarations in a file that spell out, by hand, a shape named in `names`. */
export function handWrittenCopies(source: ts.SourceFile, names: Set<string>): string[] {
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    const handWritten = ts.isInterfaceDeclaration(n) || (ts.isTypeAliasDeclaration(n) && ts.isTypeLiteralNode(n.type));
    if (handWritten && names.has(n.name.text)) found.push(`${n.name.text} (line ${source.getLineAndCharacterOfPosition(n.getStart()).line + 1})`);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

describe('the contract is the only source of data shapes', () => {
  const names = contractTypeNames();

  it('reads the contract’s type names, and finds a planted hand-written copy', () => {
    expect(names).toContain('PackageView');
    expect(names).toContain('SyncStatus');
    expect(names).toContain('Verification');
    expect(names).toContain('Group');
    const planted = parse('planted.ts', [
      'export interface PackageView { id: string }',
      'type SyncStatus = { running: boolean };',
      "type Verification = import('x').Verification;",
      'export interface Unrelated { id: string }',
    ].join('\n'));
    expect(handWrittenCopies(planted, names)).toEqual(['PackageView (line 1)', 'SyncStatus (line 2)']);
  });

  it('no layer that may read the contract declares its own copy of a contract type', () => {
    const copies = MAY_READ_CONTRACT.flatMap((p) => filesUnder(path.join(ROOT, p))).flatMap((file) =>
      handWrittenCopies(parse(file), names).map((c) => `${path.relative(ROOT, file)}: ${c}`),
    );
    expect(copies).toEqual([]);
  });

  it('the retired copies are gone from every layer of main/', () => {
    const retired = new Set(RETIRED);
    const left = filesUnder(path.join(ROOT, 'main')).flatMap((file) => {
      const found: string[] = [];
      const visit = (n: ts.Node): void => {
        if ((ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) && retired.has(n.name.text)) found.push(`${path.relative(ROOT, file)}: ${n.name.text}`);
        ts.forEachChild(n, visit);
      };
      visit(parse(file));
      return found;
    });
    expect(left).toEqual([]);
  });
});
