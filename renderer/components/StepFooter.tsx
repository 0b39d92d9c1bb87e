import { useId } from 'react';
import type { StepId } from '../../main/shared/steps';
import type { StepStatus } from '../../main/ipc/contract/foundation';
import { useT, type MessageId } from '../i18n';

const NEXT: Partial<Record<StepId, { id: StepId; label: MessageId }>> = {
  connect: { id: 'packages', label: 'shell.footer.next.packages' },
  packages: { id: 'icims', label: 'shell.footer.next.icims' },
  icims: { id: 'certn', label: 'shell.footer.next.certn' },
  certn: { id: 'handoff', label: 'shell.footer.next.handoff' },
  handoff: { id: 'golive', label: 'shell.footer.next.golive' },
};

/** Whether a step's required work is done, as main derives it from what is stored. */
export function stepDone(steps: StepStatus[], id: StepId): boolean {
  return steps.find((s) => s.id === id)?.state === 'done';
}

/**
 * The one gating rule of the wizard: Continue stays disabled until the step's required work is
 * done, and then becomes the step's only primary button; while disabled it says what is missing.
 */
export function StepFooter({ step, steps, go, children }: { step: StepId; steps: StepStatus[]; go: (s: StepId) => void; children?: React.ReactNode }) {
  const t = useT();
  const next = NEXT[step];
  const why = useId();
  const status = steps.find((s) => s.id === step);
  const done = status?.state === 'done';
  if (!next) return null;
  return (
    <div className="actions step-footer">
      {children}
      <button className={done ? 'primary' : ''} disabled={!done} aria-describedby={done ? undefined : why} onClick={() => go(next.id)}>
        {t(next.label)}
      </button>
      {!done && (
        <span id={why} className="muted">
          {status?.missing.length ? t('shell.footer.missing', { missing: status.missing.join('; ') }) : t('shell.footer.finish')}
        </span>
      )}
    </div>
  );
}

/** A hint tied to a disabled button, so the reason is both visible and announced with it. */
export function useDisabledReason(reasons: (string | false | null | undefined)[]) {
  const id = useId();
  const list = reasons.filter((r): r is string => !!r);
  return {
    describedBy: list.length ? id : undefined,
    hint: list.length ? (
      <span id={id} className="muted">
        {list.join(' ')}
      </span>
    ) : null,
  };
}
