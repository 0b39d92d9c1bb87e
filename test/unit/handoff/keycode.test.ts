import { describe, expect, it } from 'vitest';
import { CROCKFORD_ALPHABET, checkSymbol } from '../../../main/handoff/keycode';
import { generateKeycode, joinKeycode, normaliseKeycode, splitKeycode } from '../../../main/handoff';
import { AppError } from '../../../main/shared/errors';

const KEYCODE = /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).code;
  }
  return undefined;
}

describe('keycode', () => {
  it('is 25 Crockford symbols in 5 groups, fresh each time, with every symbol in use', () => {
    const seen = new Set<string>();
    const symbols = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const k = generateKeycode();
      expect(k).toMatch(KEYCODE);
      seen.add(k);
      for (const ch of k.replace(/-/g, '')) symbols.add(ch);
    }
    expect(seen.size).toBe(400);
    expect(symbols.size).toBe(32);
  });

  it('normalises what people type: case, spaces, missing dashes, O→0, I/L→1', () => {
    expect(normaliseKeycode(' abcde fghjk-mnpqr tvwxy  z0123 ')).toBe('ABCDE-FGHJK-MNPQR-TVWXY-Z0123');
    expect(normaliseKeycode('OOOOOIIIIILLLLL0000011111')).toBe('00000-11111-11111-00000-11111');
    expect(codeOf(() => normaliseKeycode('ABCDE-FGHJK-MNPQR-TVWXY-Z012'))).toBe('handoff_keycode_invalid');
    expect(codeOf(() => normaliseKeycode('ABCDE-FGHJK-MNPQR-TVWXY-Z012U'))).toBe('handoff_keycode_invalid');
  });

  it('splits into two checked parts that join back into the passphrase, however they are typed', () => {
    const k = generateKeycode();
    const { part1, part2 } = splitKeycode(k);
    expect(part1).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]$/);
    expect(part2).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]$/);
    expect(`${part1.slice(0, 17)}-${part2.slice(0, 11)}`).toBe(k);
    const joined = joinKeycode(part1, part2);
    expect(joined).toBe(`${part1}-${part2}`);
    expect(joinKeycode(part1.toLowerCase().replace(/-/g, ' '), part2.replace(/-/g, ''))).toBe(joined);
    expect(normaliseKeycode(joined.replace(/-/g, '').toLowerCase())).toBe(joined);
    expect(splitKeycode(joined)).toEqual({ part1, part2 });
  });

  it('catches every single mistyped symbol and every swap of neighbours in a part', () => {
    const { part1, part2 } = splitKeycode(generateKeycode());
    for (const [which, part] of [[1, part1], [2, part2]] as const) {
      const s = part.replace(/-/g, '');
      for (let i = 0; i < s.length; i++) {
        for (const ch of CROCKFORD_ALPHABET) {
          if (ch === s[i]) continue;
          const typo = s.slice(0, i) + ch + s.slice(i + 1);
          expect(codeOf(() => (which === 1 ? joinKeycode(typo, part2) : joinKeycode(part1, typo)))).toBe('handoff_keycode_part_invalid');
        }
        if (i + 1 < s.length && s[i] !== s[i + 1]) {
          const swap = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
          expect(codeOf(() => (which === 1 ? joinKeycode(swap, part2) : joinKeycode(part1, swap)))).toBe('handoff_keycode_part_invalid');
        }
      }
    }
    expect(codeOf(() => joinKeycode(part2, part1))).toBe('handoff_keycode_part_invalid');
  });

  it('names the part but never echoes the keycode in its errors', () => {
    const { part1, part2 } = splitKeycode(generateKeycode());
    const bad = part1.slice(0, -1) + (part1.endsWith('0') ? '1' : '0');
    try {
      joinKeycode(bad, part2);
      expect.unreachable();
    } catch (e) {
      const err = e as AppError;
      expect(err.message).toContain('Part 1');
      expect(`${err.message} ${err.hint}`).not.toContain(part1.slice(0, 5));
    }
    expect(checkSymbol('')).toBe('0');
  });
});
