import { STEPS, type StepId } from '../../main/shared/steps';
import type { StepStatus } from '../../main/ipc/contract/foundation';

const STATE_LABEL = { todo: 'Not started', in_progress: 'In progress', done: 'Done', attention: 'Needs attention' } as const;

export function StepNav({ current, statuses, onGo }: { current: StepId; statuses: StepStatus[]; onGo: (s: StepId) => void }) {
  return (
    <ol className="step-nav" aria-label="Setup steps">
      {STEPS.map((s, i) => {
        const st = statuses.find((x) => x.id === s.id);
        return (
          <li key={s.id}>
            <button className={`step ${st?.state ?? 'todo'} ${s.id === current ? 'current' : ''}`} aria-current={s.id === current ? 'step' : undefined} onClick={() => onGo(s.id)}>
              <span className="num">{st?.state === 'done' ? '✓' : i}</span>
              <span className="title">{s.title}</span>
              <span className="state">{STATE_LABEL[st?.state ?? 'todo']}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
