import type { ComponentType } from 'react';
import type { StepId } from '../../main/shared/steps';
import type { Integration, StepStatus } from '../../main/ipc/contract/foundation';
import { Placeholder } from './Placeholder';
import { Handoff } from './Handoff';

export interface StepProps {
  integration: Integration;
  steps: StepStatus[];
  /** Re-read the step states after something changed. */
  refresh: () => void;
  go: (step: StepId) => void;
}

/** One component per step, in renderer/steps/. */
export const STEP_COMPONENTS: Record<StepId, ComponentType<StepProps>> = {
  connect: Placeholder,
  packages: Placeholder,
  icims: Placeholder,
  certn: Placeholder,
  handoff: Handoff,
  golive: Placeholder,
};
