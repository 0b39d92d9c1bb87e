import type { Services } from '../../services';
import type { Handlers } from '../contract';
import { connectStep } from '../../setup/steps/connect';
import { packagesStep } from '../../setup/steps/packages';
import { icimsRequestStep } from '../../setup/steps/icims';
import { certnStep } from '../../setup/steps/certn';
import { goliveStep } from '../../setup/steps/golive';
import { handoffStep } from '../../setup/steps/handoff';

type SetupHandlers = Pick<Handlers, 'certn' | 'packages' | 'icims' | 'connection' | 'handoff' | 'golive' | 'rehearsal'>;

/** The wizard's steps, one service per step id, each given only the dependencies it uses. */
export function setupHandlers(s: Services): SetupHandlers {
  const d = s.steps;
  return {
    certn: connectStep(d),
    packages: packagesStep(d),
    icims: icimsRequestStep(d),
    connection: certnStep(d),
    handoff: handoffStep(d),
    ...goliveStep(d),
  };
}
