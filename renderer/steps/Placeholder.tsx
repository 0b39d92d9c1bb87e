import { STEPS } from '../../main/shared/steps';
import type { StepProps } from './index';

export function Placeholder({ integration, steps }: StepProps) {
  const step = STEPS.find((s) => s.id === integration.currentStep)!;
  const status = steps.find((s) => s.id === step.id);
  return (
    <section className="panel">
      <h1>{step.title}</h1>
      <ul className="missing">
        {status?.missing.map((m) => <li key={m}>{m}</li>)}
      </ul>
    </section>
  );
}
