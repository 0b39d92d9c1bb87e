import type { Handlers } from '../contract';
import type { Services } from '../../services';
import { foundationHandlers } from './foundation';
import { setupHandlers } from './setup';
import { maintenanceHandlers } from './maintenance';
import { healthHandlers } from './health';

/** Every domain's handlers, keyed like the contract. */
export function buildHandlers(s: Services): Handlers {
  return {
    ...foundationHandlers(s),
    ...setupHandlers(s),
    ...maintenanceHandlers(s),
    ...healthHandlers(s),
  };
}
