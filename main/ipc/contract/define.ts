import { z } from 'zod';

/** A channel: what main accepts and what it answers. Every input is a strict object. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export function channel<S extends z.ZodRawShape, O extends z.ZodType>(input: S, output: O): ChannelDef<z.ZodObject<S, z.core.$strict>, O> {
  return { input: z.strictObject(input), output };
}

export const Ok = z.object({ ok: z.literal(true) });
export const ok = { ok: true as const };

export const Id = z.string().min(1).max(100);
