import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/simulator/index';

/**
 * A SendSafely simulator for a test file: started once, and put back before each test to a healthy
 * Enterprise account with a correct clock and no faults, so one test's refusal never leaks into the next.
 */
export function sendsafelySimulator(): { readonly sim: Simulator } {
  const held = {} as { sim: Simulator };
  beforeAll(async () => {
    held.sim = await startSimulator({ seed: false });
  });
  afterAll(async () => {
    await held.sim?.stop();
  });
  beforeEach(async () => {
    await held.sim.sendsafelyAdmin.clearFaults();
    await held.sim.sendsafelyAdmin.setClockOffset(0);
    await held.sim.sendsafelyAdmin.setAccount({ apiKey: held.sim.demo.sendsafelyApiKey, enterprise: true });
  });
  return held;
}
