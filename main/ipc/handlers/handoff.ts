import type { Services } from '../../app';
import type { Handlers } from '../contract';

// The handoff step (issue 5).
export function handoffHandlers(_s: Services): Pick<Handlers, 'handoff'> {
  return {
    handoff: {
      preview: () => ({ ready: false, missing: ['not built yet'] }),
    },
  };
}
