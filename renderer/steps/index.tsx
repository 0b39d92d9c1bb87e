import type { ComponentType } from 'react';
import type { StepId } from '../../main/shared/steps';
import type { Integration, StepStatus } from '../../main/ipc/contract/foundation';
import { Connect } from './Connect';
import { Packages } from './Packages';
import { IcimsRequest } from './IcimsRequest';
import { CertnConnection } from './CertnConnection';
import { Handoff } from './Handoff';
import { GoLive } from './GoLive';

export interface StepProps {
  integration: Integration;
  steps: StepStatus[];
  /** Re-read the step states after something changed. */
  refresh: () => void;
  go: (step: StepId) => void;
}

/** One component per step, in renderer/steps/. */
export const STEP_COMPONENTS: Record<StepId, ComponentType<StepProps>> = {
  connect: Connect,
  packages: Packages,
  icims: IcimsRequest,
  certn: CertnConnection,
  handoff: Handoff,
  golive: GoLive,
};
