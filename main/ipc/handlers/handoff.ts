import type { Services } from '../../app';
import type { Handlers } from '../contract';
import { HandoffService } from '../../setup/handoff-service';

// The handoff step (issue 5): thin wiring to the service the CLI uses too.
export function handoffHandlers(s: Services): Pick<Handlers, 'handoff'> {
  const svc = new HandoffService(s);
  return {
    handoff: {
      preview: ({ integrationId }) => svc.preview(integrationId),
      create: (input) => svc.create(input, 'console'),
      list: ({ integrationId }) => svc.list(integrationId),
      markLeaked: ({ integrationId, handoffId }) => svc.markLeaked(integrationId, handoffId),
      readRecipientKey: ({ armored }) => svc.readRecipientKey(armored),
    },
  };
}
