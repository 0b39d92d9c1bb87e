import { z } from 'zod';
import { ERROR_CODES } from '../../shared/error-codes';
import type { ErrorInfo } from '../../shared/errors';
import type contractMessages from '../../shared/i18n/en/contract';

/** A channel: what main accepts and what it answers. Every input is a strict object. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function channel<S extends z.ZodRawShape, O extends z.ZodType>(input: S, output: O): ChannelDef<z.ZodObject<S, z.core.$strict>, O> {
  return {
    input: z.strictObject(input).superRefine((value, ctx) => {
      const bad = findIllFormed(value);
      if (bad) ctx.addIssue({ code: 'custom', path: bad.path, message: refusal('illFormed') });
    }),
    output,
  };
}

export type RefusalKey = keyof typeof contractMessages;

/**
 * Why a field is refused, as a message id: the contract is bundled into the page, so it carries
 * no catalog; main words the id in the console's language when it answers (see zod-issues.ts).
 */
export function refusal<K extends RefusalKey>(key: K): `contract.${K}` {
  return `contract.${key}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text with a lone surrogate cannot be encoded as UTF-8 or put in a URL (encodeURIComponent throws),
 * so it is refused where it comes in rather than breaking a step later. The regular expression
 * stands in where String.prototype.isWellFormed is missing.
 */
export function isWellFormedText(s: string): boolean {
  const native = (String.prototype as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(s) : !LONE_SURROGATE.test(s);
}

/** Lone surrogates replaced by U+FFFD: for text saved before the gate refused them, so it can still be shown and encoded. */
export function toWellFormedText(s: string): string {
  return isWellFormedText(s) ? s : s.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
}

/** The first string (value or key) in a JSON-like value that is not well-formed UTF-16, with its path. */
export function findIllFormed(value: unknown, path: (string | number)[] = [], depth = 0): { path: (string | number)[] } | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : { path };
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findIllFormed(value[i], [...path, i], depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    if (!isWellFormedText(k)) return { path: [...path, '(a field name)'] };
    const bad = findIllFormed(v, [...path, k], depth + 1);
    if (bad) return bad;
  }
  return null;
}

export const Ok = z.object({ ok: z.literal(true) });
export const ok = { ok: true as const };

export const Id = z.string().min(1).max(100);

/** The one error shape that crosses to the renderer: what happened, and what to do next. */
export const ErrorBody = z.object({ code: z.enum(ERROR_CODES), message: z.string(), hint: z.string().optional() });
export type ErrorBody = z.infer<typeof ErrorBody>;
// What main throws (shared/errors.ts) must be exactly what the contract carries, both ways:
// the type check fails here if the two drift apart.
type SameShape = [ErrorBody, ErrorInfo] extends [ErrorInfo, ErrorBody] ? true : false;
const _errorShapesAgree: SameShape = true;
void _errorShapesAgree;
