import { STEPS, type StepId } from '../../main/shared/steps';
import type { StepStatus } from '../../main/ipc/contract/foundation';
import { useT } from '../i18n';

export function StepNav({ current, statuses, onGo }: { current: StepId; statuses: StepStatus[]; onGo: (s: StepId) => void }) {
  const t = useT();
  return (
    <ol className="step-nav" aria-label={t('shell.stepNav.label')}>
      {STEPS.map((s, i) => {
        const st = statuses.find((x) => x.id === s.id);
        return (
          <li key={s.id}>
            <button className={`step ${st?.state ?? 'todo'} ${s.id === current ? 'current' : ''}`} aria-current={s.id === current ? 'step' : undefined} onClick={() => onGo(s.id)}>
              <span className="num">{st?.state === 'done' ? '✓' : i}</span>
              <span className="title">{t.step(s.id)}</span>
              <span className="state">{t(`shell.stepState.${st?.state ?? 'todo'}`)}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
