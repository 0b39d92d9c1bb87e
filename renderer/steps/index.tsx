import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StepId } from '../../main/shared/steps';
import type { StepProps } from './types';

export type { StepProps } from './types';

// Each step is its own chunk: the first screen loads only the step it shows. The others are
// fetched in the background once it is up (preloadSteps), so moving on does not wait.
const LOADERS: Record<StepId, () => Promise<{ default: ComponentType<StepProps> }>> = {
  connect: () => import('./Connect').then((m) => ({ default: m.Connect })),
  packages: () => import('./Packages').then((m) => ({ default: m.Packages })),
  icims: () => import('./IcimsRequest').then((m) => ({ default: m.IcimsRequest })),
  certn: () => import('./CertnConnection').then((m) => ({ default: m.CertnConnection })),
  handoff: () => import('./Handoff').then((m) => ({ default: m.Handoff })),
  golive: () => import('./GoLive').then((m) => ({ default: m.GoLive })),
};

/** One component per step, in renderer/steps/, loaded on first use. */
export const STEP_COMPONENTS = Object.fromEntries(Object.entries(LOADERS).map(([id, load]) => [id, lazy(load)])) as Record<StepId, LazyExoticComponent<ComponentType<StepProps>>>;

/** Fetches every step's chunk (the browser caches them), so the next step shows at once. */
export function preloadSteps(): void {
  for (const load of Object.values(LOADERS)) void load().catch(() => undefined);
}
