import { z } from 'zod';
import { channel, Id } from './define';

// The handoff step (issue 5). Owned by the handoff module.
export const handoff = {
  handoff: {
    preview: channel({ integrationId: Id }, z.object({ ready: z.boolean(), missing: z.array(z.string()) })),
  },
};
