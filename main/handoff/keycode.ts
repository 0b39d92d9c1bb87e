// Keycodes: random, read aloud over a second channel, typed back by a person.
// Crockford base32 avoids look-alike letters; 25 symbols carry 125 bits, enough for an offline
// attack on a file that anyone may copy (never a human-chosen password).
// The exact canonical string (capitals, dashes) is the OpenPGP passphrase, so gpg users type it as shown.
import { randomBytes } from 'node:crypto';
import { AppError } from '../shared/errors';
import { t } from '../shared/i18n';

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const KEYCODE_SYMBOLS = 25;
const GROUP = 5;
const PART1_SYMBOLS = 15;
const PART2_SYMBOLS = 10;

export interface KeycodeParts {
  /** Groups 1–3 plus one check symbol, e.g. `7KQ2M-XR4PD-H9WNC-5`. */
  part1: string;
  /** Groups 4–5 plus one check symbol, e.g. `T0B8Z-3MVEA-K`. */
  part2: string;
}

function groups(symbols: string): string {
  return symbols.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** Case-insensitive, ignores spaces and dashes, reads O as 0 and I/L as 1. Returns bare symbols. */
function cleanSymbols(input: string): string {
  const s = input.toUpperCase().replace(/[\s\-_.]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  for (const ch of s) {
    if (!CROCKFORD_ALPHABET.includes(ch)) {
      throw new AppError(
        'handoff_keycode_invalid',
        t('handoff.keycode.badChar'),
        t('handoff.keycode.badChar.hint'),
      );
    }
  }
  return s;
}

// Multiplication in GF(32) modulo the primitive polynomial x^5 + x^2 + 1. Weighting symbol i by
// α^(i+1) (distinct, non-zero) makes one check symbol catch every single wrong symbol and every
// swap of two neighbouring symbols, which a plain sum cannot.
function gf32Mul(a: number, b: number): number {
  let r = 0;
  for (let i = 0; i < 5; i++) {
    if (b & 1) r ^= a;
    b >>= 1;
    a <<= 1;
    if (a & 32) a ^= 0b100101;
  }
  return r;
}

export function checkSymbol(symbols: string): string {
  let acc = 0;
  let weight = 1;
  for (const ch of symbols) {
    weight = gf32Mul(weight, 2);
    acc ^= gf32Mul(CROCKFORD_ALPHABET.indexOf(ch), weight);
  }
  return CROCKFORD_ALPHABET[acc];
}

/** 25 random symbols (125 bits) as 5 groups of 5. */
export function generateKeycode(): string {
  // 256 is a multiple of 32, so masking each byte keeps every symbol uniform.
  const bytes = randomBytes(KEYCODE_SYMBOLS);
  let s = '';
  for (const b of bytes) s += CROCKFORD_ALPHABET[b & 31];
  return groups(s);
}

function partError(which: 1 | 2, message: string): AppError {
  return new AppError('handoff_keycode_part_invalid', message, t('handoff.keycode.part.hint', { part: which }));
}

function cleanPart(input: string, which: 1 | 2): string {
  const s = cleanSymbols(input);
  const want = (which === 1 ? PART1_SYMBOLS : PART2_SYMBOLS) + 1;
  if (s.length !== want) throw partError(which, t('handoff.keycode.part.length', { part: which, count: s.length, want }));
  const body = s.slice(0, -1);
  if (checkSymbol(body) !== s.slice(-1)) throw partError(which, t('handoff.keycode.part.check', { part: which }));
  return body;
}

function formatParts(body1: string, body2: string): KeycodeParts {
  return { part1: `${groups(body1)}-${checkSymbol(body1)}`, part2: `${groups(body2)}-${checkSymbol(body2)}` };
}

/** Splits a keycode for two channels: part 1 = groups 1–3, part 2 = groups 4–5, each with a check symbol. */
export function splitKeycode(keycode: string): KeycodeParts {
  const canonical = normaliseKeycode(keycode);
  const s = cleanSymbols(canonical);
  if (s.length === KEYCODE_SYMBOLS) return formatParts(s.slice(0, PART1_SYMBOLS), s.slice(PART1_SYMBOLS));
  // Already the joined form: its parts are its two halves.
  return formatParts(s.slice(0, PART1_SYMBOLS), s.slice(PART1_SYMBOLS + 1, -1));
}

/** Joins two parts (part 1, a dash, part 2) after checking each; the result is the passphrase of a split handoff. */
export function joinKeycode(part1: string, part2: string): string {
  const p = formatParts(cleanPart(part1, 1), cleanPart(part2, 2));
  return `${p.part1}-${p.part2}`;
}

/**
 * Canonical form of what a person typed: either a plain keycode (25 symbols) or a joined split
 * keycode (27 symbols with its two check symbols). Throws a clear AppError otherwise.
 */
export function normaliseKeycode(input: string): string {
  const s = cleanSymbols(input);
  if (s.length === KEYCODE_SYMBOLS) return groups(s);
  if (s.length === KEYCODE_SYMBOLS + 2) {
    return joinKeycode(s.slice(0, PART1_SYMBOLS + 1), s.slice(PART1_SYMBOLS + 1));
  }
  throw new AppError(
    'handoff_keycode_invalid',
    t('handoff.keycode.length', { count: s.length }),
    t('handoff.keycode.length.hint'),
  );
}
