import type { Simulator } from '../simulator';
import type { SetupContext } from './context';

/**
 * Brings a freshly started simulator back to what the admin already did in its "portals", from the
 * console's own records: planned packages, the iCIMS connection in Certn with the saved webhook
 * credentials, report type and group, and the iCIMS event notifications. Candidates and cases are
 * rehearsal data and start empty.
 */
export async function restoreSimulator(_ctx: SetupContext, _integrationId: string, _sim: Simulator): Promise<void> {
  // Filled in once the simulator accepts fixed credentials and ids (see simulator options).
}
