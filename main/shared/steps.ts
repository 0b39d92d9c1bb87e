// The wizard's steps in order. Pure data shared by main and the renderer.
export const STEPS = [
  { id: 'connect', title: 'Connect Certn' },
  { id: 'packages', title: 'Packages' },
  { id: 'icims', title: 'iCIMS request' },
  { id: 'certn', title: 'Certn connection' },
  { id: 'handoff', title: 'Handoff' },
  { id: 'golive', title: 'Go-live' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];
export const STEP_IDS = STEPS.map((s) => s.id) as [StepId, ...StepId[]];

export type StepState = 'todo' | 'in_progress' | 'done' | 'attention';

/** A step's number as the sidebar shows it (Connect Certn is step 0). */
export function stepNumber(id: StepId): number {
  return STEPS.findIndex((s) => s.id === id);
}

/** "step 3, Certn connection": how every message points at the step that fixes something. */
export function stepRef(id: StepId): string {
  return `step ${stepNumber(id)}, ${STEPS[stepNumber(id)].title}`;
}
