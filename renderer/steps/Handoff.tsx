import { Placeholder } from './Placeholder';
import type { StepProps } from './index';

// Step 4, the secure handoff (issue 5): replaced by the real step.
export function Handoff(props: StepProps) {
  return <Placeholder {...props} />;
}
