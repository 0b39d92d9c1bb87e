import type { Handlers } from '../contract';
import type { Services } from '../../app';
import { foundationHandlers } from './foundation';
import { setupHandlers } from './setup';
import { handoffHandlers } from './handoff';

/** Every domain's handlers, keyed like the contract. */
export function buildHandlers(s: Services): Handlers {
  return {
    ...foundationHandlers(s),
    ...setupHandlers(s),
    ...handoffHandlers(s),
  };
}
