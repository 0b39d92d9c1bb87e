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
      markLeaked: ({ integrationId, handoffId, deleteFromSendSafely }) => svc.markLeaked(integrationId, handoffId, deleteFromSendSafely),
      refreshTracking: ({ integrationId }) => svc.refreshTracking(integrationId),
      sendsafelyStatus: ({ integrationId }) => svc.sendsafely.status(integrationId),
      sendsafelyConnect: ({ integrationId, ...input }) => svc.sendsafely.connect(integrationId, input),
      sendsafelyDisconnect: ({ integrationId }) => svc.sendsafely.disconnect(integrationId),
      sendsafelySimulatorAccount: ({ integrationId }) => svc.sendsafely.simulatorAccount(integrationId),
      readRecipientKey: ({ armored }) => svc.readRecipientKey(armored),
    },
  };
}
