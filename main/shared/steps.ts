// The wizard's steps in order, shared by main and the renderer. Their titles are messages
// (`steps.<id>` in main/shared/i18n), so each side words them in its own language: main through
// step-ref.ts, the renderer through its own translator. This module stays free of catalogs, so
// importing it never pulls main's messages into the page.

export const STEPS = [{ id: 'connect' }, { id: 'packages' }, { id: 'icims' }, { id: 'certn' }, { id: 'handoff' }, { id: 'golive' }] as const;

export type StepId = (typeof STEPS)[number]['id'];
export const STEP_IDS = STEPS.map((s) => s.id) as [StepId, ...StepId[]];

export type StepState = 'todo' | 'in_progress' | 'done' | 'attention';

/** A step's number as the sidebar shows it (Connect Certn is step 0). */
export function stepNumber(id: StepId): number {
  return STEPS.findIndex((s) => s.id === id);
}
