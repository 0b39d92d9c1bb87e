import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../main/ipc/contract';
import { createDispatch } from '../../../main/ipc/dispatch';
import type { Handlers } from '../../../main/ipc/contract';
import { AppError } from '../../../main/shared/errors';

/** Handlers that record whether they ran: the dispatcher must refuse bad input before any of them. */
function spyHandlers() {
  const ran: string[] = [];
  const handlers: Record<string, Record<string, () => unknown>> = {};
  for (const ch of CHANNELS) {
    const [d, m] = ch.split('.');
    (handlers[d] ??= {})[m] = () => {
      ran.push(ch);
      return {};
    };
  }
  return { handlers: handlers as unknown as Handlers, ran };
}

const BAD_INPUTS: unknown[] = [42, 'text', [], { unexpected: 'field' }, JSON.parse('{"__proto__": {"polluted": true}}')];

describe('contract', () => {
  it('lists channels as domain.method', () => {
    expect(CHANNELS.length).toBeGreaterThan(15);
    for (const ch of CHANNELS) expect(ch).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('every channel input is a strict object', () => {
    for (const methods of Object.values(contract)) {
      for (const def of Object.values(methods)) expect(def.input.safeParse({ surprise: 1 }).success).toBe(false);
    }
  });

  it.each(CHANNELS)('%s rejects bad input with a typed error and never runs the service', async (channel) => {
    const { handlers, ran } = spyHandlers();
    const dispatch = createDispatch(handlers);
    for (const bad of BAD_INPUTS) {
      const env = await dispatch(channel, bad);
      expect(env.ok).toBe(false);
      if (!env.ok) {
        expect(env.error.code).toBe('invalid_input');
        expect(env.error.message).toContain(channel);
        expect(env.error.hint).toBeTruthy();
      }
    }
    expect(ran).toEqual([]);
  });

  it('refuses unknown and prototype channels', async () => {
    const { handlers, ran } = spyHandlers();
    const dispatch = createDispatch(handlers);
    for (const ch of ['nope.nothing', 'app', 'app.info.extra', '__proto__.toString', 'app.constructor', 'integrations.hasOwnProperty']) {
      const env = await dispatch(ch, {});
      expect(env.ok, ch).toBe(false);
      if (!env.ok) expect(env.error.code).toBe('unknown_channel');
    }
    expect(ran).toEqual([]);
  });

  it('passes AppErrors through as {code, message, hint} and hides everything else', async () => {
    const { handlers } = spyHandlers();
    const h = handlers as unknown as Record<string, Record<string, () => unknown>>;
    h.app.info = () => {
      throw new AppError('certn_unauthorized', 'Certn rejected this API key.', 'Check the region.');
    };
    h.vault.status = () => {
      throw new Error('SELECT * FROM secrets WHERE value = "hunter2" at /home/x/file.ts:12');
    };
    const seen: unknown[] = [];
    const dispatch = createDispatch(handlers, { onUnexpected: (_c, e) => seen.push(e) });
    expect(await dispatch('app.info', {})).toEqual({ ok: false, error: { code: 'certn_unauthorized', message: 'Certn rejected this API key.', hint: 'Check the region.' } });
    const env = await dispatch('vault.status', {});
    expect(env.ok).toBe(false);
    expect(JSON.stringify(env)).not.toContain('hunter2');
    expect(JSON.stringify(env)).not.toContain('file.ts');
    expect(seen).toHaveLength(1);
  });

  it('refuses an answer that does not match the output schema', async () => {
    const { handlers } = spyHandlers();
    (handlers as unknown as Record<string, Record<string, () => unknown>>).app.info = () => ({ version: 1 });
    const env = await createDispatch(handlers)('app.info', {});
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.code).toBe('internal');
  });
});
