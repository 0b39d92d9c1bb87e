// Finds user-facing text written as a literal instead of a message id, with the TypeScript
// parser (so comments, imports and type positions never count). Used by
// test/unit/i18n/literals.test.ts on the whole source tree, and on planted snippets to show that
// it can fail.
//
// What counts as text a person reads:
// - renderer: JSX text; a literal in a text attribute (aria-label, title, placeholder, alt…); a
//   literal a JSX child expression shows; anywhere else, a phrase (a capital letter, then a
//   space and more words, or a sentence that ends with . … : ? !);
// - main and preload: the message and hint of an AppError, a CliError or any error made as
//   `new XError('code', message, hint)`; anywhere, a phrase as above (SQL is not one).
// A line may opt out with an `i18n-ignore` comment on it or just above it, saying why (a header
// name, a log line, a wire value).
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  text: string;
  rule: string;
}

const TEXT_ATTRS = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-placeholder', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
/** Names that stay English in both languages and may stand alone in markup. */
const PRODUCT_WORDS = /^(?:[\s\d.,:;·•×✓✗→←—–\-/()[\]+%#@&|'"“”‘’«»!?*…]|Certn|iCIMS|SendSafely|OpenPGP|GnuPG|API|URL|ID|PDF|JSON|CSV|HTML|OK)*$/u;
const LETTER = /\p{L}{2}/u;

/** "Save the key", "Saved.", "Key:": a capitalised phrase or a sentence. */
export function looksLikePhrase(s: string): boolean {
  const text = s.trim();
  if (!LETTER.test(text)) return false;
  if (/^[a-z0-9_.:/-]+$/i.test(text) && !/\s/.test(text)) return false; // an id, a path, a key
  if (/^(?:https?:|\.{0,2}\/|[a-z]+:\/\/)/i.test(text)) return false; // an address
  if (/^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|PRAGMA|BEGIN|COMMIT)\b/.test(text)) return false; // SQL
  const capitalPhrase = /^\p{Lu}[\p{L}’'-]*\s+\p{L}/u.test(text);
  const sentence = /\s\p{L}/u.test(text) && /[.…:?!]$/u.test(text) && /^\p{L}/u.test(text);
  return capitalPhrase || sentence;
}

function ignored(sf: ts.SourceFile, node: ts.Node): boolean {
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  const lines = sf.text.split('\n');
  return [line, line - 1].some((l) => l >= 0 && /i18n-ignore/.test(lines[l] ?? ''));
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ');
  return null;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return `${e.expression.getText()}.${e.name.text}`;
  return '';
}

/** Literal positions that are never shown: imports, types, keys, comparisons, logs, CSS classes, message ids. */
function neverShown(node: ts.Node): boolean {
  const p = node.parent;
  if (!p) return true;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p) || ts.isLiteralTypeNode(p)) return true;
  if (ts.isPropertyAssignment(p) && p.name === node) return true;
  if (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) return true;
  if (ts.isBinaryExpression(p) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(p.operatorToken.kind)) return true;
  if (ts.isCaseClause(p)) return true;
  for (let a: ts.Node | undefined = p; a; a = a.parent) {
    if (ts.isJsxAttribute(a)) {
      const name = a.name.getText();
      return !TEXT_ATTRS.has(name);
    }
    if (ts.isCallExpression(a) || ts.isNewExpression(a)) {
      const name = calleeName(a);
      if (/^(t|tr|translate|t\.rich|t\.stepRef|rich|intl\.formatMessage|console\.\w+|log\.\w+|logger\.\w+|\w*[lL]og\.\w+|require|import|describe|it|test|expect|addEventListener|removeEventListener|dispatchEvent|querySelector\w*|getElementById|setAttribute|getAttribute|RegExp|fetch|matchMedia|new Event|Event|CustomEvent)$/.test(name)) return true;
      if (/^(t|translate|tr)$/.test(name.split('.').pop() ?? '')) return true;
      break;
    }
    if (ts.isBlock(a) || ts.isSourceFile(a)) break;
  }
  return false;
}

/** Shown by markup: a JSX child expression, or the value of a text attribute, through ?:, && and the like. */
function inJsxChild(node: ts.Node): boolean {
  for (let a: ts.Node | undefined = node.parent; a; a = a.parent) {
    if (ts.isJsxAttribute(a)) return TEXT_ATTRS.has(a.name.getText());
    if (ts.isJsxExpression(a)) {
      if (a.parent && ts.isJsxAttribute(a.parent)) continue;
      return !!a.parent && (ts.isJsxElement(a.parent) || ts.isJsxFragment(a.parent));
    }
    if (!(ts.isConditionalExpression(a) || ts.isBinaryExpression(a) || ts.isParenthesizedExpression(a) || ts.isArrayLiteralExpression(a) || ts.isTemplateSpan(a) || ts.isTemplateExpression(a))) return false;
  }
  return false;
}

/** `new XError(code, message, hint?)`: an error a person reads (a first argument that is a code, not the message). */
function isCodedError(node: ts.NewExpression): boolean {
  if (/^(AppError|CliError)$/.test(calleeName(node))) return true;
  const first = node.arguments?.[0];
  return !!first && (node.arguments?.length ?? 0) >= 2 && (first.kind === ts.SyntaxKind.StringLiteral ? /^[a-z][a-z0-9_]*$/.test((first as ts.StringLiteral).text) : !literalText(first));
}

export function scanSource(file: string, text: string, opts: { renderer: boolean; phrases: boolean }): Finding[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Finding[] = [];
  const add = (node: ts.Node, t: string, rule: string) => {
    if (ignored(sf, node)) return;
    out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: t.trim().slice(0, 80), rule });
  };
  const judged = new Set<ts.Node>();
  const visit = (node: ts.Node) => {
    if (judged.has(node)) return;
    if (opts.renderer && ts.isJsxText(node)) {
      const t = node.text.replace(/\s+/g, ' ');
      if (LETTER.test(t) && !PRODUCT_WORDS.test(t)) add(node, t, 'jsx-text');
    } else if (ts.isNewExpression(node) && /^(AppError|CliError|\w+Error)$/.test(calleeName(node)) && isCodedError(node)) {
      for (const arg of (node as ts.NewExpression).arguments?.slice(1, 3) ?? []) {
        const t = literalText(arg);
        if (t !== null && LETTER.test(t)) {
          add(arg, t, 'error-literal');
          judged.add(arg);
        }
      }
    } else {
      const t = literalText(node);
      if (t !== null && !neverShown(node)) {
        if (opts.renderer && node.parent && ts.isJsxAttribute(node.parent) && TEXT_ATTRS.has(node.parent.name.getText())) {
          if (LETTER.test(t) && !PRODUCT_WORDS.test(t)) add(node, t, 'text-attribute');
        } else if (opts.renderer && inJsxChild(node)) {
          if (LETTER.test(t) && !PRODUCT_WORDS.test(t)) add(node, t, 'jsx-child');
        } else if (opts.phrases && looksLikePhrase(t)) {
          add(node, t, 'phrase');
        }
        if (ts.isTemplateExpression(node)) return; // its spans were judged with it
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
