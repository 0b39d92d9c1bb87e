import type { Handlers } from '../contract';
import type { Services } from '../../app';
import { foundationHandlers } from './foundation';

/** Every domain's handlers, keyed like the contract. */
export function buildHandlers(s: Services): Handlers {
  return {
    ...foundationHandlers(s),
  };
}
