import type { StepId } from '../../main/shared/steps';
import type { Integration, StepStatus } from '../../main/ipc/contract/foundation';

/** What every step component receives from the shell. */
export interface StepProps {
  integration: Integration;
  steps: StepStatus[];
  /** Re-read the step states after something changed. */
  refresh: () => void;
  go: (step: StepId) => void;
}
