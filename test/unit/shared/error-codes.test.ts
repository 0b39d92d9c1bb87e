import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from '../../../main/shared/error-codes';
import { ErrorBody } from '../../../main/ipc/contract/define';

const ROOT = path.resolve(__dirname, '../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('error codes', () => {
  it('are one list without duplicates, and the contract carries exactly those', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(ErrorBody.safeParse({ code, message: 'm' }).success).toBe(true);
    expect(ErrorBody.safeParse({ code: 'vault_lockd', message: 'm' }).success).toBe(false);
  });

  // The type check covers AppError; this also covers bodies written as plain objects (the HTTP gate).
  it('cover every code main or the page writes as a literal', () => {
    const written = new Set<string>();
    for (const file of [...sources(path.join(ROOT, 'main')), ...sources(path.join(ROOT, 'renderer'))]) {
      if (file.includes(`${path.sep}simulator${path.sep}`)) continue; // the simulated APIs' own error bodies
      // zod's own issue codes (addIssue) are not the console's.
      const text = fs.readFileSync(file, 'utf8').split('\n').filter((l) => !l.includes('addIssue(')).join('\n');
      for (const m of text.matchAll(/(?:new (?:AppError|ApiError|SendSafelyError)\(\s*|\bcode: )'([a-z][a-z_]*)'/g)) written.add(m[1]);
    }
    expect(written.size).toBeGreaterThan(40);
    expect([...written].filter((c) => !isErrorCode(c))).toEqual([]);
  });
});
