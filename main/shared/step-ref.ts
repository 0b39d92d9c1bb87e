// How main points at a step in its messages, in the console's language. Apart from steps.ts so
// the renderer, which imports steps.ts, never bundles main's catalogs.
import { t } from './i18n';
import { stepNumber, type StepId } from './steps';

/** A step's title in the console's language (main only; the renderer has its own translator). */
export function stepTitle(id: StepId): string {
  return t(`steps.${id}`);
}

/**
 * "step 3, Certn connection": how every message main words points at the step that fixes
 * something; `capital` for the start of a sentence.
 */
export function stepRef(id: StepId, capital = false): string {
  return t(capital ? 'steps.refCapital' : 'steps.ref', { number: stepNumber(id), title: stepTitle(id) });
}
