import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every message that points at a wizard step builds the reference with stepRef()/stepNumber() from
// main/shared/steps.ts, so renumbering or renaming a step (or translating the word) happens in one
// place. Only the text a person reads is checked: string literals, template text and JSX text.
// Comments may name steps freely. Certn's own setup guide has numbered steps too: help-links.ts
// (its anchors) and any text saying "guide, step N" name those, not ours.
const ROOT = path.resolve(__dirname, '../../..');
const ALLOWED = new Set(['main/shared/steps.ts', 'main/shared/help-links.ts']);
const STEP_LITERAL = /\bsteps?\s+\d/i;
const CERTN_GUIDE_STEP = /\bguide,\s+step\s+\d/gi;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The user-facing text pieces of one source file that spell a step number by hand. */
export function stepLiterals(fileName: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      const value = ts.isJsxText(node) ? node.text : (node as ts.LiteralLikeNode).text;
      if (STEP_LITERAL.test(value.replace(CERTN_GUIDE_STEP, ''))) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: value });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('step references', () => {
  it('finds a hand-written step number in strings, templates and JSX, and ignores comments and stepRef()', () => {
    const planted = [
      "// Step 3, Certn connection: a comment may say it",
      "const a = 'Enter them in step 3';",
      "const b = \"Finish step 3, Certn connection.\";",
      "const c = `Make the handoff in step 4 first (${x}).`;",
      "const d = `Go to ${y}, then Step 5, Go-live`;",
      "const e = <p>Go to step 2</p>;",
      "const ok = `Enter them in ${stepRef('certn')}, or step ${stepNumber('icims')}.`;",
      "const guide = 'Certn’s iCIMS setup guide, step 1: create packages for ATS use';",
    ].join('\n');
    expect(stepLiterals('planted.tsx', planted).map((f) => f.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('main/ spells no step number by hand outside main/shared/steps.ts', () => {
    const offenders = filesUnder(path.join(ROOT, 'main'))
      .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
      .filter((rel) => !ALLOWED.has(rel))
      .flatMap((rel) => stepLiterals(rel, fs.readFileSync(path.join(ROOT, rel), 'utf8')).map((f) => `${rel}:${f.line}: ${f.text}`));
    expect(offenders).toEqual([]);
  });
});
