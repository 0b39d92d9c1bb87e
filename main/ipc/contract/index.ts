import type { z } from 'zod';
import type { ChannelDef, ErrorBody } from './define';
import { foundation } from './foundation';
import { setup } from './setup';
import { handoff } from './handoff';
import { maintenance } from './maintenance';
import { health } from './health';

/**
 * The one contract between the renderer and main: every channel with its input and output schema.
 * Pure (zod only), so the renderer, the preload and main all read the same definitions.
 * Domains add their channels by spreading their own module in here.
 */
export const contract = {
  ...foundation,
  ...setup,
  ...handoff,
  ...maintenance,
  ...health,
};

export type Contract = typeof contract;
export type Domain = keyof Contract;

/** "domain.method" for every channel. */
export const CHANNELS: string[] = Object.entries(contract).flatMap(([d, methods]) => Object.keys(methods).map((m) => `${d}.${m}`));

export function findChannel(name: string): ChannelDef | undefined {
  const [d, m, ...rest] = name.split('.');
  if (rest.length || !d || !m || !Object.hasOwn(contract, d)) return undefined;
  const methods = contract[d as Domain] as Record<string, ChannelDef>;
  return Object.hasOwn(methods, m) ? methods[m] : undefined;
}

type In<C> = C extends ChannelDef<infer I, z.ZodType> ? z.input<I> : never;
type Out<C> = C extends ChannelDef<z.ZodType, infer O> ? z.output<O> : never;
type Parsed<C> = C extends ChannelDef<infer I, z.ZodType> ? z.output<I> : never;

/** What the renderer calls: api.integrations.create({...}). */
export type Api = { [D in Domain]: { [M in keyof Contract[D]]: (input: In<Contract[D][M]>) => Promise<Out<Contract[D][M]>> } };

/** What main implements, channel by channel. */
export type Handlers = {
  [D in Domain]: { [M in keyof Contract[D]]: (input: Parsed<Contract[D][M]>) => Promise<Out<Contract[D][M]>> | Out<Contract[D][M]> };
};

export { ErrorBody } from './define';
export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; error: ErrorBody };
